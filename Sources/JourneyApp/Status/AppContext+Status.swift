import JourneyCore
import JourneyStore

extension AppContext {
  /// The moment alerts are judged at: now, or the end of another day asked for with --today.
  public func moment(endOf day: LocalDate) -> Timestamp {
    day == today
      ? now : Timestamp(date: day, secondOfDay: 86_399, utcOffset: localOffset(day, 86_399))
  }

  /// Where the journey stands on `day` (default: today), its alerts judged at the end of it
  /// from the day files they need (``loadForAlerts(at:hours:)``).
  public func status(on day: LocalDate? = nil) throws -> JourneyStatus {
    let day = day ?? today
    let moment = moment(endOf: day)
    let (snapshot, care) = try loadForAlerts(at: moment)
    return JourneyStatus(
      snapshot: snapshot, care: care, day: day, moment: moment,
      languages: try languages(for: snapshot.journey))
  }

  /// What `status --json` prints for `day` (default: today).
  public func statusReport(on day: LocalDate? = nil) throws -> StatusReport {
    let status = try status(on: day)
    let warning = try protocolWithWarning(for: status.snapshot.journey).warning
    return status.report(protocolWarning: warning)
  }

  /// What `status` prints for `day` (default: today), having reported what could not be read.
  public func statusLines(on day: LocalDate? = nil) throws -> [String] {
    let status = try status(on: day)
    // The conflict copies are named in the lines, not counted again among other problems.
    reportProblems(status.snapshot.problems.filter { $0.kind != .conflictCopy })
    return status.lines
  }

  /// The milestones on `day` (default: today) and their journey.
  public func milestones(on day: LocalDate? = nil) throws -> (
    [Milestone], JourneySnapshot, CareProtocol
  ) {
    let (snapshot, care) = try loadStarted()
    return (snapshot.journey.milestones(protocol: care, today: day ?? today), snapshot, care)
  }
}
