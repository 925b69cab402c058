import JourneyCore

extension AppContext {
  /// Corrects the event or entry `id` (`amend`): a new value of its own kind (`typed`, for an
  /// entry), another date (`on`, for an event), or struck out; returns what to print, the
  /// alerts a corrected value raises included.
  ///
  /// Checked under the lock, against the entries as they are then: of two terminals
  /// correcting one entry, the second is refused.
  public func amend(
    _ id: String, reason: String, on: String?, strike: Bool, typed: TypedReadings
  ) throws -> [String] {
    try TextLimits.check(freeText: ["--reason": reason])
    let (snapshot, care) = try loadStarted(readingEntries: false)
    let corrected = try journal.correctEntry(id, reason: reason, care: care) { entry in
      if on != nil {
        throw AppError(
          "\(id) is a logged entry, not a journey event: strike it out (--strike) and log it "
            + "again with --at")
      }
      guard !strike else { return nil }
      let bodies = try typed.bodies(care: care, unit: snapshot.journey.temperatureUnit)
      guard let body = bodies.first, body.type == entry.body.type else {
        throw AppError(
          "\(id) is a \(entry.body.type) entry: correct it with a new \(entry.body.type) value, "
            + "or strike it out with --strike")
      }
      return body
    }
    guard let (correction, replacement, basis) = corrected else {
      let lines = try amendEvent(id, reason: reason, on: on, newValues: typed.count, care: care)
      reportProblems(snapshot.problems)
      return lines
    }
    reportProblems(basis.problems)
    guard let replacement else {
      return ["Struck out \(id) (\(correction.id)); it stays visible, marked."]
    }
    let journey = basis.journey
    let text = Timeline.describe(replacement, unit: journey.temperatureUnit, care: care).text
    let alerts = AlertText.raised(
      by: [correction], after: basis.entries, journey: journey, care: care)
    return [
      "Corrected \(id) to: \(text) (\(correction.id)). The old value stays visible, struck through."
    ] + AlertText.lines(alerts)
  }

  /// Corrects the journey event `id`: moved to `on`, or struck out.
  func amendEvent(
    _ id: String, reason: String, on: String?, newValues: Int, care: CareProtocol
  ) throws -> [String] {
    if newValues > 0 {
      throw AppError(
        "\(id) is not a logged entry; a journey event is corrected with --on DATE or --strike")
    }
    let date = try on.map { try self.date($0, option: "--on") }
    try journal.correctEvent(id, reason: reason, on: date, care: care)
    return [date.map { "Moved \(id) to \($0)." } ?? "Struck out \(id); it stays visible, marked."]
  }
}
