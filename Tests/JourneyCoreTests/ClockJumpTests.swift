import Testing

@testable import JourneyCore

/// A local time the clocks skipped (02:30 on the night summer time starts) has no offset that
/// is right: it is found, with the jump, so it can be refused rather than stored an hour off.
@Suite struct ClockJumpTests {
  /// Europe/Berlin in 2026: +01:00, +02:00 from 2026-03-29T01:00Z, +01:00 again from
  /// 2026-10-25T01:00Z. Written out, so the test depends on no time zone database.
  static let spring = LocalDate(parsing: "2026-03-29")!.daysSinceEpoch * 86400 + 3600
  static let autumn = LocalDate(parsing: "2026-10-25")!.daysSinceEpoch * 86400 + 3600
  static func berlin(_ seconds: Int) -> Int {
    seconds >= spring && seconds < autumn ? 7200 : 3600
  }

  @Test(
    arguments: [
      ("2026-03-29", "01:59", nil), ("2026-03-29", "02:00", "02:00 03:00"),
      ("2026-03-29", "02:30", "02:00 03:00"), ("2026-03-29", "02:59", "02:00 03:00"),
      ("2026-03-29", "03:00", nil), ("2026-03-28", "02:30", nil),
      // The hour that happens twice when the clocks go back is no jump.
      ("2026-10-25", "02:30", nil), ("2026-10-25", "01:59", nil), ("2026-10-25", "03:00", nil),
    ] as [(String, String, String?)])
  func skippedTimesAreFound(date: String, time: String, jump: String?) throws {
    let day = try #require(LocalDate(parsing: date))
    let parts = time.split(separator: ":").compactMap { Int($0) }
    let found = Timestamp.clockJump(
      over: day, secondOfDay: parts[0] * 3600 + parts[1] * 60, offsetAt: Self.berlin)
    #expect(found.map { "\($0.from.clockText) \($0.to.clockText)" } == jump)
    if let found {
      #expect(found.from.utcOffset == 3600)
      #expect(found.to.utcOffset == 7200)
      #expect(found.from.unixSeconds == Self.spring)
    }
  }

  @Test func aZoneWithoutChangesHasNoJumps() {
    for minute in stride(from: 0, to: 86_400, by: 1800) {
      #expect(
        Timestamp.clockJump(
          over: LocalDate(parsing: "2026-03-29")!, secondOfDay: minute, offsetAt: { _ in 19_800 })
          == nil)
    }
  }
}
