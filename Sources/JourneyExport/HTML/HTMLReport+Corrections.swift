import JourneyCore

extension Report {
  /// Corrections listed at most (the latest), with a sentence counting the others.
  static let correctionLimit = 20

  /// Every correction of an entry of the period, as a paper chart shows one: what was first
  /// recorded, struck through, with who recorded it; what stands now (the new value, or nothing
  /// when it was struck out); who corrected it, when, and why.
  func correctionsSection() -> Markup {
    let heading = tr("Corrections")
    // Only the corrected entries are looked up: an index of every entry cost megabytes at ten
    // years.
    var targets: Set<String> = []
    for entry in input.entries {
      if case .correction(let target, _, _) = entry.body { targets.insert(target) }
    }
    var byID: [String: Entry] = [:]
    for entry in input.entries where targets.contains(entry.id) && byID[entry.id] == nil {
      byID[entry.id] = entry
    }
    let corrections = input.entries.compactMap {
      entry -> (correction: Entry, target: Entry?, reason: String, replacement: Entry.Body?)? in
      guard case .correction(let target, let reason, let replacement) = entry.body else {
        return nil
      }
      let original = byID[target]
      guard input.includes((original ?? entry).observedAt.date) else { return nil }
      return (entry, original, reason, replacement)
    }.enumerated().sorted { a, b in
      let (x, y) = (a.element, b.element)
      let (p, q) = ((x.target ?? x.correction).observedAt, (y.target ?? y.correction).observedAt)
      return p != q ? p < q : a.offset < b.offset
    }.map(\.element)
    guard !corrections.isEmpty else {
      return section("corrections", heading, empty(tr("No entry of this period was corrected.")))
    }
    let unit = journey.temperatureUnit
    let words = { (body: Entry.Body) -> String in
      Timeline.describe(body, unit: unit, care: care).text
    }
    let (shown, leftOut) = latest(
      corrections, limit: Report.correctionLimit,
      what: { trn("%d earlier correction", "%d earlier corrections", count: $0) })
    let notInRecords = tr("an entry not in these records")
    let struck = tr("struck out")
    let rows = shown.map { row -> Markup in
      let recorded: Markup =
        row.target.map { target in
          let by = tr("by %s", target.author.description)
          return "<del>\(words(target.body))</del><br><span class=\"by\">\(by)</span>"
        } ?? "<span class=\"empty\">\(notInRecords)</span>"
      let now: Markup = row.replacement.map { "\(words($0))" } ?? "<em>\(struck)</em>"
      let at = row.correction.recordedAt
      return """
        <tr><td class="nowrap">\(dated((row.target ?? row.correction).observedAt))</td>\
        <td>\(recorded)</td><td>\(now)</td>\
        <td class="by">\(row.correction.author.description)<br>\(at.shown)</td>\
        <td class="note">\(row.reason)</td></tr>

        """
    }
    let header = Report.header([
      tr("When"), tr("First recorded"), tr("Now"), tr("Corrected by"), tr("Why"),
    ])
    let summary = tr(
      "Struck-through values are not used in the charts and tables above; a corrected value is "
        + "shown there in their place.")
    let note: Markup = "<p class=\"summary\">\(summary)</p>\n"
    return section(
      "corrections", heading,
      note + leftOut + table("compact corrections", header: header, rows: rows))
  }
}
