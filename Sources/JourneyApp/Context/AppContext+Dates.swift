import Foundation
import JourneyCore

extension AppContext {
  /// Parses `YYYY-MM-DD`, or refuses with an example.
  public func date(_ text: String, option: String) throws -> LocalDate {
    if text == "today" { return today }
    guard let value = LocalDate(parsing: text) else {
      throw AppError(
        tr(
          "%1$s %2$s is not a date: write it as YYYY-MM-DD, e.g. %3$s", option, text, "\(today)"))
    }
    return value
  }

  /// The moment an entry given only a day (`--on DATE`) was observed: now for today (or no
  /// date), noon of a past day; a day outside the journey (before it began, in the future) is
  /// refused with the dates accepted.
  public func observedMoment(on text: String?, journey: Journey) throws -> Timestamp {
    guard let text else { return now }
    let date = try date(text, option: "--on")
    try journey.pastWindow(today: today).check(date, "--on \(text)")
    guard date != today else { return now }
    return Timestamp(date: date, secondOfDay: 12 * 3600, utcOffset: localOffset(date, 12 * 3600))
  }

  /// Parses an ISO 8601 date-time (local when it has no offset), or refuses with an example.
  ///
  /// A local time the clocks skipped (02:30 on the night they jump from 02:00 to 03:00) is
  /// refused, saying so: stored with either offset it would be an hour off and misordered.
  public func dateTime(_ text: String, option: String) throws -> Timestamp {
    var local = false
    let parsed = Timestamp.parse(text) { date, second in
      local = true
      return localOffset(date, second)
    }
    guard let value = parsed else {
      throw AppError(
        tr(
          "%1$s %2$s is not a date-time: write it as YYYY-MM-DDTHH:MM, e.g. %3$s", option, text,
          "\(today)T08:15"))
    }
    if local,
      let jump = Timestamp.clockJump(
        over: value.date, secondOfDay: value.secondOfDay, offsetAt: clock.offsetAt)
    {
      let zone = clock.timeZone.identifier
      // The same wall time read with the offset before the jump, shown after it (03:30).
      let moved = Timestamp(
        date: value.date, secondOfDay: value.secondOfDay, utcOffset: jump.from.utcOffset)
      let shown = Timestamp(unixSeconds: moved.unixSeconds, utcOffset: jump.to.utcOffset)
      throw AppError(
        tr(
          "%1$s %2$s: there was no %3$s on %4$s in %5$s, the clocks jumped from %6$s to %7$s; "
            + "nothing was written: give the time the clock showed (%8$s, if it was after the "
            + "change), or the offset, e.g. %9$s", option, text, value.clockText,
          "\(value.date)", zone, jump.from.clockText, jump.to.clockText, shown.clockText,
          "\(value.date)T\(value.clockText)\(Timestamp.offsetText(jump.from.utcOffset))"))
    }
    return value
  }

  /// `--from` and `--to` as dates, refusing a range that ends before it starts.
  public func dateRange(from: String?, to: String?) throws -> (from: LocalDate?, to: LocalDate?) {
    let start = try from.map { try date($0, option: "--from") }
    let end = try to.map { try date($0, option: "--to") }
    if let start, let end, end < start {
      throw AppError(
        tr("--to %1$s is before --from %2$s: give the earlier date first", "\(end)", "\(start)"))
    }
    return (start, end)
  }
}
