import JourneyCore
import Testing

@testable import TerminalUI

/// The charts and the heat map in words, as accessible frames say them.
@Suite struct ChartSentencesTests {
  /// Each side of the fever line, and on it, in °C and in °F.
  @Test(
    arguments: [
      (
        TemperatureUnit.celsius, [37.0, nil, nil, 38.0, 38.1],
        "37.0, no reading for 2 days, 38.0 (at the fever line), 38.1 (above the fever line)",
        "at or above the fever line (38.0 °C) on 2 days: +4, +5."
      ),
      (
        TemperatureUnit.fahrenheit, [37.0, nil, nil, 38.0, 38.1],
        "98.6, no reading for 2 days, 100.4 (at the fever line), 100.6 (above the fever line)",
        "at or above the fever line (100.4 °F) on 2 days: +4, +5."
      ),
      (
        TemperatureUnit.celsius, [37.9, 37.9, nil, 37.2, nil],
        "37.9 for 2 days, no reading, 37.2, no reading",
        "no day at or above the fever line (38.0 °C)."
      ),
      (
        TemperatureUnit.fahrenheit, [37.9, 37.9, nil, 37.2, nil],
        "100.2 for 2 days, no reading, 99.0, no reading",
        "no day at or above the fever line (100.4 °F)."
      ),
    ] as [(TemperatureUnit, [Double?], String, String)])
  func temperatures(unit: TemperatureUnit, celsius: [Double?], days: String, fever: String) {
    let chart = TemperatureChart(
      values: celsius.map { $0.map(unit.value(fromCelsius:)) },
      threshold: unit.value(fromCelsius: 38.0), unit: unit.symbol,
      dayLabels: ["+1", "+2", "+3", "+4", "+5"])
    #expect(
      chart.sentences(period: "last 5 days") == [
        "Temperature, last 5 days (+1 to +5): \(fever)",
        "Highest temperature each day, last 5 days, in \(unit.symbol): \(days).",
      ])
  }

  @Test func noReadingAtAll() {
    let chart = TemperatureChart(values: [nil, nil, nil], dayLabels: ["+1", "+2", "+3"])
    #expect(
      chart.sentences(period: "last 3 days") == [
        "Temperature, last 3 days (+1 to +3): no reading on any day."
      ])
  }

  @Test func symptomsBySeverityInWords() {
    let map = HeatMap(rows: [
      HeatMap.Row(name: "Headache", values: [nil, nil, 1, 4, 4, 0]),
      HeatMap.Row(name: "Cough", values: [2]),
    ])
    #expect(
      map.sentences() == [
        "Headache: not logged for 2 days, mild, very severe for 2 days, none.",
        "Cough: moderate, not logged for 5 days.",
      ])
  }

  @Test func aLabAgainstItsRange() throws {
    let care = Fixture.care
    let igg = try #require(care.lab(named: "igg"))
    let chart = LabChart(lab: igg, values: [520, 700, 1700], labels: ["+90", "+135", "+180"])
    #expect(
      chart.sentence()
        == "IgG at each visit, oldest first, in mg/dL: 520 on +90 (low), 700 on +135 "
        + "(in range), 1700 on +180 (high).")
  }
}
