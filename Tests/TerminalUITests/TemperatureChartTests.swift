import Testing

@testable import TerminalUI

/// A week with one reading missing, one fever on the line and one above it.
private let week: [Double?] = [36.8, 37.1, nil, 38.4, 39.1, 37.6, 36.9]

private func render(_ chart: TemperatureChart, width: Int, height: Int) -> CellBuffer {
  var buffer = CellBuffer(size: Size(width: width, height: height))
  chart.render(into: &buffer, x: 0, y: 0, width: width, height: height)
  return buffer
}

/// Where a glyph stands in the buffer, as (x, y), top to bottom, left to right.
private func positions(of glyph: String, in buffer: CellBuffer) -> [[Int]] {
  (0..<buffer.size.height).flatMap { y in
    (0..<buffer.size.width).filter { buffer[$0, y].text == glyph }.map { [$0, y] }
  }
}

@Suite struct TemperatureChartTests {
  @Test func aWeekAt60x12() {
    let buffer = render(TemperatureChart(values: week), width: 60, height: 12)
    #expect(
      buffer.lines == [
        "40.0 │",
        "39.5 │",
        "39.0 │                           ▲",
        "38.5 │",
        "38.0 │─────────────────────▲──────────────── 38.0 fever line",
        "37.5 │                                 •",
        "37.0 │         •",
        "36.5 │   •                                   •",
        "36.0 │",
        "35.5 │",
        "  °C └───┬─────┬─────┬─────┬─────┬─────┬─────┬──────────────",
        "         1     2     3     4     5     6     7",
      ])
    // Day 4 (38.4) is on the line, day 5 (39.1) above it: both marked, in the urgent role.
    #expect(positions(of: "▲", in: buffer) == [[33, 2], [27, 4]])
    #expect(buffer[27, 4].style == Style(.urgent, bold: true))
    #expect(buffer[33, 2].style.role == .urgent)
    #expect(buffer[9, 7].style == Style(.chart))
    #expect(buffer[6, 4].style.role == .threshold && buffer[50, 4].style.role == .threshold)
    #expect(buffer[0, 4].style == Style(.threshold, bold: true))
    #expect(buffer[0, 3].style == Style(.muted))
    #expect(buffer[5, 0].style.role == .border)
  }

  @Test func aWeekAt40x8() {
    let buffer = render(TemperatureChart(values: week), width: 40, height: 8)
    #expect(
      buffer.lines == [
        "39.0 │                  ▲",
        "38.5 │",
        "38.0 │──────────────▲─── 38.0 fever line",
        "37.5 │                      •",
        "37.0 │      •",
        "36.5 │  •                       •",
        "  °C └──┬───┬───┬───┬───┬───┬───┬───────",
        "        1   2   3   4   5   6   7",
      ])
    #expect(positions(of: "▲", in: buffer) == [[24, 0], [20, 2]])
  }

  @Test func noReadingsSaySoAndStillDrawTheLine() {
    let buffer = render(TemperatureChart(values: [nil, nil, nil]), width: 40, height: 8)
    #expect(
      buffer.lines == [
        "39.0 │",
        "38.5 │",
        "38.0 │────────────────── 38.0 fever line",
        "37.5 │",
        "37.0 │",
        "36.5 │  No temperatures in this period",
        "  °C └───┬─────┬─────┬──────────────────",
        "         1     2     3",
      ])
    #expect(positions(of: "▲", in: buffer).isEmpty && positions(of: "•", in: buffer).isEmpty)
    let empty = render(TemperatureChart(values: []), width: 40, height: 8)
    #expect(empty.lines[5].contains(TemperatureChart.emptyMessage))
  }

  /// 38.0 is a fever and sits on the line; 37.9 is not, and sits below it.
  @Test func theThresholdItselfIsMarkedAndJustBelowIsNot() {
    let buffer = render(TemperatureChart(values: [37.9, 38.0]), width: 40, height: 8)
    let line = buffer.lines.firstIndex { $0.hasPrefix("38.0") }
    #expect(positions(of: "▲", in: buffer).map { $0[1] } == [line])
    #expect(positions(of: "•", in: buffer).map { $0[1] } == [line.map { $0 + 1 }])
  }

  /// A reading under the words on the line would be hidden, so the words move to the left end.
  @Test func theWordsMakeWayForAFeverAtTheRightEnd() {
    let buffer = render(
      TemperatureChart(values: [36.8, 36.9, 37.0, 36.9, 38.2]), width: 40, height: 8)
    #expect(buffer.lines[1] == "38.0 │38.0 fever line ───────────▲──────")
    #expect(buffer[6, 1].style == Style(.threshold))
  }

  /// 90 days in 34 columns: three days a column, each showing its highest reading, so the one
  /// fever on day 51 still shows; the 30 columns spread over all 34.
  @Test func aFeverIsNeverAveragedAway() {
    let quarter: [Double?] = (0..<90).map { day in day == 50 ? 39.4 : (day % 3 == 0 ? nil : 36.9) }
    let buffer = render(TemperatureChart(values: quarter), width: 40, height: 8)
    #expect(positions(of: "▲", in: buffer) == [[6 + (50 / 3) * 34 / 30, 0]])
    #expect(buffer.lines[0] == "39.0 │                  ▲")
    #expect(buffer.lines[7] == "        9  18  27 36 45  54 63  72 81 90")
    #expect(positions(of: "•", in: buffer).count == 29)
  }

  @Test func dayLabelsAreTheCallersAndTheLastIsAlwaysShown() {
    let labels = (12...41).map { "+\($0)" }
    let month: [Double?] = Array(repeating: 36.8, count: 30)
    let buffer = render(
      TemperatureChart(values: month, dayLabels: labels), width: 60, height: 12)
    let ticks = buffer.lines[11]
    #expect(ticks.hasSuffix("+41"))
    #expect(ticks.split(separator: " ").allSatisfy { labels.contains(String($0)) })
    #expect(ticks.split(separator: " ").count >= 5)
  }

  @Test func asciiGlyphsForTerminalsWithoutUTF8() {
    let buffer = render(
      TemperatureChart(values: [38.0, 38.2, 37.9], glyphs: .ascii), width: 40, height: 8)
    #expect(buffer.lines[2] == "38.0 |---^-----^-------- 38.0 fever line")
    #expect(buffer.lines[3] == "37.5 |               o")
    #expect(buffer.lines[6] == "  °C +---+-----+-----+------------------")
  }

  @Test func tooSmallSaysSo() {
    let buffer = render(TemperatureChart(values: week), width: 19, height: 8)
    #expect(buffer.lines[0] == "Chart needs 20x5")
    #expect(buffer.lines.dropFirst().allSatisfy { $0.isEmpty })
    let wordyUnit = TemperatureChart(values: week, unit: "degrees Celsius, measured by mouth")
    #expect(render(wordyUnit, width: 30, height: 8).lines[0] == "Chart needs 20x5")
  }

  @Test func drawsOnlyInsideItsRectangle() {
    var buffer = CellBuffer(size: Size(width: 50, height: 10))
    buffer.fill(x: 0, y: 0, width: 50, height: 10, style: Style(.banner))
    TemperatureChart(values: week).render(into: &buffer, x: 5, y: 1, width: 40, height: 8)
    #expect(buffer[4, 3].style == Style(.banner) && buffer[45, 3].style == Style(.banner))
    #expect(buffer[10, 0].style == Style(.banner) && buffer[10, 9].style == Style(.banner))
    #expect(buffer.line(3).dropFirst(5).hasPrefix("38.0 │"))
  }
}
