import JourneyCore

extension TrendsScreen {
  /// Sentences in an accessible frame: each wrapped to the area's width (continuation lines
  /// indented), from row `y` to the area's end at most. When they do not all fit, the last row
  /// says how many lines were left out instead. Each of `keeping` (a value with its unit)
  /// stays on one line. Returns the next row and whether all fitted.
  static func put(
    sentences: [String], keeping: [String] = [], into buffer: inout CellBuffer, area: Area,
    y start: Int
  ) -> (next: Int, whole: Bool) {
    let width = area.width - 2
    let lines = sentences.flatMap { sentence in
      Wrap.lines(sentence, width: width - 2, keeping: keeping).enumerated().map {
        ($0 == 0 ? "" : "  ") + $1
      }
    }
    let rows = max(0, area.y + area.height - start)
    let whole = lines.count <= rows
    var shown = lines.prefix(rows)
    if !whole, rows > 0 {
      shown = shown.dropLast()
      let left = lines.count - shown.count
      shown.append(
        trn(
          "(%d more line left out: a taller terminal shows it)",
          "(%d more lines left out: a taller terminal shows them)", count: left))
    }
    var y = start
    for line in shown {
      buffer.put(line, x: 1, y: y, style: Style(.normal), maxWidth: width)
      y += 1
    }
    return (y, whole)
  }
}
