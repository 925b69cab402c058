import Testing

@testable import JourneyCore

/// The visit-lab red flags of the default protocol on both sides of each threshold, and the
/// `lab = ...` keys read as strictly as the rest of the protocol file.
struct LabRedFlagsTests {
  static let care = RedFlagsTests.care
  static let journey = RedFlagsTests.journey(at: .followUp)

  /// A visit entry holding one lab value typed as `typed` (`4.01g/L`), on a follow-up date.
  static func visit(_ id: String, _ lab: String, _ typed: String, on date: String) -> Entry {
    let result: LabResult
    do { result = try Reading.lab("\(lab)=\(typed)", care: care) } catch { fatalError("\(error)") }
    let at = Timestamp(date: JourneyScript.date(date), secondOfDay: 10 * 3600, utcOffset: 3600)
    return Entry(
      id: id, recordedAt: at, observedAt: at, author: Author(role: .nurse, name: "A"),
      body: .labs([result]))
  }

  /// The rule ids fired by the last visit, given the earlier ones: every rule its one alert met.
  static func fired(_ visits: [Entry], journey: Journey = journey) -> [String] {
    guard let last = visits.last else { return [] }
    return RedFlags.alerts(for: [last], in: visits, journey: journey, protocol: care)
      .flatMap { $0.rules.map(\.id) }
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var lab: String
    /// Typed values, one visit each, oldest first; the last is judged.
    var values: [String]
    var fired: [String]
    var testDescription: String { "\(lab) \(values.joined(separator: " → ")) → \(fired)" }
  }

  static let cases: [Case] = [
    Case(lab: "igg", values: ["401"], fired: []),
    Case(lab: "igg", values: ["400"], fired: ["igg-low"]),
    Case(lab: "igg", values: ["4.01g/L"], fired: []),
    Case(lab: "igg", values: ["4.0g/L"], fired: ["igg-low"]),
    Case(lab: "igg", values: ["3.5 g/L"], fired: ["igg-low"]),
    // IgG below 150 mg/dL: replaced whatever the infections (AAAAI 2022); one alert, both rules.
    Case(lab: "igg", values: ["150"], fired: ["igg-low"]),
    Case(lab: "igg", values: ["149"], fired: ["igg-low", "igg-very-low"]),
    Case(lab: "igg", values: ["1.49g/L"], fired: ["igg-low", "igg-very-low"]),
    Case(lab: "igg", values: ["1.5g/L"], fired: ["igg-low"]),
    Case(lab: "igg", values: ["400", "149"], fired: ["igg-low", "igg-very-low"]),
    Case(lab: "neutrophils", values: ["500"], fired: []),
    Case(lab: "neutrophils", values: ["499"], fired: ["neutrophils-low"]),
    Case(lab: "neutrophils", values: ["0.5 10^9/L"], fired: []),
    Case(lab: "neutrophils", values: ["0.49 10^9/L"], fired: ["neutrophils-low"]),
    Case(lab: "creatinine", values: ["0.8"], fired: []),
    Case(lab: "creatinine", values: ["0.8", "1.19"], fired: []),
    Case(lab: "creatinine", values: ["0.8", "1.2"], fired: ["creatinine-rise"]),
    Case(lab: "creatinine", values: ["0.8", "0.7", "1.2"], fired: ["creatinine-rise"]),
    Case(lab: "creatinine", values: ["100 µmol/L", "149 µmol/L"], fired: []),
    Case(lab: "creatinine", values: ["100 µmol/L", "150 µmol/L"], fired: ["creatinine-rise"]),
    Case(lab: "upcr", values: ["0.3"], fired: []),
    Case(lab: "upcr", values: ["0.3", "0.3"], fired: []),
    Case(lab: "upcr", values: ["0.3", "0.2"], fired: []),
    // A rise that matters: at least double the previous value and 0.5 g/g more (KDIGO 2012
    // relapse criteria, adapted), not any rise (0.60 -> 0.61 raised "call today" before).
    Case(lab: "upcr", values: ["0.6", "0.61"], fired: []),
    Case(lab: "upcr", values: ["0.3", "0.31"], fired: []),
    Case(lab: "upcr", values: ["0.3", "0.79"], fired: []),
    Case(lab: "upcr", values: ["0.3", "0.8"], fired: ["upcr-rising"]),
    Case(lab: "upcr", values: ["0.6", "1.19"], fired: []),
    Case(lab: "upcr", values: ["0.6", "1.2"], fired: ["upcr-rising"]),
    Case(lab: "upcr", values: ["1.5", "2.99"], fired: []),
    Case(lab: "upcr", values: ["1.5", "3"], fired: ["upcr-rising"]),
    Case(lab: "upcr", values: ["0.5", "0.2", "0.7"], fired: ["upcr-rising"]),
    Case(lab: "upcr", values: ["30mg/mmol", "90mg/mmol"], fired: ["upcr-rising"]),
    Case(lab: "upcr", values: ["300mg/g", "790mg/g"], fired: []),
    Case(lab: "cd19-b-cells", values: ["40"], fired: []),
    Case(lab: "cd19-b-cells", values: ["0", "2", "10"], fired: []),
    Case(lab: "cd19-b-cells", values: ["0", "2", "11"], fired: ["b-cells-returned"]),
    Case(lab: "cd19-b-cells", values: ["0", "11", "60"], fired: []),
    Case(lab: "cd19-b-cells", values: ["0", "11", "60", "3", "25"], fired: ["b-cells-returned"]),
  ]

  /// Visit labs have no window: the same on Day +103 in every journey shape, whether the phase
  /// was recorded, only planned, lagging, completed or withdrawn.
  @Test(arguments: cases, RedFlagsTests.Shape.allCases)
  func labRuleFiresOnlyPastItsThreshold(_ c: Case, _ shape: RedFlagsTests.Shape) {
    let visits = c.values.enumerated().map { i, typed in
      Self.visit("v\(i)", c.lab, typed, on: "2027-01-\(LocalDate.pad(10 + i, 2))")
    }
    #expect(Self.fired(visits, journey: shape.journey) == c.fired)
  }

  @Test("earlier visits count even when only the new entry is judged, and in any order given")
  func historyFromAllEntries() {
    let first = Self.visit("a", "creatinine", "0.8", on: "2027-01-10")
    let second = Self.visit("b", "creatinine", "1.3", on: "2027-02-10")
    // Without the earlier visit there is nothing to compare with.
    #expect(RedFlags.alerts(for: [second], journey: Self.journey, protocol: Self.care).isEmpty)
    let alerts = RedFlags.alerts(
      for: [second], in: [second, first], journey: Self.journey, protocol: Self.care)
    #expect(alerts.map(\.rule.id) == ["creatinine-rise"])
    #expect(
      alerts.first?.seen.contains("Creatinine 1.3 mg/dL (163 % of the first recorded, 0.8 mg/dL)")
        == true)
    // A later visit is not "earlier" for the first one.
    #expect(
      RedFlags.alerts(
        for: [first], in: [first, second], journey: Self.journey, protocol: Self.care
      ).isEmpty)
  }

  @Test("a struck-out earlier value is not compared with; a corrected one is, by its new value")
  func struckAndCorrectedHistory() {
    let first = Self.visit("a", "upcr", "0.3", on: "2027-01-10")
    let second = Self.visit("b", "upcr", "0.9", on: "2027-02-10")
    let strike = Entry(
      id: "s", recordedAt: second.recordedAt, observedAt: first.observedAt, author: first.author,
      body: .correction(target: "a", reason: "wrong patient", replacement: nil))
    #expect(Self.fired([first, second]) == ["upcr-rising"])
    #expect(
      RedFlags.alerts(
        for: [second], in: [first, strike, second], journey: Self.journey, protocol: Self.care
      )
      .isEmpty)
    let fixed = Entry(
      id: "c", recordedAt: second.recordedAt, observedAt: first.observedAt, author: first.author,
      body: .correction(
        target: "a", reason: "typo",
        replacement: Self.visit("x", "upcr", "0.45", on: "2027-01-10").body))
    #expect(
      RedFlags.alerts(
        for: [second], in: [first, fixed, second], journey: Self.journey, protocol: Self.care
      )
      .isEmpty)
  }

  @Test("alerts say what was seen and to call the team, never a cause")
  func messagesCallTheTeam() {
    let ids = [
      "igg-low", "igg-very-low", "neutrophils-low", "creatinine-rise", "upcr-rising",
      "b-cells-returned", "platelets-low", "haemoglobin-low",
    ]
    for id in ids {
      let rule = Self.care.redFlags.first { $0.id == id }
      #expect(rule?.level == .callToday, "\(id)")
      let alert = rule.map {
        Alert(
          rule: $0, entryID: "x", at: Self.visit("x", "igg", "100", on: "2027-01-10").observedAt,
          seen: "seen", contact: CareContact(teamPhone: "+49 1", emergencyNumber: "112"))
      }
      #expect(alert?.action == "Call your CAR-T team today on +49 1.", "\(id)")
      for word in ["LICATS", "flare", "infection", "neutropenia", "hypogamma"] {
        #expect(rule?.message.localizedStandardContains(word) == false, "\(id): \(word)")
      }
    }
  }

  // MARK: - Reading the keys

  static let labs = """
    [[lab]]
    id = "igg"
    label = "IgG"
    unit = "mg/dL"
    plausible-low = 0
    plausible-high = 6000
    alternative-units = [{ unit = "g/L", times = 100 }]

    [[lab]]
    id = "neutrophils"
    label = "Neutrophils"
    unit = "10^9/L"
    plausible-low = 0
    plausible-high = 100
    alternative-units = [{ unit = "/µL", divide-by = 1000 }]

    """

  static func rule(_ condition: String) -> String {
    labs + """
      [[red-flag]]
      id = "r"
      level = "call-today"
      \(condition)
      message = "Call your team."

      """
  }

  @Test("thresholds are converted to the lab's protocol unit when a unit is stated")
  func thresholdUnits() throws {
    func condition(_ text: String) throws -> RedFlagRule.Condition? {
      try CareProtocol(toml: Snippet.protocolText(tables: Self.rule(text)), fileName: "t")
        .redFlags.first { $0.id == "r" }?.condition
    }
    #expect(try condition("lab = \"igg\"\nat-most = 400") == .lab("igg", .atMost(400)))
    #expect(
      try condition("lab = \"IgG\"\nat-most = 4\nunit = \"g/L\"") == .lab("igg", .atMost(400)))
    #expect(try condition("lab = \"neutrophils\"\nbelow = 0.5") == .lab("neutrophils", .below(0.5)))
    #expect(
      try condition("lab = \"neutrophils\"\nbelow = 500\nunit = \"/µL\"")
        == .lab("neutrophils", .below(0.5)))
    #expect(try condition("lab = \"igg\"\nrising = true") == .lab("igg", .rising))
    #expect(
      try condition("lab = \"igg\"\nrise-from-first-percent = 50")
        == .lab("igg", .riseFromFirstPercent(50)))
    #expect(
      try condition("lab = \"igg\"\nreturned-above = 700") == .lab("igg", .returnedAbove(700)))
    #expect(
      try condition("lab = \"igg\"\nat-least = 1.5\nbelow = 4\nunit = \"g/L\"")
        == .lab("igg", .band(atLeast: 150, below: 400)))
  }

  static let broken: [BrokenProtocol] = [
    BrokenProtocol(
      "unknown lab", tables: rule("lab = \"ig\"\nat-most = 400"),
      expect: [
        #"red-flag "r""#, #"lab "ig" is not a lab of this protocol"#, "known: igg, neutrophils",
      ]),
    BrokenProtocol(
      "lab without a test", tables: rule("lab = \"igg\""),
      expect: ["lab needs one of at-most"]),
    BrokenProtocol(
      "two tests", tables: rule("lab = \"igg\"\nat-most = 400\nrising = true"),
      expect: ["give one lab test, not both at-most and rising"]),
    BrokenProtocol(
      "a first-value rise with a measure",
      tables: rule("measure = \"spo2\"\nrise-from-first-percent = 50"),
      expect: ["rise-from-first-percent goes with lab, not with measure"]),
    BrokenProtocol(
      "a band without its upper bound", tables: rule("lab = \"igg\"\nat-least = 150"),
      expect: ["at-least goes with below for a band"]),
    BrokenProtocol(
      "a band upside down", tables: rule("lab = \"igg\"\nat-least = 400\nbelow = 150"),
      expect: ["below must be above at-least for a band"]),
    BrokenProtocol(
      "a rise step without rising", tables: rule("lab = \"igg\"\nat-most = 400\nrise-step = 50"),
      expect: ["rise-step goes with rising = true"]),
    BrokenProtocol(
      "a unit the lab does not know", tables: rule("lab = \"igg\"\nat-most = 4\nunit = \"g/dL\""),
      expect: [#"unit "g/dL" is not a unit of lab "igg" (one of: mg/dL, g/L)"#]),
    BrokenProtocol(
      "threshold in the wrong unit", tables: rule("lab = \"neutrophils\"\nbelow = 500"),
      expect: ["below 500 10^9/L is not a plausible neutrophils value (0–100 10^9/L)"]),
    BrokenProtocol(
      "unit with rising", tables: rule("lab = \"igg\"\nrising = true\nunit = \"g/L\""),
      expect: ["unit goes with at-most, below, at-least or returned-above, not with rising"]),
    BrokenProtocol(
      "rising = false", tables: rule("lab = \"igg\"\nrising = false"),
      expect: ["rising can only be true"]),
    BrokenProtocol(
      "percent as a fraction", tables: rule("lab = \"igg\"\nrise-from-first-percent = 0"),
      expect: ["rise-from-first-percent 0 is outside 0–1000"]),
  ]

  @Test(arguments: broken) func refused(_ broken: BrokenProtocol) {
    #expect {
      try CareProtocol(toml: broken.text, fileName: "test.toml")
    } throws: { error in
      broken.fragments.allSatisfy { "\(error)".contains($0) }
    }
  }
}
