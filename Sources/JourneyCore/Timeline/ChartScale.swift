/// The vertical scale of a chart: which value each row stands for, anchored on the threshold so
/// the threshold always has a row of its own.
///
/// Row `r` (0 at the top) is labelled `value(atRow: r)` and holds the readings from that value up
/// to the next row's: with a step of 0.5, the 38.0 row holds 38.0 to 38.4, and 37.9 falls on the
/// 37.5 row, so a reading below the threshold is never drawn on its line.
///
/// The terminal's temperature chart draws one row per step; the visit report draws a grid line
/// per step. Both label the axis with ``label(_:)``.
public struct ChartScale: Equatable, Sendable {
  public let threshold: Double
  /// Degrees per row: the smallest of `steps` that fits every value.
  public let step: Double
  public let rows: Int
  /// The threshold's row, 0 at the top.
  public let thresholdRow: Int

  public static let steps: [Double] = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100]

  /// Steps for lab values, which run from hundredths (creatinine) to thousands (neutrophils).
  public static let labSteps: [Double] = (-2...5).flatMap { power -> [Double] in
    let unit = (0..<abs(power)).reduce(1.0) { value, _ in power < 0 ? value / 10 : value * 10 }
    return [1, 2, 5].map { $0 * unit }
  }

  /// Round numbers of days between labelled ticks on a day axis.
  static let daySteps = [1, 2, 3, 5, 7, 10, 14, 15, 30, 60, 90]

  /// A scale of `rows` rows showing `low` to `high` and the threshold; spare rows are shared
  /// between above and below the values, except rows below `floor` (a count cannot be
  /// negative), which go above. The step is the first of `steps` that fits.
  public init(
    low: Double, high: Double, threshold: Double, rows: Int, steps: [Double] = ChartScale.steps,
    floor: Double? = nil
  ) {
    self.threshold = threshold
    self.rows = max(1, rows)
    var chosen = (step: steps[steps.count - 1], above: 0, below: 0)
    for step in steps {
      let above = max(0, ChartScale.offset(of: high, from: threshold, step: step))
      let below = max(0, -ChartScale.offset(of: low, from: threshold, step: step))
      chosen = (step, above, below)
      if above + below + 1 <= self.rows { break }
    }
    step = chosen.step
    let spare = max(0, self.rows - chosen.above - chosen.below - 1)
    var row = min(self.rows - 1, chosen.above + spare / 2)
    if let floor {
      let room = max(chosen.below, ChartScale.offset(of: threshold, from: floor, step: chosen.step))
      row = min(self.rows - 1, max(row, self.rows - 1 - room))
    }
    thresholdRow = row
  }

  /// How many rows above the threshold `value` falls (negative below it).
  static func offset(of value: Double, from threshold: Double, step: Double) -> Int {
    // The small nudge keeps 38.5 on the 38.5 row when (38.5 - 38.0) / 0.5 comes out as 0.99999.
    DecimalText.wholeNumber(((value - threshold) / step + 1e-9).rounded(.down))
  }

  /// The value a row is labelled with.
  public func value(atRow row: Int) -> Double { threshold + Double(thresholdRow - row) * step }

  /// The row a value is drawn on, kept inside the chart.
  public func row(for value: Double) -> Int {
    let row = thresholdRow - ChartScale.offset(of: value, from: threshold, step: step)
    return min(rows - 1, max(0, row))
  }

  /// A value as the axis shows it, to one decimal (`38.0`, `-0.5`).
  public static func label(_ value: Double) -> String { Timeline.oneDecimal(value) }

  /// Days between labelled ticks: the first round number (1, 2, 3, 5, 7, 10, 14, 15, 30, 60,
  /// 90) that is at least `needed`, else `needed` itself.
  public static func dayStep(atLeast needed: Int) -> Int {
    daySteps.first { $0 >= needed } ?? needed
  }
}
