import JourneyCore

/// A small SVG line of one lab's values over time, on a grey band for the reference range.
struct LabSparkline {
  var lab: LabDefinition
  /// Date and value, oldest first.
  var series: [(LocalDate, Double)]

  static let width = 96.0
  static let height = 22.0
  static let pad = 3.0

  var svg: Markup {
    guard let first = series.first?.0, let last = series.last?.0 else { return "" }
    let values = series.map(\.1)
    let bounds = values + [lab.low, lab.high].compactMap { $0 }
    var low = bounds.min() ?? 0
    var high = bounds.max() ?? 1
    if high - low < 1e-9 {
      low -= 1
      high += 1
    }
    let margin = (high - low) * 0.08
    low -= margin
    high += margin
    let span = Double(max(1, first.days(to: last)))
    let x = { (date: LocalDate) -> Double in
      series.count == 1
        ? Self.width / 2
        : Self.pad + Double(first.days(to: date)) / span * (Self.width - 2 * Self.pad)
    }
    let y = { (value: Double) -> Double in
      Self.pad + (high - value) / (high - low) * (Self.height - 2 * Self.pad)
    }
    var parts: [Markup] = []
    if lab.low != nil || lab.high != nil {
      let top = y(lab.high ?? high)
      let bottom = y(lab.low ?? low)
      parts.append(
        "<rect class=\"band\" x=\"0\" y=\"\(num(top))\" width=\"\(num(Self.width))\" "
          + "height=\"\(num(bottom - top))\"/>")
    }
    let points = series.map { "\(num(x($0.0))),\(num(y($0.1)))" }
    if points.count > 1 {
      parts.append("<polyline class=\"spark\" points=\"\(points.joined(separator: " "))\"/>")
    }
    for (date, value) in series {
      let out = [.low, .high].contains(lab.status(of: value))
      parts.append(
        "<circle class=\"\(out ? "out" : "in")\" cx=\"\(num(x(date)))\" cy=\"\(num(y(value)))\" "
          + "r=\"2\"/>")
    }
    let described = series.map {
      "\($0.0.shown) \(Language.current.decimals(LabDefinition.format($0.1)))"
    }.joined(separator: ", ")
    return """
      <svg class="sparkline" viewBox="0 0 \(num(Self.width)) \(num(Self.height))" role="img" \
      aria-label="\(lab.label) \(lab.unit): \(described)">\(parts)</svg>
      """
  }
}
