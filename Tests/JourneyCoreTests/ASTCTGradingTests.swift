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

  /// Only CRS findings, so the ICANS grade must stay 0.
  static func crs(_ name: String, _ input: GradingInput, _ grade: Int?, says: String) -> Case {
    Case(name: name, input: input, crs: grade, icans: 0, crsSays: says, icansSays: "ICANS grade 0")
  }

  /// Only ICANS findings at 37.0 °C, so the CRS grade must stay 0.
  static func icans(
    _ name: String, ice: Int? = nil, consciousness: GradingInput.Consciousness = .alert,
    seizure: GradingInput.Seizure = .none, motor: GradingInput.Motor = .none,
    edema: GradingInput.Edema = .none, _ grade: Int, says: String
  ) -> Case {
    let input = GradingInput(
      temperature: 37.0, ice: ice, consciousness: consciousness, seizure: seizure, motor: motor,
      edema: edema)
    return Case(
      name: name, input: input, crs: 0, icans: grade, crsSays: "CRS grade 0", icansSays: says)
  }

  static let crsCases: [Case] = [
    crs("37.9 °C is not fever", GradingInput(temperature: 37.9), 0, says: "CRS criteria not met"),
    crs("38.0 °C is fever", GradingInput(temperature: 38.0), 1, says: "fever 38.0 °C"),
    crs(
      "37.95 °C shows its hundredths and is not fever", GradingInput(temperature: 37.95), 0,
      says: "37.95 °C is below 38.0 °C"),
    crs("no temperature and not masked", GradingInput(), 0, says: "no fever recorded"),
    crs(
      "fever and fluids", GradingInput(temperature: 38.5, hypotension: .fluids), 2,
      says: "not requiring vasopressors"),
    crs(
      "fever and low-flow oxygen", GradingInput(temperature: 38.5, oxygen: .lowFlow), 2,
      says: "low-flow oxygen"),
    crs(
      "one vasopressor plus vasopressin is grade 3",
      GradingInput(temperature: 38.5, hypotension: .vasopressor), 3,
      says: "one vasopressor (with or without vasopressin)"),
    crs(
      "several vasopressors is grade 4",
      GradingInput(temperature: 38.5, hypotension: .vasopressors), 4,
      says: "several vasopressors (excluding vasopressin)"),
    crs(
      "fever and high-flow oxygen", GradingInput(temperature: 38.5, oxygen: .highFlow), 3,
      says: "high-flow oxygen"),
    crs(
      "fever and positive pressure", GradingInput(temperature: 38.5, oxygen: .positivePressure),
      4, says: "positive pressure"),
    crs(
      "the paper's example: 39.5 °C, one vasopressor, low-flow oxygen",
      GradingInput(temperature: 39.5, hypotension: .vasopressor, oxygen: .lowFlow), 3,
      says: "one vasopressor (with or without vasopressin) (hypotension is more severe"),
    crs(
      "hypoxia more severe than hypotension",
      GradingInput(temperature: 39.0, hypotension: .fluids, oxygen: .positivePressure), 4,
      says: "positive pressure (CPAP, BiPAP or mechanical ventilation) "
        + "(hypoxia is more severe than hypotension)"),
    crs(
      "hypotension more severe than hypoxia",
      GradingInput(temperature: 39.0, hypotension: .vasopressors, oxygen: .highFlow), 4,
      says: "several vasopressors (excluding vasopressin) (hypotension is more severe"),
    crs(
      "hypotension and hypoxia of the same grade",
      GradingInput(temperature: 39.0, hypotension: .fluids, oxygen: .lowFlow), 2,
      says: "give the same grade"),
    crs(
      "hypotension without fever, not masked, is not CRS but still a red flag",
      GradingInput(temperature: 37.2, hypotension: .vasopressor), 0,
      says: "low blood pressure is still an urgent red flag"),
    crs(
      "hypoxia without a temperature, not masked, is not CRS but still a red flag",
      GradingInput(oxygen: .highFlow), 0,
      says: "no fever recorded; low oxygen is still an urgent red flag"),
    crs(
      "both without fever are two red flags",
      GradingInput(temperature: 36.8, hypotension: .fluids, oxygen: .lowFlow), 0,
      says: "low blood pressure and low oxygen are still urgent red flags"),
    crs(
      "masked with no hypotension or hypoxia: ASTCT gives no grade",
      GradingInput(temperature: 37.0, masked: true), nil,
      says: "ASTCT gives no grade here — the care team grades"),
    crs(
      "masked, no temperature, no hypotension or hypoxia: no grade",
      GradingInput(masked: true), nil, says: "CRS under treatment"),
    crs(
      "treated but still febrile, no hypotension or hypoxia: the table's grade 1",
      GradingInput(temperature: 38.6, masked: true), 1,
      says: "fever 38.6 °C without hypotension or hypoxia"),
    crs(
      "masked with high-flow oxygen is graded by the oxygen",
      GradingInput(temperature: 37.0, masked: true, oxygen: .highFlow), 3,
      says: "fever no longer required"),
    crs(
      "masked with fluids is graded by the hypotension",
      GradingInput(masked: true, hypotension: .fluids), 2,
      says: "hypotension not requiring vasopressors"),
  ]

  static let icansCases: [Case] = [
    icans("no ICE score and nothing else", 0, says: "no ICE score recorded, so ICE does not count"),
    icans("ICE 10", ice: 10, 0, says: "ICE score 10"),
    icans("ICE 9", ice: 9, 1, says: "ICE score 9"),
    icans("ICE 7", ice: 7, 1, says: "ICE score 7"),
    icans("ICE 6", ice: 6, 2, says: "ICE score 6"),
    icans("ICE 3", ice: 3, 2, says: "ICE score 3"),
    icans("ICE 2", ice: 2, 3, says: "ICE score 2"),
    icans("ICE 0 and awake", ice: 0, 3, says: "ICE score 0 while awake"),
    icans("ICE 0 and unarousable", ice: 0, consciousness: .unarousable, 4, says: "unarousable"),
    icans(
      "the paper's example: ICE 3 and a generalised seizure", ice: 3, seizure: .brief, 3,
      says: "seizure that resolved rapidly"),
    icans("alert contributes nothing", ice: 10, consciousness: .alert, 0, says: "ICANS grade 0"),
    icans("drowsy", ice: 10, consciousness: .drowsy, 1, says: "drowsy"),
    icans("awakens to voice", ice: 10, consciousness: .voice, 2, says: "voice"),
    icans("awakens to touch", ice: 8, consciousness: .touch, 3, says: "touch"),
    icans(
      "unarousable without an ICE score", consciousness: .unarousable, 4,
      says: "no ICE score recorded"),
    icans("EEG seizures", ice: 9, seizure: .eeg, 3, says: "EEG"),
    icans("prolonged seizure", ice: 9, seizure: .prolonged, 4, says: "prolonged seizure"),
    icans("motor weakness", ice: 10, motor: .weakness, 4, says: "motor weakness"),
    icans("focal oedema", ice: 10, edema: .focal, 3, says: "focal oedema"),
    icans("diffuse oedema", ice: 7, edema: .diffuse, 4, says: "diffuse cerebral oedema"),
    icans(
      "findings tied at the top grade are both named", ice: 1, edema: .focal, 3,
      says: "ICE score 1 (0–2) and focal oedema"),
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
