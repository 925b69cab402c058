import Testing

@testable import JourneyCore

@Suite struct DailyTrendsTests {
  static let author = Author(role: .patient, name: "Maria")

  static func entry(_ id: String, _ date: String, hour: Int = 8, _ body: Entry.Body) -> Entry {
    let at = Timestamp(
      date: JourneyScript.date(date), secondOfDay: hour * 3600, utcOffset: 3600)
    return Entry(id: id, recordedAt: at, observedAt: at, author: author, body: body)
  }

  static let entries: [Entry] = [
    entry("t1", "2026-11-20", .temperature(celsius: 37.2, asTyped: "37.2")),
    entry("t2", "2026-11-20", hour: 14, .temperature(celsius: 38.4, asTyped: "38.4")),
    entry("t3", "2026-11-21", .temperature(celsius: 39.5, asTyped: "39.5")),
    entry(
      "fix", "2026-11-21", hour: 9, .correction(target: "t3", reason: "typo", replacement: nil)),
    entry("t4", "2026-11-19", .temperature(celsius: 36.9, asTyped: "36.9")),
    entry("s1", "2026-11-20", .symptom(name: "chills", severity: 1)),
    entry("s2", "2026-11-20", hour: 20, .symptom(name: "chills", severity: 3)),
    entry("s3", "2026-11-22", .symptom(name: "hiccups", severity: 2)),
    entry("s4", "2026-11-21", .symptom(name: "fatigue", severity: 0)),
    entry(
      "fix2", "2026-11-22", hour: 10,
      .correction(
        target: "s4", reason: "worse than typed",
        replacement: .symptom(name: "fatigue", severity: 2))),
  ]

  @Test func correctionsStrikeAndReplace() {
    let ids = DailyTrends.current(Self.entries).map(\.id)
    #expect(ids == ["t1", "t2", "t4", "s1", "s2", "s3", "fix2"])
  }

  @Test func eachDayKeepsItsHighestTemperature() {
    let current = DailyTrends.current(Self.entries)
    let values = DailyTrends.dailyMaximum(current, from: JourneyScript.date("2026-11-19"), days: 4)
    #expect(values == [36.9, 38.4, nil, nil])
  }

  @Test func symptomsFollowTheProtocolThenTheRestByName() throws {
    let care = try #require(try CareProtocol.builtIn(named: "cd19-sle"))
    let current = DailyTrends.current(Self.entries)
    let rows = DailyTrends.symptoms(
      current, care: care, from: JourneyScript.date("2026-11-20"), days: 3)
    #expect(
      rows == [
        .init(id: "fatigue", label: "Fatigue", values: [nil, nil, 2]),
        .init(id: "chills", label: "Chills", values: [3, nil, nil]),
        .init(id: "hiccups", label: "hiccups", values: [nil, nil, 2]),
      ])
  }

  @Test(arguments: [(nil as Double?, 38.0), (37.8, 37.8), (38.5, 38.0)])
  func theFeverLineIsTheLowestTemperatureRule(extra: Double?, expected: Double) throws {
    var care = try #require(try CareProtocol.builtIn(named: "cd19-sle"))
    if let extra {
      care.redFlags.append(
        RedFlagRule(
          id: "extra", level: .info, condition: .atLeast(.temperature, extra), message: "x"))
    }
    #expect(care.feverThreshold == expected)
    care.redFlags.removeAll()
    #expect(care.feverThreshold == 38.0)
  }
}
