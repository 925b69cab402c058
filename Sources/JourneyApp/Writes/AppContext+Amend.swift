import JourneyCore
import JourneyExport

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
    let change: CorrectionChange
    if strike {
      change = .strike
    } else if let on {
      change = .date(try date(on, option: "--on"))
    } else {
      let bodies = try typed.bodies(care: care, unit: snapshot.journey.temperatureUnit)
      guard let body = bodies.first else { throw AppError(tr("give a new value")) }
      change = .value(body)
    }
    // The one correction path, the screens' too.
    switch try journal.correct(id, reason: reason, change: change, care: care) {
    case .event(_, let date):
      reportProblems(snapshot.problems)
      return [
        date.map { tr("Moved %1$s to %2$s.", id, $0.shown) }
          ?? tr("Struck out %s; it stays visible, marked.", id)
      ]
    case .entry(let correction, let replacement, let basis):
      reportProblems(basis.problems)
      guard let replacement else {
        return [tr("Struck out %1$s (%2$s); it stays visible, marked.", id, correction.id)]
      }
      let journey = basis.journey
      let text = Timeline.describe(replacement, unit: journey.temperatureUnit, care: care).text
      let alerts = AlertText.raised(
        by: [correction], after: basis.entries, journey: journey, care: care)
      return [
        tr(
          "Corrected %1$s to: %2$s (%3$s). The old value stays visible, struck through.", id,
          text, correction.id)
      ] + AlertText.lines(alerts)
    }
  }
}
