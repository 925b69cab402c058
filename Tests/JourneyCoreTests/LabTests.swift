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

  @Test("the shipped protocol follows the labs the issue lists, each in one unit")
  func shippedLabs() {
    #expect(
      LabTests.care.labs.map(\.id) == [
        "anti-dsdna", "c3", "c4", "upcr", "creatinine", "egfr", "igg", "cd19-b-cells",
        "neutrophils", "lymphocytes", "haemoglobin", "platelets",
      ])
    #expect(LabTests.care.lab(named: "creatinine")?.loinc == "2160-0")
    // Only creatinine's LOINC is verified (clinical.md §7); no other code may be guessed.
    #expect(LabTests.care.labs.filter { $0.loinc != nil }.map(\.id) == ["creatinine"])
    #expect(
      LabTests.care.remission == RemissionSettings(prednisoloneMaxMg: 5, physicianGlobalBelow: 0.5))
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
