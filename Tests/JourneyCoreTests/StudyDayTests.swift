import Testing

@testable import JourneyCore

@Suite struct StudyDayTests {
  @Test(arguments: [
    ("2026-11-17", "Day \u{2212}5", -5),
    ("2026-11-21", "Day \u{2212}1", -1),
    ("2026-11-22", "Day 0", 0),
    ("2026-11-23", "Day +1", 1),
    ("2026-11-29", "Day +7", 7),
    ("2027-02-19", "Day +89", 89),
    ("2027-02-20", "Day +90 · Month 3", 90),
    ("2027-05-20", "Day +179 · Month 5", 179),
    ("2027-05-21", "Day +180 · Month 6", 180),
    ("2027-11-22", "Day +365 · Month 12", 365),
    ("2036-11-22", "Day +3653 · Month 121", 3653),
  ])
  func labels(date: String, label: String, number: Int) {
    let day = StudyDay(
      date: JourneyScript.date(date), dayZero: JourneyScript.date("2026-11-22"),
      daysPerMonth: 30, monthsFromDay: 90)
    #expect(day.label == label)
    #expect(day.number == number)
  }

  @Test func noDayZeroYet() {
    let day = StudyDay(
      date: JourneyScript.date("2026-11-22"), dayZero: nil, daysPerMonth: 30, monthsFromDay: 90)
    #expect(day.number == nil)
    #expect(day.dayLabel == nil)
    #expect(day.label == "Day 0 not planned yet")
  }

  /// Europe/Berlin: summer time from 2026-03-29 02:00 (+01:00 → +02:00), back on 2026-10-25
  /// 03:00. An entry's day is its local calendar date, whatever the offset.
  static func berlin(_ date: LocalDate, _ second: Int) -> Int {
    let summer =
      date > LocalDate(year: 2026, month: 3, day: 29)!
      && date < LocalDate(year: 2026, month: 10, day: 25)!
    let springDay = date == LocalDate(year: 2026, month: 3, day: 29)! && second >= 3 * 3600
    let autumnDay = date == LocalDate(year: 2026, month: 10, day: 25)! && second < 3 * 3600
    return summer || springDay || autumnDay ? 7200 : 3600
  }

  @Test(arguments: [
    // Day 0 before the spring change, entries just after local midnight across it.
    ("2026-03-27", "2026-03-29T00:30", 2, 3600),
    ("2026-03-27", "2026-03-29T23:59", 2, 7200),
    ("2026-03-27", "2026-03-30T00:05", 3, 7200),
    // Day 0 in summer time, entries across the autumn change.
    ("2026-10-23", "2026-10-25T01:30", 2, 7200),
    ("2026-10-23", "2026-10-25T23:30", 2, 3600),
    ("2026-10-23", "2026-10-26T00:10", 3, 3600),
  ])
  func daylightSavingChangesDoNotMoveDays(dayZero: String, at: String, day: Int, offset: Int) throws
  {
    let stamp = try #require(Timestamp.parse(at, localOffset: Self.berlin))
    #expect(stamp.utcOffset == offset)
    let study = StudyDay(
      date: stamp.date, dayZero: JourneyScript.date(dayZero), daysPerMonth: 30, monthsFromDay: 90)
    #expect(study.number == day)
  }

  @Test func twentyFourHoursAcrossTheSpringChangeIsStillOneDayLater() throws {
    // 23 hours of wall time pass between these two local midnights; the label moves by one day.
    let a = try #require(Timestamp.parse("2026-03-29T00:00", localOffset: Self.berlin))
    let b = try #require(Timestamp.parse("2026-03-30T00:00", localOffset: Self.berlin))
    #expect(b.unixSeconds - a.unixSeconds == 23 * 3600)
    #expect(a.date.days(to: b.date) == 1)
  }

  @Test(
    arguments: [
      ("+7", 7), ("-5", -5), ("\u{2212}5", -5), ("0", 0), ("Day +7", 7), ("d-3", -3), ("x", nil),
    ] as [(String, Int?)])
  func typedOffsets(text: String, value: Int?) {
    #expect(StudyDay.parseOffset(text) == value)
  }
}

@Suite struct DateTests {
  @Test(arguments: [
    "2024-02-29", "1970-01-01", "2026-11-22", "2000-02-29", "1969-12-31", "9999-12-31",
  ])
  func dateRoundTrip(text: String) throws {
    let date = try #require(LocalDate(parsing: text))
    #expect(date.description == text)
    #expect(LocalDate(daysSinceEpoch: date.daysSinceEpoch) == date)
  }

  @Test(arguments: [
    "2026-02-29", "2026-13-01", "2026-00-10", "26-11-22", "2026-11-22x", "2026/11/22", "",
    "2026-1-22", "+026-11-22",
  ])
  func invalidDates(text: String) {
    #expect(LocalDate(parsing: text) == nil)
  }

  @Test func epochDays() {
    #expect(JourneyScript.date("1970-01-01").daysSinceEpoch == 0)
    #expect(JourneyScript.date("2026-11-22").daysSinceEpoch == 20_779)
    #expect(JourneyScript.date("2026-11-22").adding(days: -5).description == "2026-11-17")
  }

  @Test(arguments: [
    ("2026-11-22T08:15", "2026-11-22T08:15:00+01:00"),
    ("2026-11-22 08:15:30", "2026-11-22T08:15:30+01:00"),
    ("2026-11-22T08:15+05:30", "2026-11-22T08:15:00+05:30"),
    ("2026-11-22T07:15Z", "2026-11-22T07:15:00+00:00"),
    ("2026-11-22T07:15:00-04:00", "2026-11-22T07:15:00-04:00"),
  ])
  func timestamps(text: String, stored: String) throws {
    let stamp = try #require(Timestamp.parse(text, localOffset: { _, _ in 3600 }))
    #expect(stamp.description == stored)
    #expect(Timestamp(stored: stored) == stamp)
  }

  @Test(arguments: [
    "2026-11-22", "2026-11-22T25:00", "2026-11-22T08:61", "2026-11-22T08", "2026-11-22T08:15+1",
    "x2026-11-22T08:15", "2026-11-22T08:15:60",
  ])
  func invalidTimestamps(text: String) {
    #expect(Timestamp.parse(text, localOffset: { _, _ in 0 }) == nil)
  }

  @Test func storedTimestampsNeedAnOffset() {
    #expect(Timestamp(stored: "2026-11-22T08:15:00") == nil)
  }
}
