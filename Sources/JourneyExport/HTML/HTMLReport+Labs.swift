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
      return section(
        "labs", tr("Follow-up labs"), empty(tr("No lab values recorded in this period.")))
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
    let earlier = visits.dropLast(Report.labColumns).map(\.date.shown)
    let trendOnly = tr(
      "Earlier visits in this period, in the trend only: %s.", earlier.joined(separator: ", "))
    let note: Markup = earlier.isEmpty ? "" : "<p class=\"summary\">\(trendOnly)</p>\n"
    let headerCells = Markup(joining: [
      Report.th(tr("Lab")), Report.th(tr("Unit")), Report.th(tr("Reference"), "num"),
      Markup(joining: header),
      Report.th(tr("Trend (band: reference)"), "trend"),
    ])
    let legend = tr(
      "%1$s below, %2$s above the reference range (the centre's, from the protocol) · – not "
        + "measured · trend: every value of the period, ● out of range, ○ in range", "L", "H")
    let body: Markup = """
      <div class="keep">
      \(table("labs", header: headerCells, rows: rows))\
      \(note)<p class="legend">\(legend)</p>
      </div>

      """
    return section("labs", tr("Follow-up labs"), body)
  }

  /// A value with its mark: `520 L` in bold when out of range.
  func labCell(_ value: Double, lab: LabDefinition) -> Markup {
    let text = decimal(value)
    switch lab.status(of: value) {
    case .low:
      let below = tr("below range")
      return "<td class=\"num out\">\(text) <abbr title=\"\(below)\">L</abbr></td>"
    case .high:
      let above = tr("above range")
      return "<td class=\"num out\">\(text) <abbr title=\"\(above)\">H</abbr></td>"
    case .normal, .noRange: return "<td class=\"num\">\(text)</td>"
    }
  }

  /// `700–1600`, `≤ 0.5`, `≥ 1.8`, or `–` when the protocol gives no range.
  static func rangeText(_ lab: LabDefinition) -> String {
    lab.rangeText(between: "–") { Language.current.decimals(LabDefinition.format($0)) } ?? "–"
  }
}
