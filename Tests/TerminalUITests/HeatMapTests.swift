import Testing

@testable import TerminalUI

private let rows = [
  HeatMap.Row(name: "chills", values: [0, 1, 2, 0, nil, 0, 0]),
  HeatMap.Row(name: "headache", values: [0, 0, 3, 4, 0, nil, 1]),
  HeatMap.Row(name: "confusion or word-finding trouble", values: [0, 0, 0, 0, 0, 0, 2]),
]

private func render(_ map: HeatMap, width: Int, height: Int) -> CellBuffer {
  var buffer = CellBuffer(size: Size(width: width, height: height))
  map.render(into: &buffer, x: 0, y: 0, width: width, height: height)
  return buffer
}

@Suite struct HeatMapTests {
  @Test func aWeekAt80Columns() {
    let buffer = render(HeatMap(rows: rows), width: 80, height: 5)
    #expect(
      buffer.lines == [
        "chills                      ·  1  2  ·     ·  ·",
        "headache                    ·  ·  3  4  ·     1",
        "confusion or word-finding…  ·  ·  ·  ·  ·  ·  2",
        "",
        "· none  1 mild  2 moderate  3 severe  4 very severe  blank: not logged",
      ])
  }

  /// A sign logged only as happened shows `x` the days it happened, never a severity digit
  /// (its 1 is "yes", not "mild"), and the legend says so first; in words too.
  @Test func aSignThatOnlyHappensShowsItsMarkAndTheLegendSaysIt() {
    let map = HeatMap(rows: [
      HeatMap.Row(name: "chills", values: [0, 1, nil]),
      HeatMap.Row(name: "fainting", values: [nil, 1, nil], happensOnly: true),
    ])
    let buffer = render(map, width: 80, height: 4)
    #expect(
      buffer.lines == [
        "chills    ·  1",
        "fainting     x",
        "",
        "x yes  · none  1 mild  2 moderate  3 severe  4 very severe  blank: not logged",
      ])
    #expect(buffer[13, 1] == Cell("x", style: Style(.heat3)))
    #expect(buffer[0, 3] == Cell("x", style: Style(.heat3)))
    #expect(
      map.sentences() == [
        "chills: none, mild, not logged.", "fainting: not logged, yes, not logged.",
      ])
  }

  /// Each severity has its digit and its role, across the whole cell (a block of colour).
  @Test func cellsCarryADigitAndAHeatRole() {
    let buffer = render(HeatMap(rows: rows), width: 80, height: 5)
    // Headache, day 3 (severe) and day 4 (very severe): cells 3 wide from column 27.
    #expect(buffer[34, 1] == Cell("3", style: Style(.heat3)))
    #expect(buffer[33, 1].style == Style(.heat3) && buffer[35, 1].style == Style(.heat3))
    #expect(buffer[37, 1] == Cell("4", style: Style(.heat4)))
    #expect(buffer[31, 0] == Cell("1", style: Style(.heat1)))
    #expect(buffer[34, 0] == Cell("2", style: Style(.heat2)))
    #expect(buffer[28, 0] == Cell("·", style: Style(.muted)))
    #expect(buffer[40, 0] == Cell(" "))
    // The legend's marks are styled as the cells they explain.
    #expect(buffer[8, 4] == Cell("1", style: Style(.heat1)))
    #expect(buffer[38, 4] == Cell("4", style: Style(.heat4)))
  }

  @Test(arguments: [
    (nil, " ", ColorRole.normal), (0, "·", .muted), (1, "1", .heat1), (2, "2", .heat2),
    (3, "3", .heat3), (4, "4", .heat4), (7, "?", .warning), (-1, "?", .warning),
  ])
  func everyValueHasAGlyph(value: Int?, glyph: String, role: ColorRole) {
    #expect(HeatMap(rows: []).cell(value) == Cell(glyph, style: Style(role)))
  }

  /// Narrow, a cell shows the worst of two days: every day logged still shows (issue 19: at 90
  /// days the rows showed names with no values, the days logged being off the left edge).
  @Test func narrowWidthsClipNamesShowEveryDayAndShortenTheLegend() {
    let forty = render(HeatMap(rows: rows), width: 40, height: 4)
    #expect(
      forty.lines == [
        "chills         ·  1  2  ·     ·  ·",
        "headache       ·  ·  3  4  ·     1",
        "confusion or…  ·  ·  ·  ·  ·  ·  2",
        "· none  1 mild  …  4 very severe",
      ])
    let twelve = render(HeatMap(rows: rows), width: 12, height: 4)
    #expect(
      twelve.lines == [
        "chills ·2··",
        "heada… ·341",
        "confu… ···2",
        "· none  1 mi",
      ])
  }

  @Test func rowsThatDoNotFitLeaveRoomForTheLegend() {
    let buffer = render(HeatMap(rows: rows), width: 80, height: 3)
    #expect(buffer.lines[0].hasPrefix("chills"))
    #expect(buffer.lines[1].hasPrefix("headache"))
    #expect(buffer.lines[2].hasPrefix("· none  1 mild"))
  }

  @Test func shortRowsAreBlankWhereTheyHaveNoDay() {
    let map = HeatMap(
      rows: [HeatMap.Row(name: "a", values: [1, 2, 3]), HeatMap.Row(name: "b", values: [4])],
      glyphs: .ascii)
    let buffer = render(map, width: 20, height: 3)
    #expect(Array(buffer.lines.prefix(2)) == ["a  1  2  3", "b  4"])
  }

  @Test func drawsOnlyInsideItsRectangle() {
    var buffer = CellBuffer(size: Size(width: 30, height: 6))
    buffer.fill(x: 0, y: 0, width: 30, height: 6, style: Style(.banner))
    HeatMap(rows: rows).render(into: &buffer, x: 2, y: 1, width: 4, height: 3)
    #expect(buffer.lines[1] == "  chi…")
    for y in 0..<6 {
      for x in 0..<30 where !(2..<6).contains(x) || !(1..<4).contains(y) {
        #expect(buffer[x, y] == Cell(" ", style: Style(.banner)), "at \(x), \(y)")
      }
    }
  }

  @Test func noRowsStillExplainTheMarks() {
    let buffer = render(HeatMap(rows: []), width: 80, height: 2)
    #expect(
      buffer.lines == [
        "", "· none  1 mild  2 moderate  3 severe  4 very severe  blank: not logged",
      ])
  }
}
