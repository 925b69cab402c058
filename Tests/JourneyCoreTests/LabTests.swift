import Testing

@testable import JourneyCore

/// The `[[lab]]` tables of the shipped protocol: units, conversions, reference ranges, refusals.
struct LabTests {
  static let care: CareProtocol = {
    guard let care = try? CareProtocol.builtIn(named: "cd19-sle") else {
      fatalError("the shipped protocol does not load")
    }
    return care
  }()

  @Test("the shipped protocol follows the labs the issues list, each in one unit")
  func shippedLabs() {
    #expect(
      LabTests.care.labs.map(\.id) == [
        "anti-dsdna", "c3", "c4", "upcr", "creatinine", "egfr", "igg", "cd19-b-cells", "cd4",
        "neutrophils", "lymphocytes", "haemoglobin", "platelets", "ferritin", "fibrinogen", "alt",
        "ast", "triglycerides", "ldh", "crp", "troponin",
      ])
  }

  /// The LOINC codes issue #14 lists, as clinical.md §10 gives them (creatinine [V] §7, the
  /// others [S]); eGFR (formula-dependent) and lymphocytes (not in clinical.md) have none.
  @Test(
    arguments: [
      ("c3", "4485-9"), ("c4", "4498-2"), ("igg", "2465-3"), ("upcr", "2890-2"),
      ("anti-dsdna", "5130-0"), ("neutrophils", "751-8"), ("cd19-b-cells", "8116-6"),
      ("ferritin", "2276-4"), ("platelets", "777-3"), ("haemoglobin", "718-7"),
      ("creatinine", "2160-0"), ("cd4", "24467-3"), ("fibrinogen", "3255-7"), ("alt", "1742-6"),
      ("ast", "1920-8"), ("triglycerides", "2571-8"), ("ldh", "2532-0"), ("crp", "1988-5"),
      ("troponin", "10839-9"), ("egfr", nil), ("lymphocytes", nil),
    ] as [(String, String?)])
  func loinc(_ lab: String, _ code: String?) throws {
    #expect(try #require(LabTests.care.lab(named: lab)).loinc == code)
  }

  /// Every code the protocol and the FHIR vital signs use carries the check digit LOINC's mod 10
  /// gives it; one digit wrong, two swapped, or the wrong shape, is not a LOINC code.
  @Test(arguments: [
    ("2160-0", true), ("24467-3", true), ("10839-9", true), ("85354-9", true), ("59408-5", true),
    ("8310-5", true), ("751-8", true), ("2160-1", false), ("2610-0", false), ("4485-8", false),
    ("24476-3", false), ("2160", false), ("2160-", false), ("-0", false), ("2160-0-1", false),
    ("12345678-9", false), ("216O-0", false),
  ])
  func loincCheckDigit(code: String, valid: Bool) {
    #expect(LabDefinition.isLOINC(code) == valid)
  }

  @Test func everyShippedLOINCCodeHasItsCheckDigit() {
    let codes = LabTests.care.labs.compactMap(\.loinc)
    #expect(codes.count == 19)
    #expect(codes.allSatisfy(LabDefinition.isLOINC))
  }

  @Test func theShippedProtocolTreatsSLE() {
    #expect(
      LabTests.care.condition
        == TreatedCondition(label: "Systemic lupus erythematosus", snomed: "55464009"))
    #expect(LabTests.care.centre == nil)
  }

  struct Conversion: CustomStringConvertible, Sendable {
    var typed: String
    var lab: String
    /// In the protocol's unit.
    var value: Double
    var unit: String
    var description: String { typed }
  }

  static let conversions: [Conversion] = [
    Conversion(typed: "igg=6.2g/L", lab: "igg", value: 620, unit: "g/L"),
    Conversion(typed: "IgG = 620 mg/dL", lab: "igg", value: 620, unit: "mg/dL"),
    Conversion(typed: "igg=620", lab: "igg", value: 620, unit: "mg/dL"),
    Conversion(typed: "igg=4,0 g/l", lab: "igg", value: 400, unit: "g/L"),
    Conversion(typed: "creatinine=88.4µmol/L", lab: "creatinine", value: 1, unit: "µmol/L"),
    Conversion(typed: "creatinine=97.24umol/l", lab: "creatinine", value: 1.1, unit: "µmol/L"),
    Conversion(typed: "creatinine=1.1mg/dL", lab: "creatinine", value: 1.1, unit: "mg/dL"),
    Conversion(typed: "c3=0.9g/L", lab: "c3", value: 90, unit: "g/L"),
    Conversion(typed: "neutrophils=0.45 10^9/L", lab: "neutrophils", value: 450, unit: "10^9/L"),
    Conversion(typed: "haemoglobin=125g/L", lab: "haemoglobin", value: 12.5, unit: "g/L"),
    Conversion(typed: "upcr=350mg/g", lab: "upcr", value: 0.35, unit: "mg/g"),
    // The units clinics print (issue #14): x10^9/L, G/L, /nL for counts; mg/mmol for UPCR.
    Conversion(typed: "neutrophils=0.49x10^9/L", lab: "neutrophils", value: 490, unit: "x10^9/L"),
    Conversion(typed: "neutrophils=0.49 ×10⁹/L", lab: "neutrophils", value: 490, unit: "x10^9/L"),
    Conversion(typed: "neutrophils=1.2G/L", lab: "neutrophils", value: 1200, unit: "G/L"),
    Conversion(typed: "neutrophils=1.2/nL", lab: "neutrophils", value: 1200, unit: "/nL"),
    Conversion(typed: "cd19-b-cells=0.02x10^9/L", lab: "cd19-b-cells", value: 20, unit: "x10^9/L"),
    Conversion(typed: "cd4=0.21G/L", lab: "cd4", value: 210, unit: "G/L"),
    Conversion(typed: "lymphocytes=0.8/nL", lab: "lymphocytes", value: 800, unit: "/nL"),
    Conversion(typed: "platelets=45G/L", lab: "platelets", value: 45, unit: "G/L"),
    Conversion(typed: "platelets=45x10^9/L", lab: "platelets", value: 45, unit: "x10^9/L"),
    Conversion(typed: "platelets=45000/µL", lab: "platelets", value: 45, unit: "/µL"),
    Conversion(typed: "upcr=113.12mg/mmol", lab: "upcr", value: 1, unit: "mg/mmol"),
    Conversion(typed: "haemoglobin=5mmol/L", lab: "haemoglobin", value: 8.055, unit: "mmol/L"),
    // The inflammation and organ panel.
    Conversion(typed: "ferritin=620µg/L", lab: "ferritin", value: 620, unit: "µg/L"),
    Conversion(typed: "fibrinogen=1.5g/L", lab: "fibrinogen", value: 150, unit: "g/L"),
    Conversion(typed: "triglycerides=2mmol/L", lab: "triglycerides", value: 177.14, unit: "mmol/L"),
    Conversion(typed: "crp=2.5mg/dL", lab: "crp", value: 25, unit: "mg/dL"),
    Conversion(typed: "troponin=0.04ng/mL", lab: "troponin", value: 40, unit: "ng/mL"),
    Conversion(typed: "alt=120", lab: "alt", value: 120, unit: "U/L"),
    Conversion(typed: "ldh=480U/L", lab: "ldh", value: 480, unit: "U/L"),
  ]

  @Test("a value typed in another unit is stored in the protocol's unit", arguments: conversions)
  func typedToStored(_ row: Conversion) throws {
    let result = try Reading.lab(row.typed, care: LabTests.care)
    #expect(result.lab == row.lab)
    #expect(abs(result.value - row.value) < 1e-6)
    #expect(result.typedUnit == row.unit)
  }

  @Test("and converts back to the unit it was typed in", arguments: conversions)
  func storedToTyped(_ row: Conversion) throws {
    let result = try Reading.lab(row.typed, care: LabTests.care)
    let lab = try #require(LabTests.care.lab(named: row.lab))
    let back = try #require(lab.converted(result.value, to: row.unit))
    #expect(abs(back - result.typedValue) < 1e-6)
  }

  @Test(
    "the factors the issue names: IgG g/L × 100 = mg/dL, creatinine µmol/L ÷ 88.4 = mg/dL",
    arguments: [("igg", "g/L", 100.0), ("creatinine", "µmol/L", 1 / 88.4), ("igg", "mg/dL", 1)])
  func factors(_ lab: String, _ unit: String, _ factor: Double) throws {
    let definition = try #require(LabTests.care.lab(named: lab))
    #expect(try #require(definition.factor(forUnit: unit)) == factor)
  }

  @Test(
    "reference ranges: below, at the bounds, inside and above",
    arguments: [
      ("igg", 699.0, LabDefinition.RangeStatus.low), ("igg", 700, .normal), ("igg", 1000, .normal),
      ("igg", 1600, .normal), ("igg", 1601, .high), ("creatinine", 0.5, .low),
      ("creatinine", 1.3, .high), ("neutrophils", 450, .low), ("neutrophils", 4000, .normal),
      ("platelets", 90, .low), ("platelets", 450, .high), ("egfr", 59, .low),
      ("egfr", 150, .normal), ("upcr", 0.1, .normal), ("upcr", 1.5, .high),
      ("anti-dsdna", 300, .noRange),
    ])
  func ranges(_ lab: String, _ value: Double, _ status: LabDefinition.RangeStatus) throws {
    #expect(try #require(LabTests.care.lab(named: lab)).status(of: value) == status)
  }

  /// Every lab's reference range as the shipped protocol gives it (bounds included), each bound
  /// on both sides; a lab given a range in the protocol but missing here fails the last test.
  static let shippedRanges: [(lab: String, low: Double?, high: Double?)] = [
    ("c3", 90, 180), ("c4", 10, 40), ("upcr", nil, 0.2), ("creatinine", 0.6, 1.2),
    ("egfr", 60, nil), ("igg", 700, 1600), ("cd19-b-cells", 100, 500), ("cd4", 500, 1500),
    ("neutrophils", 1800, 7500), ("lymphocytes", 1000, 4000), ("haemoglobin", 12, 17.5),
    ("platelets", 150, 400), ("ferritin", 15, 400), ("fibrinogen", 200, 400), ("alt", nil, 45),
    ("ast", nil, 40), ("triglycerides", nil, 150), ("ldh", nil, 250), ("crp", nil, 5),
  ]

  @Test(arguments: shippedRanges)
  func everyRangeOnBothSidesOfEachBound(_ range: (lab: String, low: Double?, high: Double?))
    throws
  {
    let lab = try #require(LabTests.care.lab(named: range.lab))
    if let low = range.low {
      #expect(lab.status(of: low) == .normal, "\(range.lab) at \(low)")
      #expect(lab.status(of: low - 0.01) == .low, "\(range.lab) below \(low)")
    }
    if let high = range.high {
      #expect(lab.status(of: high) == .normal, "\(range.lab) at \(high)")
      #expect(lab.status(of: high + 0.01) == .high, "\(range.lab) above \(high)")
    }
    #expect(lab.low == range.low && lab.high == range.high)
  }

  @Test func everyLabWithARangeIsInTheTable() {
    let ranged = LabTests.care.labs.filter { $0.low != nil || $0.high != nil }.map(\.id)
    #expect(ranged.sorted() == LabTests.shippedRanges.map(\.lab).sorted())
  }

  /// A value typed without a unit that is not plausible in the protocol's unit is refused with
  /// the units that would be accepted, never guessed (issue #14).
  @Test(arguments: [
    (
      "neutrophils=0.49",
      "neutrophils=0.49 has no unit, and 0.49 /µL is not plausible (0.49 x10^9/L would be "
        + "490 /µL): type the unit, one of /µL, cells/µL, x10^9/L, 10^9/L, G/L, /nL, "
        + "e.g. neutrophils=0.49x10^9/L"
    ),
    (
      "cd19-b-cells=0.02",
      "cd19-b-cells=0.02 has no unit, and 0.02 cells/µL is not plausible (0.02 x10^9/L would be 20 cells/µL)"
    ),
    ("cd4=0.2", "cd4=0.2 has no unit"),
    ("neutrophils=3", "neutrophils=3 has no unit"),
    ("platelets=150000", "plausible range 0–2000 10^9/L; check for a typo or the unit"),
    // Labs in mass units, each just past its edge; the other side is in aPlausibleValueNeedsNoUnit.
    (
      "igg=6.2",
      "igg=6.2 has no unit, and 6.2 mg/dL is not plausible (6.2 g/L would be 620 mg/dL): type "
        + "the unit, one of mg/dL, g/L, e.g. igg=6.2g/L"
    ),
    ("igg=39.9", "igg=39.9 has no unit"),
    ("c3=0.9", "(0.9 g/L would be 90 mg/dL)"), ("c3=9.9", "c3=9.9 has no unit"),
    ("c4=0.13", "(0.13 g/L would be 13 mg/dL)"), ("c4=0.99", "c4=0.99 has no unit"),
    ("fibrinogen=2.4", "(2.4 g/L would be 240 mg/dL)"),
    ("fibrinogen=14.9", "fibrinogen=14.9 has no unit"),
    ("troponin=0.04", "(0.04 ng/mL would be 40 ng/L)"),
    ("troponin=0.99", "troponin=0.99 has no unit"),
    (
      "upcr=40",
      "upcr=40 has no unit, and 40 g/g is not plausible (40 mg/g would be 0.04 g/g): type the "
        + "unit, one of g/g, mg/g, mg/mg, mg/mmol, e.g. upcr=40mg/g"
    ),
    ("upcr=30.1", "upcr=30.1 has no unit"),
    ("haemoglobin=120", "plausible range 2–25 g/dL"),
  ])
  func aUnitIsNeverGuessed(_ typed: String, _ says: String) {
    #expect {
      try Reading.lab(typed, care: LabTests.care)
    } throws: { error in
      "\(error)".contains(says)
    }
  }

  @Test(arguments: [
    "neutrophils=0", "neutrophils=50", "neutrophils=1800", "cd19-b-cells=0", "cd19-b-cells=2",
    "cd4=150", "igg=40", "igg=150", "c3=10", "c4=1", "fibrinogen=15", "troponin=1",
    "troponin=0", "upcr=30", "upcr=0.61", "upcr=0",
  ])
  func aPlausibleValueNeedsNoUnit(_ typed: String) throws {
    let result = try Reading.lab(typed, care: LabTests.care)
    #expect(result.value == result.typedValue)
  }

  @Test(
    "refused: unknown lab (with the closest), unknown unit, impossible value, no value",
    arguments: [
      ("ig=6", "did you mean: igg"), ("creatinin=1", "did you mean: creatinine"),
      ("igg=6.2mmol/L", "use mg/dL, g/L"), ("igg=62000", "plausible range 0–6000 mg/dL"),
      ("creatinine=1100mg/dL", "plausible range 0.05–30 mg/dL"), ("igg=-5", "not a number"),
      ("igg", "NAME=VALUE[UNIT]"), ("igg=", "NAME=VALUE[UNIT]"),
    ])
  func refusals(_ typed: String, _ says: String) {
    #expect {
      try Reading.lab(typed, care: LabTests.care)
    } throws: { error in
      "\(error)".contains(says)
    }
  }

  @Test(
    "number format: up to two decimals, no trailing zeros",
    arguments: [(620.0, "620"), (1.0973, "1.1"), (0.25, "0.25"), (0.05, "0.05"), (12.5, "12.5")])
  func format(_ value: Double, _ text: String) {
    #expect(LabDefinition.format(value) == text)
  }
}
