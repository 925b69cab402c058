import JourneyCore

extension AppContext {
  /// Logs `typed` as observed at `at` (`YYYY-MM-DDTHH:MM`, default: now), all in one write, and
  /// reports what could not be read; the caller prints the saved lines and the alerts raised.
  public func log(_ typed: TypedReadings, at: String?) throws -> SavedEntries {
    let observed = try at.map { try dateTime($0, option: "--at") } ?? now
    if observed > now {
      throw AppError(
        tr("--at %s is in the future; log what has happened, when it happened", at ?? ""))
    }
    let basis = try journal.readBasis(for: observed.date)
    try basis.journey.pastWindow(today: today).check(observed.date, "--at \(at ?? "")")
    let bodies = try typed.bodies(care: basis.care, unit: basis.journey.temperatureUnit)
    guard !bodies.isEmpty else {
      throw AppError(
        tr(
          "nothing to log: give --temp, --hr, --bp, --spo2, --weight, --symptom, --med or --note, "
            + "e.g. `carejourney log --temp 37.2`"))
    }
    let saved = try journal.save(bodies, observedAt: observed, basis: basis)
    reportProblems(saved.basis.problems)
    return saved
  }
}
