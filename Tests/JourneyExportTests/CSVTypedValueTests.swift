import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

/// What a person typed, beside what is stored (issue 18): `100.8F` is 38.22 `Cel` in `value`
/// and `unit`, and 100.8 `[degF]` in `typed_value` and `typed_unit`, in `export csv` and
/// `timeline --csv` alike, in a °C journey and a °F one. A lab's one-sided reference range
/// reads `≤ 0.2`, as the visit report writes it.
@Suite struct CSVTypedValueTests {
  static let day = DemoInput.date("2026-11-21")

  /// What was logged, the journey's unit, and the row's value, unit, typed value and unit.
  static let typed: [(Entry.Body, TemperatureUnit, [String])] = [
    (.temperature(celsius: 38.2, asTyped: "38.2"), .celsius, ["38.2", "Cel", "38.2", "Cel"]),
    (
      .temperature(celsius: 38.2222, asTyped: "100.8F"), .celsius,
      ["38.22", "Cel", "100.8", "[degF]"]
    ),
    (
      .temperature(celsius: 38.2222, asTyped: "100.8"), .fahrenheit,
      ["38.22", "Cel", "100.8", "[degF]"]
    ),
    (.temperature(celsius: 38.2, asTyped: "38,2 °C"), .fahrenheit, ["38.2", "Cel", "38.2", "Cel"]),
    // A line written before the typed text was kept: the stored value, in both.
    (.temperature(celsius: 37.5, asTyped: ""), .celsius, ["37.5", "Cel", "37.5", "Cel"]),
    // Typed text that does not give the stored value back is not shown as typed.
    (.temperature(celsius: 37.5, asTyped: "39.1"), .celsius, ["37.5", "Cel", "37.5", "Cel"]),
    (.weight(kilograms: 61.23, asTyped: "135lb"), .celsius, ["61.23", "kg", "135", "[lb_av]"]),
    (
      .weight(kilograms: 61.23, asTyped: "135 lbs"), .fahrenheit, ["61.23", "kg", "135", "[lb_av]"]
    ),
    (.weight(kilograms: 61.45, asTyped: "61,45 kg"), .celsius, ["61.45", "kg", "61.45", "kg"]),
    (.heartRate(bpm: 92), .celsius, ["92", "/min", "92", "/min"]),
    (.oxygenSaturation(percent: 97), .fahrenheit, ["97", "%", "97", "%"]),
    (.bloodPressure(systolic: 118, diastolic: 76), .celsius, ["", "mm[Hg]", "", ""]),
    (.note(text: "slept well"), .celsius, ["", "", "", ""]),
  ]

  /// The demo journey, shown in `unit` from before `day`, with `entries` on `day`.
  static func input(_ entries: [Entry], unit: TemperatureUnit) -> ExportInput {
    let at = Timestamp(date: day, secondOfDay: 3600, utcOffset: 3600)
    let settings = JourneyEvent(
      id: "unit", recordedAt: at, author: DemoJourney.nurse,
      body: .settings(teamPhone: nil, temperatureUnit: unit))
    var input = DemoInput.input(entries: entries, from: day, to: day)
    input.journey = Journey(events: DemoInput.demo.events + [settings])
    return input
  }

  /// `export csv` and `timeline --csv` (the same rows, with the entries they were made from).
  static func both(_ input: ExportInput) throws -> [[[String]]] {
    let items = Timeline.items(
      journey: input.journey, entries: input.entries, protocol: input.care, from: input.from,
      to: input.to)
    let table = CSVExport.Table(patient: input.journey.patient, care: input.care)
    let timeline = CSVExport.rows(items, header: true, table, entries: input.entries)
    return try [CSVExport.render(input), timeline].map { try #require(parseCSV($0)) }
  }

  @Test(arguments: typed)
  func valuesAsTypedBesideTheStoredOnes(
    body: Entry.Body, unit: TemperatureUnit, expected: [String]
  ) throws {
    let input = Self.input([DemoInput.entry("x", on: Self.day, body)], unit: unit)
    #expect(input.journey.temperatureUnit == unit)
    for rows in try Self.both(input) {
      #expect(rows.first?.suffix(2) == ["typed_value", "typed_unit"])
      let row = try #require(rows.first { $0[13] == "x" })
      #expect([row[6], row[7], row[21], row[22]] == expected)
    }
  }

  /// A visit's labs: each value in the protocol's unit, and as typed in the unit typed.
  @Test func labValuesAsTyped() throws {
    let labs = try ["igg=5.2g/L", "creatinine=97µmol/L", "crp=3"].map {
      try Reading.lab($0, care: DemoInput.care)
    }
    let input = Self.input([DemoInput.entry("l", on: Self.day, .labs(labs))], unit: .celsius)
    for rows in try Self.both(input) {
      #expect(
        rows.filter { $0[13] == "l" }.map { [$0[6], $0[7], $0[17], $0[21], $0[22]] } == [
          ["520", "mg/dL", "igg", "5.2", "g/L"],
          ["1.1", "mg/dL", "creatinine", "97", "µmol/L"],
          ["3", "mg/L", "crp", "3", "mg/L"],
        ])
    }
  }

  /// The reference range and flag of a lab value, in each dialect: one limit reads `≤ 0.2`,
  /// as the visit report writes it, never ` - 0.2`.
  @Test(arguments: [
    ("upcr=0.5", CSVExport.Dialect.standard, "≤ 0.2", "H"),
    ("upcr=0.5", .excel, "≤ 0,2", "H"),
    ("upcr=0.1", .standard, "≤ 0.2", ""),
    ("crp=3", .standard, "≤ 5", ""),
    ("igg=5.2g/L", .standard, "700 - 1600", "L"),
    ("creatinine=0.95", .excel, "0,6 - 1,2", ""),
  ])
  func oneLimitReadsAsInTheReport(
    typed: String, dialect: CSVExport.Dialect, range: String, flag: String
  ) throws {
    let lab = try Reading.lab(typed, care: DemoInput.care)
    let input = DemoInput.input(
      entries: [DemoInput.entry("l", on: Self.day, .labs([lab]))], from: Self.day, to: Self.day)
    let text = CSVExport.render(input, dialect: dialect)
    // No cell of this row holds the separator, so a split reads it.
    let separator = dialect == .excel ? ";" : ","
    let rows = text.components(separatedBy: "\r\n").map { $0.components(separatedBy: separator) }
    let row = try #require(rows.first { $0.count == CSVExport.header.count && $0[13] == "l" })
    #expect(row[17...19] == [lab.lab, range, flag])
  }

  /// The one formatter behind the report's and the CSV's ranges, for each kind of range.
  @Test(arguments: [
    (700.0, 1600.0, "700 - 1600", "700–1600"),
    (1.8, nil, "≥ 1.8", "≥ 1.8"),
    (nil, 150.0, "≤ 150", "≤ 150"),
    (nil, nil, "", "–"),
  ])
  func rangesWithOneLimitOrNone(low: Double?, high: Double?, csv: String, report: String) {
    let lab = LabDefinition(
      id: "x", label: "X", unit: "U", low: low, high: high, plausible: 0...10_000)
    #expect((lab.rangeText(between: " - ") { CSVExport.number($0, .standard) } ?? "") == csv)
    #expect(Report.rangeText(lab) == report)
  }
}
