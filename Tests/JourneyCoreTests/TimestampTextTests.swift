import PropertyBased
import Testing

@testable import JourneyCore

/// Dates and timestamps written in place give the text they were always written as: zero-padded
/// parts, the offset's sign, and the same text as before for values no line holds.
@Suite struct TimestampTextTests {
  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// The text as it was made from strings of its parts.
  static func dateText(_ date: LocalDate) -> String {
    "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))"
  }

  static func stampText(_ stamp: Timestamp) -> String {
    let s = stamp.secondOfDay
    let a = abs(stamp.utcOffset)
    return dateText(stamp.date) + "T\(pad(s / 3600, 2)):\(pad(s / 60 % 60, 2)):\(pad(s % 60, 2))"
      + (stamp.utcOffset < 0 ? "-" : "+") + "\(pad(a / 3600, 2)):\(pad(a / 60 % 60, 2))"
  }

  @Test(arguments: [
    (LocalDate(year: 1, month: 1, day: 1)!, "0001-01-01"),
    (LocalDate(year: 2026, month: 11, day: 22)!, "2026-11-22"),
    (LocalDate(year: 9999, month: 12, day: 31)!, "9999-12-31"),
  ])
  func datesAreWrittenAsBefore(date: LocalDate, text: String) {
    #expect(date.description == text)
    #expect(date.description == Self.dateText(date))
  }

  /// Years outside 1...9999 (a date far from any journey) keep their old text too.
  @Test(arguments: [-800_000, -719_163, 2_932_897, 3_000_000])
  func datesOutsideTheYearsAreWrittenAsBefore(days: Int) {
    let date = LocalDate(daysSinceEpoch: days)
    #expect(date.description == Self.dateText(date))
  }

  @Test func timestampsAreWrittenAsBefore() async {
    let stamps = Generator<Timestamp, Shrink.None<Timestamp>> { rng in
      Timestamp(
        date: LocalDate(daysSinceEpoch: Int.random(in: -1_000_000...3_000_000, using: &rng)),
        secondOfDay: Int.random(in: -100...86_500, using: &rng),
        utcOffset: Int.random(in: -(101 * 3600)...(101 * 3600), using: &rng))
    }
    await propertyCheck(count: 500, input: stamps) { stamp in
      #expect(stamp.description == Self.stampText(stamp))
    }
    let day = LocalDate(year: 2026, month: 11, day: 22)!
    #expect(
      Timestamp(date: day, secondOfDay: 29_730, utcOffset: -18_000).description
        == "2026-11-22T08:15:30-05:00")
    #expect(
      Timestamp(date: day, secondOfDay: 0, utcOffset: 20_700).description
        == "2026-11-22T00:00:00+05:45")
  }
}
