import Testing

@testable import JourneyCore

/// Every red-flag rule the default protocol ships is in one of the table-driven tests, so a new
/// rule cannot go untested (issue #13).
@Suite struct RedFlagCoverageTests {
  /// The rule ids the tables expect to fire somewhere.
  static var tested: Set<String> {
    var ids = Set(RedFlagsTests.cases.flatMap(\.fired))
    ids.formUnion(RedFlagsTests.maskedCases.flatMap(\.fired))
    ids.formUnion(RedFlagsTests.persistingCases.flatMap(\.fired))
    if RedFlagsTests.missingCases.contains(where: \.fires) { ids.insert("temperature-not-logged") }
    ids.formUnion(LabRedFlagsTests.cases.flatMap(\.fired))
    ids.formUnion(HomeNeuroCheckTests.cases.flatMap { $0.alerts.flatMap(\.rules) })
    return ids
  }

  @Test func everyShippedRuleIsInATestTable() {
    let shipped = RedFlagsTests.care.redFlags.map(\.id)
    #expect(shipped.filter { !Self.tested.contains($0) } == [])
    // And the tables name no rule the protocol does not have.
    #expect(Self.tested.subtracting(shipped).sorted() == [])
  }

  /// Each rule judged on a single entry also has a case on the other side of its threshold or
  /// window: an entry of the kind it looks at that does not raise it.
  @Test func everyRuleInTheTablesHasACaseThatDoesNotFire() {
    var quiet = Set(
      RedFlagsTests.cases.flatMap { c in
        Self.rulesJudging(c.body).filter { !c.fired.contains($0) }
      })
    quiet.formUnion(
      RedFlagsTests.maskedCases.filter { !$0.fired.contains("masked-fever") }.map { _ in
        "masked-fever"
      })
    for c in LabRedFlagsTests.cases {
      let judging = RedFlagsTests.care.redFlags.filter {
        if case .lab(let lab, _) = $0.condition { return lab == c.lab }
        return false
      }
      quiet.formUnion(judging.map(\.id).filter { !c.fired.contains($0) })
    }
    if RedFlagsTests.persistingCases.contains(where: \.fired.isEmpty) {
      quiet.insert("lymphoma-watch")
    }
    let fired = Set(RedFlagsTests.cases.flatMap(\.fired))
      .union(RedFlagsTests.maskedCases.flatMap(\.fired))
      .union(LabRedFlagsTests.cases.flatMap(\.fired))
      .union(RedFlagsTests.persistingCases.flatMap(\.fired))
    #expect(fired.subtracting(quiet).sorted() == [])
  }

  /// The rules that look at an entry of this kind: its measure, its symptom, one of its labs.
  static func rulesJudging(_ body: Entry.Body) -> [String] {
    let measures: [Measure] =
      switch body {
      case .temperature: [.temperature]
      case .heartRate: [.heartRate]
      case .bloodPressure: [.systolic, .diastolic]
      case .oxygenSaturation: [.spo2]
      case .weight: [.weight]
      default: []
      }
    return RedFlagsTests.care.redFlags.filter { rule in
      switch (rule.condition, body) {
      case (.measure(let measure, _), _): return measures.contains(measure)
      case (.symptom(let names, _), .symptom(let name, _)):
        return names.isEmpty || names.contains(name)
      case (.lab(let lab, _), .labs(let results)): return results.contains { $0.lab == lab }
      default: return false
      }
    }.map(\.id)
  }
}
