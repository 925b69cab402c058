import JourneyCore

extension Report {
  /// Visits whose values get a column of the lab table; earlier ones are in the trend.
  static let labColumns = 4

  /// One visit's lab values by lab id (values of one day merged, the later entry winning).
  struct LabVisit {
    var date: LocalDate
    var values: [String: Double]
    /// The latest day its values were written, when after the visit (a late entry).
    var enteredOn: LocalDate? = nil
  }

  /// The visits of the period with lab values, oldest first.
  var labVisits: [LabVisit] {
    var visits: [LabVisit] = []
    for entry in inPeriod {
      guard case .labs(let results) = entry.body else { continue }
      let date = entry.observedAt.date
      if visits.last?.date != date { visits.append(LabVisit(date: date, values: [:])) }
      for result in results { visits[visits.count - 1].values[result.lab] = result.value }
      if let entered = TimelineItem.enteredOn(entry.recordedAt, describing: date) {
        let last = visits.count - 1
        visits[last].enteredOn = max(visits[last].enteredOn ?? entered, entered)
      }
    }
    return visits
  }

  /// Follow-up labs as a table: a row a lab with its unit and reference range, the values of
  /// the latest visits marked L or H when out of range, and a sparkline of every value of the
  /// period over the reference band.
  func labsSection() -> Markup {
    let visits = labVisits
    guard !visits.isEmpty else {
      return section("labs", "Follow-up labs", empty("No lab values recorded in this period."))
    }
    let recorded = Set(visits.flatMap(\.values.keys))
    let known = care.labs.filter { recorded.contains($0.id) }
    let unknown = recorded.subtracting(care.labs.map(\.id)).sorted().map {
      LabDefinition(id: $0, label: $0, unit: "", plausible: 0...0)
    }
    let shown = Array(visits.suffix(Report.labColumns))
    let header = shown.map { visit -> Markup in
      "<th class=\"num\" scope=\"col\">\(dated(visit.date))\(late(visit.enteredOn))</th>"
    }
    let rows = (known + unknown).map { lab -> Markup in
      let cells = shown.map { visit -> Markup in
        guard let value = visit.values[lab.id] else { return "<td class=\"num\">–</td>" }
        return labCell(value, lab: lab)
      }
      let series = visits.compactMap { visit in
        visit.values[lab.id].map { (visit.date, $0) }
      }
      return """
        <tr><th scope="row">\(lab.label)</th><td class="nowrap">\(lab.unit)</td>\
        <td class="num nowrap">\(Report.rangeText(lab))</td>\(cells)\
        <td class="trend">\(LabSparkline(lab: lab, series: series).svg)</td></tr>

        """
    }
    let earlier = visits.dropLast(Report.labColumns).map { "\($0.date)" }
    let note: Markup =
      earlier.isEmpty
      ? ""
      : "<p class=\"summary\">Earlier visits in this period, in the trend only: "
        + "\(earlier.joined(separator: ", ")).</p>\n"
    let headerCells: Markup = """
      <th scope="col">Lab</th><th scope="col">Unit</th>\
      <th scope="col" class="num">Reference</th>\(header)\
      <th scope="col" class="trend">Trend (band: reference)</th>
      """
    let body: Markup = """
      <div class="keep">
      \(table("labs", header: headerCells, rows: rows))\
      \(note)<p class="legend"><strong>L</strong> below, <strong>H</strong> above the \
      reference range (the centre's, from the protocol) · – not measured · trend: every value \
      of the period, ● out of range, ○ in range</p>
      </div>

      """
    return section("labs", "Follow-up labs", body)
  }

  /// A value with its mark: `520 L` in bold when out of range.
  func labCell(_ value: Double, lab: LabDefinition) -> Markup {
    let text = LabDefinition.format(value)
    switch lab.status(of: value) {
    case .low: return "<td class=\"num out\">\(text) <abbr title=\"below range\">L</abbr></td>"
    case .high: return "<td class=\"num out\">\(text) <abbr title=\"above range\">H</abbr></td>"
    case .normal, .noRange: return "<td class=\"num\">\(text)</td>"
    }
  }

  /// `700–1600`, `≤ 0.5`, `≥ 1.8`, or `–` when the protocol gives no range.
  static func rangeText(_ lab: LabDefinition) -> String {
    switch (lab.low, lab.high) {
    case (let low?, let high?): "\(LabDefinition.format(low))–\(LabDefinition.format(high))"
    case (let low?, nil): "≥ \(LabDefinition.format(low))"
    case (nil, let high?): "≤ \(LabDefinition.format(high))"
    case (nil, nil): "–"
    }
  }
}

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
    let described = series.map { "\($0.0) \(LabDefinition.format($0.1))" }.joined(separator: ", ")
    return """
      <svg class="sparkline" viewBox="0 0 \(num(Self.width)) \(num(Self.height))" role="img" \
      aria-label="\(lab.label) \(lab.unit): \(described)">\(parts)</svg>
      """
  }
}
