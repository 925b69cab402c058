import Testing

@testable import JourneyCore

/// The timeline a day at a time is the timeline at once: same items, same order.
@Suite struct TimelineDaysTests {
  static let care: CareProtocol = {
    do {
      guard let care = try CareProtocol.builtIn(named: "cd19-sle") else {
        fatalError("no protocol")
      }
      return care
    } catch { fatalError("\(error)") }
  }()

  static let today = LocalDate(year: 2026, month: 11, day: 22)!

  /// The demo with a correction and a milestone signed on a day without entries.
  static func demo() -> (Journey, [Entry]) {
    let demo = DemoJourney(today: today, protocol: care, utcOffset: 3600)
    var entries = demo.entries
    let target = entries[40]
    entries.append(
      Entry(
        id: "fix", recordedAt: target.recordedAt, observedAt: target.observedAt,
        author: target.author,
        body: .correction(target: target.id, reason: "typo", replacement: nil)))
    return (Journey(events: demo.events), entries)
  }

  @Test(
    arguments: [
      (nil, nil), ("2026-05-18", "2026-06-30"), ("2026-11-01", nil), (nil, "2026-04-01"),
      ("2027-01-01", nil),
    ] as [(String?, String?)])
  func dayByDayIsTheWholeTimeline(from: String?, to: String?) {
    let (journey, entries) = Self.demo()
    let (start, end) = (
      from.flatMap { LocalDate(parsing: $0) }, to.flatMap { LocalDate(parsing: $0) }
    )
    let whole = Timeline.items(
      journey: journey, entries: entries, protocol: Self.care, from: start, to: end)
    var days = TimelineDays(journey: journey, protocol: Self.care, from: start, to: end)
    var byDay: [TimelineItem] = []
    let grouped = Dictionary(grouping: entries, by: \.observedAt.date).sorted { $0.key < $1.key }
    for (date, dayEntries) in grouped
    where (start.map { date >= $0 } ?? true) && (end.map { date <= $0 } ?? true) {
      byDay += days.through(date, entries: dayEntries)
    }
    byDay += days.rest()
    #expect(byDay == whole)
    #expect(!whole.isEmpty || start == LocalDate(parsing: "2027-01-01"))
  }
}
