import JourneyCore
import Testing

/// What judging a reading needs from long before it (``RedFlags/historyNeeds(_:on:journey:
/// protocol:)``): only labs, symptoms and home neuro checks ever need anything; a correction
/// needs what its replacement needs, and a strike-out nothing.
@Suite struct HistoryNeedsTests {
  static let care = RedFlagsTests.care
  static let journey = RedFlagsTests.Shape.recorded.journey

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var body: Entry.Body
    /// Day after Day 0.
    var day: Int
    var needs: [RedFlags.HistoryNeed]
    var testDescription: String { name }
  }

  static let creatinine = Entry.Body.labs([
    LabResult(lab: "creatinine", value: 2.4, typedValue: 2.4, typedUnit: "mg/dL")
  ])
  static let glands = Entry.Body.symptom(name: "swollen-glands", severity: 2)
  static let rash = Entry.Body.symptom(name: "rash", severity: 1)

  static let cases: [Case] = [
    Case(
      name: "a temperature", body: .temperature(celsius: 39.0, asTyped: "39.0"), day: 3,
      needs: []),
    Case(name: "a dose", body: .medication(text: "paracetamol 1 g"), day: 3, needs: []),
    Case(name: "a note", body: .note(text: "tired"), day: 3, needs: []),
    // Compared with the first creatinine recorded.
    Case(name: "a creatinine", body: creatinine, day: 90, needs: [.everything]),
    // Must have lasted 14 days.
    Case(
      name: "swollen glands", body: glands, day: 400,
      needs: [.symptomRun("swollen-glands", minSeverity: 1, days: 14)]),
    // Within Day +180 the watch-list window is open without the B-cell count; past it, the
    // latest count since the window began is needed.
    Case(name: "a rash on Day +100", body: rash, day: 100, needs: []),
    Case(
      name: "a rash on Day +183", body: rash, day: 183,
      needs: [.latestLab("cd19-b-cells", since: RedFlagsTests.dayZero)]),
    // A correction is judged by its replacement values; a strike-out by nothing.
    Case(
      name: "a creatinine corrected",
      body: .correction(target: "e1", reason: "typo", replacement: creatinine), day: 90,
      needs: [.everything]),
    Case(
      name: "swollen glands corrected",
      body: .correction(target: "e1", reason: "typo", replacement: glands), day: 400,
      needs: [.symptomRun("swollen-glands", minSeverity: 1, days: 14)]),
    Case(
      name: "a temperature corrected",
      body: .correction(
        target: "e1", reason: "typo", replacement: .temperature(celsius: 39.0, asTyped: "39")),
      day: 3, needs: []),
    Case(
      name: "a strike-out", body: .correction(target: "e1", reason: "wrong day", replacement: nil),
      day: 90, needs: []),
  ]

  @Test(arguments: cases)
  func needs(_ test: Case) {
    let date = RedFlagsTests.dayZero.adding(days: test.day)
    #expect(
      RedFlags.historyNeeds(test.body, on: date, journey: Self.journey, protocol: Self.care)
        == test.needs)
    #expect(
      RedFlags.needsHistory(test.body, on: date, journey: Self.journey, protocol: Self.care)
        == !test.needs.isEmpty)
  }
}
