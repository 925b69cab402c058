import Testing

@testable import JourneyCore

/// Red flags judged a day at a time (the ten-year visit report) are those judged from every
/// entry at once, alert for alert.
@Suite struct RedFlagDaysTests {
  static let care = TimelineDaysTests.care
  static let today = TimelineDaysTests.today

  /// The entries a day at a time, oldest first, each day's in the order given.
  static func days(_ entries: [Entry]) -> [[Entry]] {
    let order = entries.indices.sorted {
      let (a, b) = (entries[$0].observedAt.date, entries[$1].observedAt.date)
      return a != b ? a < b : $0 < $1
    }
    var days: [[Entry]] = []
    for index in order {
      if days.last?.first?.observedAt.date == entries[index].observedAt.date {
        days[days.count - 1].append(entries[index])
      } else {
        days.append([entries[index]])
      }
    }
    return days
  }

  /// The demo, then with a fever, a lab compared with the first visit, a symptom that lasted,
  /// a watch-list sign, a paracetamol-hidden reading, and a correction of the same day.
  static let cases: [(String, [Entry])] = {
    let demo = DemoJourney(today: today, protocol: care, utcOffset: 3600)
    func at(_ days: Int, _ hour: Int) -> Timestamp {
      Timestamp(date: today.adding(days: days), secondOfDay: hour * 3600, utcOffset: 3600)
    }
    func entry(_ id: String, _ days: Int, _ hour: Int, _ body: Entry.Body) -> Entry {
      Entry(
        id: id, recordedAt: at(days, hour), observedAt: at(days, hour),
        author: DemoJourney.patient, body: body)
    }
    let more = [
      entry("fever", -20, 8, .temperature(celsius: 38.6, asTyped: "38.6")),
      entry("glands-1", -16, 9, .symptom(name: "swollen-glands", severity: 2)),
      entry("glands-2", -1, 9, .symptom(name: "swollen-glands", severity: 2)),
      entry("rash", 0, 7, .symptom(name: "rash", severity: 1)),
      entry("dose", -2, 22, .medication(text: "Paracetamol 1 g")),
      entry("hidden", -1, 1, .temperature(celsius: 37.9, asTyped: "37.9")),
      entry(
        "creatinine", -1, 11,
        .labs([LabResult(lab: "creatinine", value: 2.4, typedValue: 2.4, typedUnit: "mg/dL")])),
      entry("struck-fever", -3, 8, .temperature(celsius: 39.2, asTyped: "39.2")),
      entry(
        "fix", -3, 9, .correction(target: "struck-fever", reason: "typo", replacement: nil)),
    ]
    return [("the demo", demo.entries), ("the demo and more", demo.entries + more)]
  }()

  @Test(arguments: cases)
  func dayByDayIsEveryEntryAtOnce(_ name: String, _ entries: [Entry]) {
    let journey = Journey(
      events: DemoJourney(today: Self.today, protocol: Self.care, utcOffset: 3600).events)
    let ordered = Self.days(entries).flatMap { $0 }
    let whole = RedFlags.alerts(for: ordered, journey: journey, protocol: Self.care)
    var days = RedFlagDays(journey: journey, protocol: Self.care)
    let byDay = Self.days(entries).flatMap { days.add($0) }
    #expect(!whole.isEmpty)
    #expect(byDay == whole)
  }

  /// Only the entries picked are judged; the others still count as history.
  @Test func onlyThePickedEntriesAreJudged() {
    let (_, entries) = Self.cases[1]
    let journey = Journey(
      events: DemoJourney(today: Self.today, protocol: Self.care, utcOffset: 3600).events)
    let recent = Self.today.adding(days: -30)
    let ordered = Self.days(entries).flatMap { $0 }
    let whole = RedFlags.alerts(
      for: ordered.filter { $0.observedAt.date >= recent }, in: ordered, journey: journey,
      protocol: Self.care)
    var days = RedFlagDays(journey: journey, protocol: Self.care)
    let byDay = Self.days(entries).flatMap { day in
      days.add(day) { $0.observedAt.date >= recent }
    }
    #expect(!whole.isEmpty)
    #expect(byDay == whole)
  }
}
