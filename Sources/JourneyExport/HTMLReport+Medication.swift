import JourneyCore

extension Report {
  /// Doses logged as taken that the report lists at most; older ones are counted.
  static let loggedDoseLimit = 10

  /// The medication plan: what was being taken at the end of the period, the starts, dose
  /// changes and stops in the period, and the doses logged as taken.
  func medicationSection() -> Markup {
    let end = min(periodEnd, input.today)
    let taking = MedicationList.taking(on: end, entries: input.entries)
    var body: Markup
    if taking.isEmpty {
      body = "<p class=\"empty\">No medicine in the plan on \(end).</p>\n"
    } else {
      let rows = taking.map { medicine -> Markup in
        """
        <tr><th scope="row">\(medicine.name)</th><td>\(medicine.dose ?? "dose not given")</td>\
        <td class="nowrap">\(dated(medicine.since))</td>\
        <td class="nowrap">\(dated(medicine.doseSince))</td></tr>

        """
      }
      let header: Markup = """
        <th scope="col">Medicine</th><th scope="col">Dose</th>\
        <th scope="col">Since</th><th scope="col">Dose since</th>
        """
      body = "<h3>Taking on \(end)</h3>\n\(table("compact", header: header, rows: rows))"
    }
    body = "\(body)\(medicationChanges())\(loggedDoses())"
    return section("medication", "Medication", body)
  }

  /// Starts, dose changes and stops in the period, oldest first, with why and by whom.
  func medicationChanges() -> Markup {
    let changes = MedicationList.changes(in: input.entries).filter {
      input.includes($0.observedAt.date)
    }
    guard !changes.isEmpty else {
      return
        "<h3>Changes</h3>\n<p class=\"empty\">No start, dose change or stop in this period.</p>\n"
    }
    let rows = changes.compactMap { entry -> Markup? in
      guard case .medicationChange(let name, let dose, let change, let reason) = entry.body else {
        return nil
      }
      let word =
        switch change {
        case .start: "Started"
        case .dose: "Dose changed"
        case .stop: "Stopped"
        }
      return """
        <tr><td class="nowrap">\(dated(entry.observedAt.date))\(late(entry))</td>\
        <td><strong>\(word)</strong></td>\
        <td>\(name)</td><td>\(dose ?? "–")</td><td>\(reason ?? "")</td>\
        <td class="by">\(entry.author.description)</td></tr>

        """
    }
    let header: Markup = """
      <th scope="col">Date</th><th scope="col">Change</th><th scope="col">Medicine</th>\
      <th scope="col">Dose</th><th scope="col">Why</th><th scope="col">Recorded by</th>
      """
    return "<h3>Changes</h3>\n\(table("compact", header: header, rows: rows))"
  }

  /// Medicines logged as taken in the period (`log --med`), the latest few.
  func loggedDoses() -> Markup {
    let logged = inPeriod.filter { if case .medication = $0.body { true } else { false } }
    guard !logged.isEmpty else { return "" }
    let (shown, leftOut) = latest(logged, limit: Report.loggedDoseLimit, what: "doses")
    let rows = shown.compactMap { entry -> Markup? in
      guard case .medication(let text) = entry.body else { return nil }
      return """
        <tr><td class="nowrap">\(dated(entry.observedAt))\(late(entry))</td><td>\(text)</td>\
        <td class="by">\(entry.author.description)</td></tr>

        """
    }
    let header: Markup = """
      <th scope="col">When</th><th scope="col">As logged</th><th scope="col">Logged by</th>
      """
    return "<h3>Logged as taken</h3>\n\(leftOut)\(table("compact", header: header, rows: rows))"
  }
}
