import Testing
@testable import JourneyCore

/// The ASTCT 2019 grading, case by case, written from clinical.md §2 (CRS) and §3 (ICANS).
@Suite struct ASTCTGradingTests {
  /// One finding set, the grades clinical.md gives for it, and words each reason must contain.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var input: GradingInput
    var crs: Int?
    var icans: Int?
    var crsSays: String
    var icansSays: String
    var testDescription: String { name }
  }

  static let crsCases: [Case] = [
    Case(
      name: "37.9 °C is not fever", input: GradingInput(temperature: 37.9), crs: 0, icans: 0,
      crsSays: "CRS criteria not met", icansSays: "no ICE score recorded"),
    Case(
      name: "38.0 °C is fever", input: GradingInput(temperature: 38.0), crs: 1, icans: 0,
      crsSays: "fever 38.0 °C", icansSays: "no ICANS finding"),
    Case(
      name: "37.95 °C shows its hundredths and is not fever", input: GradingInput(temperature: 37.95),
      crs: 0, icans: 0, crsSays: "37.95 °C is below 38.0 °C", icansSays: "no ICANS finding"),
    Case(
      name: "no temperature and not masked", input: GradingInput(), crs: 0, icans: 0,
      crsSays: "no fever recorded", icansSays: "no ICANS finding"),
    Case(
      name: "fever and fluids", input: GradingInput(temperature: 38.5, hypotension: .fluids),
      crs: 2, icans: 0, crsSays: "not requiring vasopressors", icansSays: "ICANS grade 0"),
    Case(
      name: "fever and low-flow oxygen", input: GradingInput(temperature: 38.5, oxygen: .lowFlow),
      crs: 2, icans: 0, crsSays: "low-flow oxygen", icansSays: "ICANS grade 0"),
    Case(
      name: "one vasopressor plus vasopressin is grade 3",
      input: GradingInput(temperature: 38.5, hypotension: .vasopressor), crs: 3, icans: 0,
      crsSays: "one vasopressor (with or without vasopressin)", icansSays: "ICANS grade 0"),
    Case(
      name: "several vasopressors is grade 4",
      input: GradingInput(temperature: 38.5, hypotension: .vasopressors), crs: 4, icans: 0,
      crsSays: "several vasopressors (excluding vasopressin)", icansSays: "ICANS grade 0"),
    Case(
      name: "fever and high-flow oxygen", input: GradingInput(temperature: 38.5, oxygen: .highFlow),
      crs: 3, icans: 0, crsSays: "high-flow oxygen", icansSays: "ICANS grade 0"),
    Case(
      name: "fever and positive pressure",
      input: GradingInput(temperature: 38.5, oxygen: .positivePressure), crs: 4, icans: 0,
      crsSays: "positive pressure", icansSays: "ICANS grade 0"),
    Case(
      name: "the paper's example: 39.5 °C, one vasopressor, low-flow oxygen",
      input: GradingInput(temperature: 39.5, hypotension: .vasopressor, oxygen: .lowFlow),
      crs: 3, icans: 0,
      crsSays: "one vasopressor (with or without vasopressin) (hypotension is more severe",
      icansSays: "ICANS grade 0"),
    Case(
      name: "hypoxia more severe than hypotension",
      input: GradingInput(temperature: 39.0, hypotension: .fluids, oxygen: .positivePressure),
      crs: 4, icans: 0, crsSays: "positive pressure (CPAP, BiPAP or mechanical ventilation) "
        + "(hypoxia is more severe than hypotension)", icansSays: "ICANS grade 0"),
    Case(
      name: "hypotension more severe than hypoxia",
      input: GradingInput(temperature: 39.0, hypotension: .vasopressors, oxygen: .highFlow),
      crs: 4, icans: 0, crsSays: "several vasopressors (excluding vasopressin) (hypotension",
      icansSays: "ICANS grade 0"),
    Case(
      name: "hypotension and hypoxia of the same grade",
      input: GradingInput(temperature: 39.0, hypotension: .fluids, oxygen: .lowFlow),
      crs: 2, icans: 0, crsSays: "give the same grade", icansSays: "ICANS grade 0"),
    Case(
      name: "hypotension without fever, not masked, is not CRS but still a red flag",
      input: GradingInput(temperature: 37.2, hypotension: .vasopressor), crs: 0, icans: 0,
      crsSays: "low blood pressure is still an urgent red flag", icansSays: "ICANS grade 0"),
    Case(
      name: "hypoxia without a temperature, not masked, is not CRS but still a red flag",
      input: GradingInput(oxygen: .highFlow), crs: 0, icans: 0,
      crsSays: "no fever recorded; low oxygen is still an urgent red flag",
      icansSays: "ICANS grade 0"),
    Case(
      name: "masked with no hypotension or hypoxia: ASTCT gives no grade",
      input: GradingInput(temperature: 37.0, masked: true), crs: nil, icans: 0,
      crsSays: "ASTCT gives no grade here — the care team grades", icansSays: "ICANS grade 0"),
    Case(
      name: "masked, no temperature, no hypotension or hypoxia: no grade",
      input: GradingInput(masked: true), crs: nil, icans: 0,
      crsSays: "CRS under treatment", icansSays: "ICANS grade 0"),
    Case(
      name: "treated but still febrile, no hypotension or hypoxia: the table's grade 1",
      input: GradingInput(temperature: 38.6, masked: true), crs: 1, icans: 0,
      crsSays: "fever 38.6 °C without hypotension or hypoxia", icansSays: "ICANS grade 0"),
    Case(
      name: "masked with high-flow oxygen is graded by the oxygen",
      input: GradingInput(temperature: 37.0, masked: true, oxygen: .highFlow), crs: 3, icans: 0,
      crsSays: "fever no longer required", icansSays: "ICANS grade 0"),
    Case(
      name: "masked with fluids is graded by the hypotension",
      input: GradingInput(masked: true, hypotension: .fluids), crs: 2, icans: 0,
      crsSays: "hypotension not requiring vasopressors", icansSays: "ICANS grade 0"),
  ]

  static let icansCases: [Case] = [
    Case(
      name: "ICE 10", input: GradingInput(temperature: 37.0, ice: 10), crs: 0, icans: 0,
      crsSays: "CRS grade 0", icansSays: "ICE score 10"),
    Case(
      name: "ICE 9", input: GradingInput(temperature: 37.0, ice: 9), crs: 0, icans: 1,
      crsSays: "CRS grade 0", icansSays: "ICE score 9"),
    Case(
      name: "ICE 7", input: GradingInput(temperature: 37.0, ice: 7), crs: 0, icans: 1,
      crsSays: "CRS grade 0", icansSays: "ICE score 7"),
    Case(
      name: "ICE 6", input: GradingInput(temperature: 37.0, ice: 6), crs: 0, icans: 2,
      crsSays: "CRS grade 0", icansSays: "ICE score 6"),
    Case(
      name: "ICE 3", input: GradingInput(temperature: 37.0, ice: 3), crs: 0, icans: 2,
      crsSays: "CRS grade 0", icansSays: "ICE score 3"),
    Case(
      name: "ICE 2", input: GradingInput(temperature: 37.0, ice: 2), crs: 0, icans: 3,
      crsSays: "CRS grade 0", icansSays: "ICE score 2"),
    Case(
      name: "ICE 0 and awake", input: GradingInput(temperature: 37.0, ice: 0), crs: 0, icans: 3,
      crsSays: "CRS grade 0", icansSays: "ICE score 0 while awake"),
    Case(
      name: "ICE 0 and unarousable",
      input: GradingInput(temperature: 37.0, ice: 0, consciousness: .unarousable), crs: 0,
      icans: 4, crsSays: "CRS grade 0", icansSays: "unarousable"),
    Case(
      name: "the paper's example: ICE 3 and a generalised seizure",
      input: GradingInput(temperature: 37.0, ice: 3, seizure: .brief), crs: 0, icans: 3,
      crsSays: "CRS grade 0", icansSays: "seizure that resolved rapidly"),
    Case(
      name: "alert contributes nothing",
      input: GradingInput(temperature: 37.0, ice: 10, consciousness: .alert), crs: 0, icans: 0,
      crsSays: "CRS grade 0", icansSays: "ICANS grade 0"),
    Case(
      name: "drowsy", input: GradingInput(temperature: 37.0, ice: 10, consciousness: .drowsy),
      crs: 0, icans: 1, crsSays: "CRS grade 0", icansSays: "drowsy"),
    Case(
      name: "awakens to voice",
      input: GradingInput(temperature: 37.0, ice: 10, consciousness: .voice), crs: 0, icans: 2,
      crsSays: "CRS grade 0", icansSays: "voice"),
    Case(
      name: "awakens to touch",
      input: GradingInput(temperature: 37.0, ice: 8, consciousness: .touch), crs: 0, icans: 3,
      crsSays: "CRS grade 0", icansSays: "touch"),
    Case(
      name: "unarousable without an ICE score",
      input: GradingInput(temperature: 37.0, consciousness: .unarousable), crs: 0, icans: 4,
      crsSays: "CRS grade 0", icansSays: "no ICE score recorded"),
    Case(
      name: "EEG seizures", input: GradingInput(temperature: 37.0, ice: 9, seizure: .eeg),
      crs: 0, icans: 3, crsSays: "CRS grade 0", icansSays: "EEG"),
    Case(
      name: "prolonged seizure", input: GradingInput(temperature: 37.0, ice: 9, seizure: .prolonged),
      crs: 0, icans: 4, crsSays: "CRS grade 0", icansSays: "prolonged seizure"),
    Case(
      name: "motor weakness", input: GradingInput(temperature: 37.0, ice: 10, motor: .weakness),
      crs: 0, icans: 4, crsSays: "CRS grade 0", icansSays: "motor weakness"),
    Case(
      name: "focal oedema", input: GradingInput(temperature: 37.0, ice: 10, edema: .focal),
      crs: 0, icans: 3, crsSays: "CRS grade 0", icansSays: "focal oedema"),
    Case(
      name: "diffuse oedema", input: GradingInput(temperature: 37.0, ice: 7, edema: .diffuse),
      crs: 0, icans: 4, crsSays: "CRS grade 0", icansSays: "diffuse cerebral oedema"),
    Case(
      name: "findings tied at the top grade are both named",
      input: GradingInput(temperature: 37.0, ice: 1, edema: .focal), crs: 0, icans: 3,
      crsSays: "CRS grade 0", icansSays: "ICE score 1 (0–2) and focal oedema"),
    Case(
      name: "CRS and ICANS together",
      input: GradingInput(
        temperature: 39.1, hypotension: .fluids, ice: 5, consciousness: .voice),
      crs: 2, icans: 2, crsSays: "with fever 39.1 °C",
      icansSays: "ICE score 5 (3–6) and awakens only to voice"),
  ]

  @Test("CRS grades from clinical.md §2", arguments: crsCases)
  func crs(_ row: Case) {
    check(row)
  }

  @Test("ICANS grades from clinical.md §3", arguments: icansCases)
  func icans(_ row: Case) {
    check(row)
  }

  private func check(_ row: Case) {
    let result = ASTCT.grade(row.input)
    #expect(result.crs == row.crs)
    #expect(result.icans == row.icans)
    #expect(result.reasons.count == 2)
    let crsReason = result.reasons.first ?? ""
    let icansReason = result.reasons.last ?? ""
    #expect(crsReason.contains(row.crsSays), "\(crsReason)")
    #expect(icansReason.contains(row.icansSays), "\(icansReason)")
    // Each reason names its grade, or says there is none.
    let crsLead = row.crs.map { "CRS grade \($0):" } ?? "CRS under treatment:"
    #expect(crsReason.hasPrefix(crsLead), "\(crsReason)")
    #expect(icansReason.hasPrefix("ICANS grade \(row.icans ?? -1):"), "\(icansReason)")
  }

  /// Every ICE total, against the table in clinical.md §3.2.
  @Test(
    "ICE score alone", arguments: Array(0...10),
    [GradingInput.Consciousness.alert, .drowsy, .unarousable])
  func iceAlone(score: Int, consciousness: GradingInput.Consciousness) {
    let expected: Int =
      switch score {
      case 10: 0
      case 7, 8, 9: 1
      case 3, 4, 5, 6: 2
      case 1, 2: 3
      default: consciousness == .unarousable ? 4 : 3
      }
    let (grade, reason) = ASTCT.icansFromICE(score, consciousness: consciousness)
    #expect(grade == expected)
    #expect(reason.hasPrefix("ICE score \(score)"))
  }

  @Test("an ICE total outside 0–10 is not counted", arguments: [-1, 11])
  func iceOutOfRange(score: Int) {
    #expect(ASTCT.icansFromICE(score, consciousness: .alert).grade == 0)
    let result = ASTCT.grade(GradingInput(temperature: 37.0, ice: score))
    #expect(result.icans == 0)
    #expect(result.reasons.last?.contains("outside 0–10 and was not counted") == true)
  }

  /// Each item at its bounds passes; one past either bound is refused with the item's range.
  @Test("ICE items are checked against their points", arguments: ICEScore.items.map(\.name))
  func iceItemRange(item: String) throws {
    let top = ICEScore(orientation: 4, naming: 3, commands: 1, writing: 1, attention: 1)
    let bottom = ICEScore(orientation: 0, naming: 0, commands: 0, writing: 0, attention: 0)
    try top.validate()
    try bottom.validate()
    #expect(top.total == 10)
    let maximum = ["orientation": 4, "naming": 3, "commands": 1, "writing": 1, "attention": 1]
    for value in [-1, (maximum[item] ?? 0) + 1] {
      var score = top
      switch item {
      case "orientation": score.orientation = value
      case "naming": score.naming = value
      case "commands": score.commands = value
      case "writing": score.writing = value
      default: score.attention = value
      }
      let error = #expect(throws: ICEScore.RangeError.self) { try score.validate() }
      #expect(error?.item == item)
      #expect(error?.value == value)
      #expect(error?.description.contains("outside 0–\(maximum[item] ?? 0)") == true)
    }
  }
}
