import JourneyCore

/// One lab over the follow-up: a column a visit, the reference range as two lines named in
/// words, and every value marked by where it falls — `▼` below the range, `▲` above it, `•`
/// inside — so low and high read without colour.
///
/// ```
///  1600 │───────────────────── 1600 high limit
///  1300 │
///  1000 │
///   700 │───────────────────── 700 low limit
///   500 │   ▼        ▼        ▼
/// mg/dL └───┬────────┬────────┬────
///          +90     +135     +180
/// ```
///
/// When the visits do not fit one a column, a column stands for several and shows the value
/// furthest outside the range among them, so a low or high value is never hidden.
public struct LabChart: Sendable {
  public var lab: LabDefinition
  /// One value a visit, oldest first, in the lab's unit.
  public var values: [Double]
  /// One label a visit for the ticks (`+90`).
  public var labels: [String]
  public var glyphs: Glyphs

  public init(lab: LabDefinition, values: [Double], labels: [String], glyphs: Glyphs = .unicode) {
    self.lab = lab
    self.values = values
    self.labels = labels
    self.glyphs = glyphs
  }

  /// The mark and style of a value: where it falls, in a shape and not only a colour.
  public func mark(_ value: Double) -> (glyph: String, style: Style) {
    switch lab.status(of: value) {
    case .low: (glyphs.low, Style(.warning, bold: true))
    case .high: (glyphs.high, Style(.warning, bold: true))
    case .normal: (glyphs.point, Style(.ok))
    case .noRange: (glyphs.point, Style(.chart))
    }
  }

  /// How far a value lies outside the range (negative inside it), to pick a column's value.
  func outside(_ value: Double) -> Double {
    if let low = lab.low, value < low { return low - value }
    if let high = lab.high, value > high { return value - high }
    return -1
  }

  /// Draws the chart into the rectangle, clearing it first.
  public func render(into buffer: inout CellBuffer, x: Int, y: Int, width: Int, height: Int) {
    buffer.fill(x: x, y: y, width: width, height: height)
    let shown = values.filter(\.isFinite)
    let bounds = shown + [lab.low, lab.high].compactMap { $0 }
    let anchor = lab.low ?? lab.high ?? shown.min() ?? 0
    // A lab that cannot be negative shows no negative rows; a row reaching below zero (the
    // one under a low limit, when the step is large) is labelled 0.
    let floor: Double? = lab.plausible.lowerBound >= 0 ? 0 : nil
    let scale = ChartScale(
      low: bounds.min() ?? anchor, high: bounds.max() ?? anchor, threshold: anchor,
      rows: height - 2, steps: ChartScale.labSteps, floor: floor)
    // The range's own rows carry its exact limits, so the axis says where the lines are.
    let number = { (value: Double) in Language.current.number(LabDefinition.format(value)) }
    // The words after a line's value; a whole range's line says both values itself.
    var lines: [(row: Int, value: Double, words: String, whole: Bool)] = []
    if let low = lab.low { lines.append((scale.row(for: low), low, tr("low limit"), false)) }
    if let high = lab.high {
      let row = scale.row(for: high)
      if let low = lab.low, lines.first?.row == row {
        lines[0] = (row, low, tr("%1$s–%2$s range", number(low), number(high)), true)
      } else {
        lines.append((row, high, tr("high limit"), false))
      }
    }
    var labels = (0..<scale.rows).map { row in
      number(max(scale.value(atRow: row), floor ?? -.infinity))
    }
    for line in lines { labels[line.row] = number(line.value) }
    guard
      let (axisX, plot) = ChartAxes.plotArea(
        labels: labels, unit: lab.unit, into: &buffer, x: x, y: y, width: width, height: height)
    else { return }
    ChartAxes.drawAxes(
      into: &buffer, labels: labels, marked: Set(lines.map(\.row)), unit: lab.unit, top: y,
      axisX: axisX, plot: plot, glyphs: glyphs)
    for line in lines {
      buffer.put(
        String(repeating: glyphs.horizontal, count: plot.width), x: plot.x, y: y + line.row,
        style: Style(.threshold))
    }
    let columns = DayColumns(days: values.count, width: plot.width, widest: 8)
    var points: [Int: [Int]] = [:]
    for column in columns.columns {
      let candidates = column.days.map { values[$0] }.filter(\.isFinite)
      guard let value = candidates.last(where: { outside($0) == candidates.map(outside).max() })
      else { continue }
      let row = scale.row(for: value)
      let (glyph, style) = mark(value)
      buffer.put(glyph, x: plot.x + column.offset, y: y + row, style: style)
      points[row, default: []].append(plot.x + column.offset)
    }
    for line in lines {
      let words = line.whole ? line.words : "\(number(line.value)) \(line.words)"
      ChartAxes.drawLineLabel(
        words, into: &buffer, y: y + line.row, plot: plot, avoiding: points[line.row] ?? [])
    }
    ChartAxes.drawTicks(
      into: &buffer, columns: columns, y: y + height - 2, plot: plot, glyphs: glyphs
    ) { index in index < self.labels.count ? self.labels[index] : String(index + 1) }
  }
}
