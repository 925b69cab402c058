import JourneyCore
import Testing

@testable import JourneyExport

/// The visit report made from the days a day at a time (ten years) is the report made from
/// every entry at once, byte for byte, while it keeps only what its sections show.
@Suite struct ReportDaysTests {
  /// `entries` a day at a time, oldest first, each day's in the order given.
  static func reader(_ entries: [Entry]) -> ReportDays.Reader {
    let order = entries.indices.sorted {
      let (a, b) = (entries[$0].observedAt.date, entries[$1].observedAt.date)
      return a != b ? a < b : $0 < $1
    }
    return { body in
      var index = 0
      while index < order.count {
        let date = entries[order[index]].observedAt.date
        var day: [Entry] = []
        while index < order.count, entries[order[index]].observedAt.date == date {
          day.append(entries[order[index]])
          index += 1
        }
        try body(date, day)
      }
    }
  }

  /// The entries as the reader hands them over, all of them.
  static func read(_ reader: ReportDays.Reader) throws -> [Entry] {
    var all: [Entry] = []
    try reader { _, day in all += day }
    return all
  }

  static let day = ReportFixture.today

  /// Entries beyond the demo's: a fever and a correction of the same day, a symptom that
  /// lasted, a watch-list sign, a note and a dose today, an alert answered.
  static let more: [Entry] = [
    ReportFixture.entry(
      "fever", day.adding(days: -2), hour: 8, .temperature(celsius: 38.7, asTyped: "38.7")),
    ReportFixture.entry(
      "wrong", day.adding(days: -2), hour: 9, .temperature(celsius: 41, asTyped: "41")),
    ReportFixture.entry(
      "fix", day.adding(days: -2), hour: 10,
      .correction(
        target: "wrong", reason: "typo", replacement: .temperature(celsius: 37.1, asTyped: "37.1"))),
    ReportFixture.entry(
      "glands-1", day.adding(days: -20), .symptom(name: "swollen-glands", severity: 2)),
    ReportFixture.entry("glands-2", day, hour: 7, .symptom(name: "swollen-glands", severity: 2)),
    ReportFixture.entry("rash", day, hour: 8, .symptom(name: "rash", severity: 1)),
    ReportFixture.entry("note", day, hour: 8, .note(text: "tired")),
    ReportFixture.entry("dose", day, hour: 8, .medication(text: "paracetamol 1 g")),
  ]

  /// The whole journey, periods, and the charts placed by `--from`.
  static let periods: [(String?, String?)] = [
    (nil, nil), ("2026-06-01", "2026-07-15"), ("2026-11-01", nil), (nil, "2026-09-30"),
    ("2026-11-20", "2026-11-22"),
  ]

  @Test(arguments: periods)
  func dayByDayIsTheReportOfEveryEntry(from: String?, to: String?) throws {
    let input = ReportFixture.input(entries: Self.more, from: from, to: to)
    let reader = Self.reader(input.entries)
    var whole = input
    whole.entries = try Self.read(reader)
    let kept = try #require(try ReportDays.collect(input, days: reader))
    // Only the charted readings of the charts' days are kept: a month without --from.
    #expect(kept.entries.count < whole.entries.count / (from == nil ? 2 : 1))
    #expect(try HTMLReport.render(input, days: reader) == HTMLReport.render(whole))
  }

  /// A day not as CareJourney writes it (an entry of another date in its file, a correction
  /// of another day's entry, an id used twice) is met by reading every entry: the report is
  /// still the report of all of them.
  @Test(arguments: ["another date", "a correction of another day", "an id used twice"])
  func aDayEditedByHandIsReadWhole(_ edit: String) throws {
    var entries = ReportFixture.input(entries: Self.more).entries
    let reader: ReportDays.Reader
    switch edit {
    case "another date":
      // The fever of two days ago handed over with today's entries.
      let stray = try #require(entries.firstIndex { $0.id == "fever" })
      let fever = entries.remove(at: stray)
      let inner = Self.reader(entries)
      reader = { body in
        try inner { date, day in try body(date, date == Self.day ? day + [fever] : day) }
      }
    case "a correction of another day":
      entries.append(
        ReportFixture.entry(
          "late-fix", Self.day, hour: 11,
          .correction(target: "fever", reason: "was not a fever", replacement: nil)))
      reader = Self.reader(entries)
    default:
      entries.append(
        ReportFixture.entry("note", Self.day.adding(days: -1), .note(text: "the same id")))
      reader = Self.reader(entries)
    }
    let input = ReportFixture.input(entries: [])
    var whole = input
    whole.entries = try Self.read(reader)
    #expect(try ReportDays.collect(input, days: reader) == nil)
    #expect(try HTMLReport.render(input, days: reader) == HTMLReport.render(whole))
  }
}
