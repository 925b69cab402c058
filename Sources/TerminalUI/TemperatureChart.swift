import JourneyCore

/// A temperature chart: one value a day, a y-axis in degrees, the fever line drawn across and
/// named in words, and every reading at or above it marked `▲` in the urgent role, so a fever
/// reads without colour.
///
/// ```
/// 39.0 │
/// 38.5 │          ▲
/// 38.0 │────────────────────── 38.0 fever line
/// 37.5 │    •
/// 37.0 │ •     •        •
///   °C └─┬─────┬─────┬─────┬───
///        1     3     5     7
/// ```
///
/// When the days do not fit one a column, a column stands for several days and shows the
/// highest reading among them, so a fever is never averaged away.
public struct TemperatureChart: Sendable {
  /// One reading a day, oldest first; nil where nothing was logged.
  public var values: [Double?]
  /// Readings at or above it are marked; 38.0 °C for CAR-T fever.
  public var threshold: Double
  /// Shown under the y-axis labels: `°C`.
  public var unit: String
  /// The words after the threshold on its line: `38.0 fever line`.
  public var thresholdLabel: String
  /// One label a day for the ticks (`+12`, `11-22`); nil counts days from 1.
  public var dayLabels: [String]?
  public var glyphs: Glyphs

  public static let emptyMessage = "No temperatures in this period"
  /// Smaller than this, the chart says so instead of drawing.
  public static let minimumSize = Size(width: 20, height: 5)

  public init(
    values: [Double?], threshold: Double = 38.0, unit: String = "°C",
    thresholdLabel: String = "fever line", dayLabels: [String]? = nil, glyphs: Glyphs = .unicode
  ) {
    self.values = values
    self.threshold = threshold
    self.unit = unit
    self.thresholdLabel = thresholdLabel
    self.dayLabels = dayLabels
    self.glyphs = glyphs
  }

  /// Draws the chart into the rectangle, clearing it first.
  public func render(into buffer: inout CellBuffer, x: Int, y: Int, width: Int, height: Int) {
    buffer.fill(x: x, y: y, width: width, height: height)
    let readings = values.compactMap { $0 }.filter(\.isFinite)
    let scale = ChartScale(
      low: min(readings.min() ?? threshold, threshold - 1),
      high: max(readings.max() ?? threshold, threshold + 0.5), threshold: threshold,
      rows: height - 2)
    let labels = (0..<scale.rows).map { ChartScale.label(scale.value(atRow: $0)) }
    let labelWidth = (labels + [unit]).map { TextWidth.of(text: $0) }.max() ?? 0
    let axisX = x + labelWidth + 1
    let plot = (x: axisX + 1, width: x + width - axisX - 1)
    let minimum = TemperatureChart.minimumSize
    guard width >= minimum.width, height >= minimum.height, plot.width >= 2 else {
      buffer.put(
        "Chart needs \(minimum.width)x\(minimum.height)", x: x, y: y, style: Style(.muted),
        maxWidth: width)
      return
    }
    let columns = DayColumns(days: values.count, width: plot.width)

    drawAxes(into: &buffer, labels: labels, scale: scale, top: y, axisX: axisX, plot: plot)
    let lineY = y + scale.thresholdRow
    buffer.put(
      String(repeating: glyphs.horizontal, count: plot.width), x: plot.x, y: lineY,
      style: Style(.threshold))

    var pointsOnLine: [Int] = []
    for column in columns.columns {
      let days = column.days.compactMap { values[$0] }.filter(\.isFinite)
      guard let highest = days.max() else { continue }
      let high = highest >= threshold
      let pointY = y + scale.row(for: highest)
      let pointX = plot.x + column.offset
      if pointY == lineY { pointsOnLine.append(pointX) }
      buffer.put(
        high ? glyphs.high : glyphs.point, x: pointX, y: pointY,
        style: high ? Style(.urgent, bold: true) : Style(.chart))
    }
    drawThresholdLabel(into: &buffer, y: lineY, plot: plot, avoiding: pointsOnLine)
    drawTicks(into: &buffer, columns: columns, y: y + height - 2, plot: plot)

    if readings.isEmpty {
      let row = scale.thresholdRow + 1 < scale.rows ? scale.rows - 1 : 0
      let message = TemperatureChart.emptyMessage
      let start = plot.x + max(0, (plot.width - TextWidth.of(text: message)) / 2)
      buffer.put(message, x: start, y: y + row, style: Style(.muted), maxWidth: plot.width)
    }
  }

  /// The y-axis with its labels (the threshold's in its own role), and the unit in the corner.
  private func drawAxes(
    into buffer: inout CellBuffer, labels: [String], scale: ChartScale, top: Int, axisX: Int,
    plot: (x: Int, width: Int)
  ) {
    for (row, label) in labels.enumerated() {
      let style = row == scale.thresholdRow ? Style(.threshold, bold: true) : Style(.muted)
      buffer.put(label, x: axisX - 1 - TextWidth.of(text: label), y: top + row, style: style)
      buffer.put(glyphs.vertical, x: axisX, y: top + row, style: Style(.border))
    }
    let axisY = top + scale.rows
    buffer.put(unit, x: axisX - 1 - TextWidth.of(text: unit), y: axisY, style: Style(.muted))
    buffer.put(glyphs.corner, x: axisX, y: axisY, style: Style(.border))
    buffer.put(
      String(repeating: glyphs.horizontal, count: plot.width), x: plot.x, y: axisY,
      style: Style(.border))
  }

  /// `38.0 fever line` on the line, at its right end, else its left end, wherever no reading
  /// sits; readings win over the words.
  private func drawThresholdLabel(
    into buffer: inout CellBuffer, y: Int, plot: (x: Int, width: Int), avoiding points: [Int]
  ) {
    // A space keeps the words off the line; a line cell between them and any reading.
    let words = "\(ChartScale.label(threshold)) \(thresholdLabel)"
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

  /// Ticks on the x-axis and day labels under them, newest first so the last day is always
  /// labelled; a label that would touch the one to its right is left out.
  private func drawTicks(
    into buffer: inout CellBuffer, columns: DayColumns, y: Int, plot: (x: Int, width: Int)
  ) {
    let label = { (day: Int) -> String in
      if let dayLabels = self.dayLabels, day < dayLabels.count { return dayLabels[day] }
      return String(day + 1)
    }
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
