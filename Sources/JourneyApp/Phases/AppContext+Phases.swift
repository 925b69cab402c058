import JourneyCore
import JourneyExport

extension AppContext {
  /// Records that the patient entered `phase` on `on` (default: today), or gives a phase
  /// recorded without its date that date; reports what could not be read and returns the lines
  /// to print.
  public func advance(to phase: Phase, on: String?, reason: String?, note: String?) throws
    -> [String]
  {
    try TextLimits.check(freeText: ["--reason": reason, "--note": note])
    let (snapshot, care) = try loadStarted()
    let date = try on.map { try self.date($0, option: "--on") } ?? today
    var dated = false
    let (_, journey) = try journal.record { journey in
      let body = journey.entering(phase, on: date, reason: reason, note: note)
      if case .corrected = body {
        guard on != nil else {
          throw AppError(
            tr(
              "%s is recorded with its date not entered: give the day it began, --on DATE",
              phase.rawValue))
        }
        dated = true
      }
      return body
    }
    reportProblems(snapshot.problems)
    let day = StudyDay(date: date, journey: journey, protocol: care)
    if dated {
      return [tr("Gave %1$s its date: %2$s (%3$s).", phase.inSentence, date.shown, day.label)]
    }
    return [
      tr("Entered %1$s on %2$s (%3$s).", phase.inSentence, date.shown, day.label),
      journey.allowedSentence,
    ]
  }

  /// Records the planned date of `phase` (`YYYY-MM-DD`); `plan infusion` sets the planned
  /// Day 0. Reports what could not be read and returns the lines to print.
  public func plan(_ phase: Phase, on text: String) throws -> [String] {
    let (snapshot, care) = try loadStarted()
    let date = try date(text, option: "date")
    guard !phase.isEnd else {
      throw AppError(
        tr("%s ends a journey and cannot be planned; plan a phase before it", phase.rawValue))
    }
    let (_, journey) = try journal.record { _ in .planned(phase: phase, date: date) }
    reportProblems(snapshot.problems)
    var lines = [tr("Planned %1$s for %2$s.", phase.inSentence, date.shown)]
    if phase == .infusion {
      let day = StudyDay(date: today, journey: journey, protocol: care)
      lines.append(tr("Day 0 is %1$s; today is %2$s.", date.shown, day.label))
    }
    return lines
  }
}
