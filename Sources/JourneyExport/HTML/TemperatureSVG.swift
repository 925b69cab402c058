import JourneyCore

/// The SVG drawing of the temperature chart, in user units of a fixed viewBox that the page
/// scales to its width.
struct TemperatureSVG {
  /// Day index from the chart's first day, second of the day, value in the shown unit.
  var readings: [(day: Int, second: Int, value: Double)]
  var days: Int
  var threshold: Double
  var unit: String
  /// The two lines under a tick: the study day (`+12`) and the date (`11-04`).
  var dayLabel: (Int) -> (String, String)

  static let width = 640.0
  static let height = 200.0
  static let left = 46.0
  static let right = 10.0
  static let top = 10.0
  static let bottom = 36.0
  /// Grid lines the value axis aims for.
  static let gridLines = 7
  /// Labelled days the time axis aims for at most.
  static let maxTicks = 16

  var plotWidth: Double { Self.width - Self.left - Self.right }
  var plotHeight: Double { Self.height - Self.top - Self.bottom }

  var svg: Markup {
    let values = readings.map(\.value)
    let scale = ChartScale(
      low: min(values.min() ?? threshold, threshold - 1),
      high: max(values.max() ?? threshold, threshold + 0.5), threshold: threshold,
      rows: Self.gridLines)
    // The top row holds values up to one step above its label: the plot ends there.
    let high = scale.value(atRow: 0) + scale.step
    let low = scale.value(atRow: scale.rows - 1)
    let y = { (value: Double) -> Double in
      Self.top + (high - min(high, max(low, value))) / (high - low) * plotHeight
    }
    let x = { (day: Int, second: Int) -> Double in
      Self.left + (Double(day) + Double(second) / 86_400) / Double(max(1, days)) * plotWidth
    }
    var parts: [Markup] = []
    let lineY = y(threshold)
    let shown = { (value: Double) in Language.current.decimals(Timeline.oneDecimal(value)) }
    let feverLine = tr("%1$s %2$s fever line", shown(threshold), unit)
    parts.append(
      "<rect class=\"fever-zone\" x=\"\(num(Self.left))\" y=\"\(num(Self.top))\" "
        + "width=\"\(num(plotWidth))\" height=\"\(num(lineY - Self.top))\"/>\n")
    for row in 0...scale.rows {
      let value = row == scale.rows ? high : scale.value(atRow: row)
      let isThreshold = row < scale.rows && row == scale.thresholdRow
      let gy = y(value)
      parts.append(
        "<line class=\"grid\" x1=\"\(num(Self.left))\" y1=\"\(num(gy))\" "
          + "x2=\"\(num(Self.left + plotWidth))\" y2=\"\(num(gy))\"/>"
          + "<text class=\"\(isThreshold ? "axis threshold-label" : "axis")\" "
          + "x=\"\(num(Self.left - 5))\" y=\"\(num(gy + 3.5))\" text-anchor=\"end\">"
          + "\(Language.current.decimals(ChartScale.label(value)))</text>\n")
    }
    parts.append(ticks(x: x))
    parts.append(trace(x: x, y: y))
    parts.append(
      "<line class=\"fever-line\" x1=\"\(num(Self.left))\" y1=\"\(num(lineY))\" "
        + "x2=\"\(num(Self.left + plotWidth))\" y2=\"\(num(lineY))\" "
        + "data-value=\"\(Timeline.oneDecimal(threshold))\"/>\n"
        + "<text class=\"fever-label\" x=\"\(num(Self.left + plotWidth - 4))\" "
        + "y=\"\(num(lineY - 4))\" text-anchor=\"end\">"
        + "\(feverLine)</text>\n")
    // Marks shrink when the days crowd, so the readings of a busy day stay apart.
    let size = min(1, max(0.5, plotWidth / Double(max(1, days)) / 8))
    for reading in readings {
      let px = x(reading.day, reading.second)
      let py = y(reading.value)
      let title: Markup = "<title>\(shown(reading.value)) \(unit)</title>"
      if reading.value >= threshold - 1e-9 {
        let (top, side, base) = (4.5 * size, 4 * size, 2.5 * size)
        parts.append(
          "<path class=\"fever\" d=\"M\(num(px)) \(num(py - top))L\(num(px + side)) "
            + "\(num(py + base))L\(num(px - side)) \(num(py + base))Z\">\(title)</path>\n")
      } else {
        parts.append(
          "<circle class=\"reading\" cx=\"\(num(px))\" cy=\"\(num(py))\" "
            + "r=\"\(num(2.4 * size))\">\(title)</circle>\n")
      }
    }
    parts.append(
      "<rect class=\"frame\" x=\"\(num(Self.left))\" y=\"\(num(Self.top))\" "
        + "width=\"\(num(plotWidth))\" height=\"\(num(plotHeight))\"/>\n"
        + "<text class=\"axis\" x=\"\(num(Self.left - 5))\" y=\"\(num(Self.height - 19))\" "
        + "text-anchor=\"end\">\(unit)</text>\n")
    let label = tr(
      "Temperature chart with the fever line at %1$s %2$s", shown(threshold), unit)
    return """
      <svg class="temperature-chart" viewBox="0 0 \(num(Self.width)) \(num(Self.height))" \
      role="img" aria-label="\(label)">
      \(parts)</svg>

      """
  }

  /// Ticks and two-line labels (study day, date) under the plot: every few days counted back
  /// from the last, so the last day is always labelled.
  func ticks(x: (Int, Int) -> Double) -> Markup {
    let every = ChartScale.dayStep(atLeast: (days + Self.maxTicks - 1) / Self.maxTicks)
    var parts: [Markup] = []
    for day in stride(from: days - 1, through: 0, by: -every).reversed() {
      let tx = x(day, 43_200)
      let (study, date) = dayLabel(day)
      let base = Self.top + plotHeight
      parts.append(
        "<line class=\"tick\" x1=\"\(num(tx))\" y1=\"\(num(base))\" x2=\"\(num(tx))\" "
          + "y2=\"\(num(base + 4))\"/><text class=\"axis\" x=\"\(num(tx))\" y=\"\(num(base + 15))\" "
          + "text-anchor=\"middle\">\(study)</text><text class=\"axis date\" x=\"\(num(tx))\" "
          + "y=\"\(num(base + 27))\" text-anchor=\"middle\">\(date)</text>\n")
    }
    return Markup(joining: parts)
  }

  /// A thin line through the readings in time order, broken where more than three days pass
  /// without one, so a gap is not drawn as a trend.
  func trace(x: (Int, Int) -> Double, y: (Double) -> Double) -> Markup {
    var runs: [[String]] = []
    var previous: Int?
    for reading in readings {
      let point = "\(num(x(reading.day, reading.second))),\(num(y(reading.value)))"
      if let previous, reading.day - previous <= 3, !runs.isEmpty {
        runs[runs.count - 1].append(point)
      } else {
        runs.append([point])
      }
      previous = reading.day
    }
    let lines = runs.filter { $0.count > 1 }.map { run -> Markup in
      "<polyline class=\"trace\" points=\"\(run.joined(separator: " "))\"/>\n"
    }
    return Markup(joining: lines)
  }
}
