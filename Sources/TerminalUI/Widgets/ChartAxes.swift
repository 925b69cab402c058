import JourneyCore

/// What the temperature chart and the lab chart draw alike: the y-axis with its labels, the
/// words on a line across the plot, and the ticks and labels under the x-axis.
enum ChartAxes {
  /// Where the y-axis and the plot go, right of the widest label; nil, having said so, when
  /// the rectangle is smaller than ``TemperatureChart/minimumSize``.
  static func plotArea(
    labels: [String], unit: String, into buffer: inout CellBuffer, x: Int, y: Int, width: Int,
    height: Int
  ) -> (axisX: Int, plot: (x: Int, width: Int))? {
    let labelWidth = (labels + [unit]).map { TextWidth.of(text: $0) }.max() ?? 0
    let axisX = x + labelWidth + 1
    let plot = (x: axisX + 1, width: x + width - axisX - 1)
    let minimum = TemperatureChart.minimumSize
    guard width >= minimum.width, height >= minimum.height, plot.width >= 2 else {
      buffer.put(
        tr("Chart needs %s", "\(minimum.width)x\(minimum.height)"), x: x, y: y,
        style: Style(.muted),
        maxWidth: width)
      return nil
    }
    return (axisX, plot)
  }

  /// The y-axis with its labels (the `marked` rows' in the threshold role), and the unit in the
  /// corner.
  static func drawAxes(
    into buffer: inout CellBuffer, labels: [String], marked: Set<Int>, unit: String, top: Int,
    axisX: Int, plot: (x: Int, width: Int), glyphs: Glyphs
  ) {
    for (row, label) in labels.enumerated() {
      let style = marked.contains(row) ? Style(.threshold, bold: true) : Style(.muted)
      buffer.put(label, x: axisX - 1 - TextWidth.of(text: label), y: top + row, style: style)
      buffer.put(glyphs.vertical, x: axisX, y: top + row, style: Style(.border))
    }
    let axisY = top + labels.count
    buffer.put(unit, x: axisX - 1 - TextWidth.of(text: unit), y: axisY, style: Style(.muted))
    buffer.put(glyphs.corner, x: axisX, y: axisY, style: Style(.border))
    buffer.put(
      String(repeating: glyphs.horizontal, count: plot.width), x: plot.x, y: axisY,
      style: Style(.border))
  }

  /// Words on a line across the plot (`38.0 fever line`), at its right end, else its left end,
  /// wherever no point sits; points win over the words.
  static func drawLineLabel(
    _ words: String, into buffer: inout CellBuffer, y: Int, plot: (x: Int, width: Int),
    avoiding points: [Int]
  ) {
    // A space keeps the words off the line; a line cell between them and any point.
    let width = TextWidth.of(text: words) + 1
    let atRight = (text: " " + words, x: plot.x + plot.width - width)
    let atLeft = (text: words + " ", x: plot.x)
    guard width <= plot.width,
      let place = [atRight, atLeft].first(where: { place in
        !points.contains { (place.x - 1...place.x + width).contains($0) }
      })
    else { return }
    buffer.put(place.text, x: place.x, y: y, style: Style(.threshold))
  }

  /// Ticks on the x-axis and labels under them, newest first so the last column is always
  /// labelled; a label that would touch the one to its right is left out. `label` names the
  /// last of the days (or visits) a column shows.
  static func drawTicks(
    into buffer: inout CellBuffer, columns: DayColumns, y: Int, plot: (x: Int, width: Int),
    glyphs: Glyphs, label: (Int) -> String
  ) {
    let widest =
      columns.columns.map { TextWidth.of(text: label($0.days.upperBound - 1)) }.max() ?? 0
    var freeBefore = plot.x + plot.width + 1
    for index in columns.tickedColumns(labelWidth: widest).reversed() {
      let column = columns.columns[index]
      let text = label(column.days.upperBound - 1)
      let width = TextWidth.of(text: text)
      let tickX = plot.x + column.offset
      let start = min(max(plot.x, tickX - (width - 1) / 2), plot.x + plot.width - width)
      guard start + width < freeBefore else { continue }
      buffer.put(glyphs.tick, x: tickX, y: y, style: Style(.border))
      buffer.put(text, x: start, y: y + 1, style: Style(.muted))
      freeBefore = start
    }
  }
}
