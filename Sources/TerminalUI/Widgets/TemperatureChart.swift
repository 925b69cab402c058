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

  public static var emptyMessage: String { tr("No temperatures in this period") }
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
    let labels = (0..<scale.rows).map {
      Language.current.number(ChartScale.label(scale.value(atRow: $0)))
    }
    guard
      let (axisX, plot) = ChartAxes.plotArea(
        labels: labels, unit: unit, into: &buffer, x: x, y: y, width: width, height: height)
    else { return }
    let columns = DayColumns(days: values.count, width: plot.width)

    ChartAxes.drawAxes(
      into: &buffer, labels: labels, marked: [scale.thresholdRow], unit: unit, top: y,
      axisX: axisX, plot: plot, glyphs: glyphs)
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
    ChartAxes.drawLineLabel(
      "\(Language.current.number(ChartScale.label(threshold))) \(thresholdLabel)", into: &buffer,
      y: lineY, plot: plot,
      avoiding: pointsOnLine)
    ChartAxes.drawTicks(
      into: &buffer, columns: columns, y: y + height - 2, plot: plot, glyphs: glyphs
    ) { day in
      if let dayLabels = self.dayLabels, day < dayLabels.count { return dayLabels[day] }
      return String(day + 1)
    }

    if readings.isEmpty {
      let row = scale.thresholdRow + 1 < scale.rows ? scale.rows - 1 : 0
      let message = TemperatureChart.emptyMessage
      let start = plot.x + max(0, (plot.width - TextWidth.of(text: message)) / 2)
      buffer.put(message, x: start, y: y + row, style: Style(.muted), maxWidth: plot.width)
    }
  }
}
