import JourneyCore

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
            "\(phase.rawValue) is recorded with its date not entered: give the day it began, "
              + "--on DATE")
        }
        dated = true
      }
      return body
    }
    reportProblems(snapshot.problems)
    let day = StudyDay(date: date, journey: journey, protocol: care)
    if dated {
      return ["Gave \(phase.title.lowercased()) its date: \(date) (\(day.label))."]
    }
    return [
      "Entered \(phase.title.lowercased()) on \(date) (\(day.label)).", journey.allowedSentence,
    ]
  }

  /// Records the planned date of `phase` (`YYYY-MM-DD`); `plan infusion` sets the planned
  /// Day 0. Reports what could not be read and returns the lines to print.
  public func plan(_ phase: Phase, on text: String) throws -> [String] {
    let (snapshot, care) = try loadStarted()
    let date = try date(text, option: "date")
    guard !phase.isEnd else {
      throw AppError(
        "\(phase.rawValue) ends a journey and cannot be planned; plan a phase before it")
    }
    let (_, journey) = try journal.record { _ in .planned(phase: phase, date: date) }
    reportProblems(snapshot.problems)
    var lines = ["Planned \(phase.title.lowercased()) for \(date)."]
    if phase == .infusion {
      let day = StudyDay(date: today, journey: journey, protocol: care)
      lines.append("Day 0 is \(date); today is \(day.label).")
    }
    return lines
  }
}
