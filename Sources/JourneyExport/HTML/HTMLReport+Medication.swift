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
      body = empty(tr("No medicine in the plan on %s.", end.shown))
    } else {
      let notGiven = tr("dose not given")
      let rows = taking.map { medicine -> Markup in
        """
        <tr><th scope="row">\(medicine.name)</th><td>\(medicine.dose ?? notGiven)</td>\
        <td class="nowrap">\(dated(medicine.since))</td>\
        <td class="nowrap">\(dated(medicine.doseSince))</td></tr>

        """
      }
      let header = Report.header([tr("Medicine"), tr("Dose"), tr("Since"), tr("Dose since")])
      let heading = tr("Taking on %s", end.shown)
      body = "<h3>\(heading)</h3>\n\(table("compact", header: header, rows: rows))"
    }
    body = "\(body)\(medicationChanges())\(loggedDoses())"
    return section("medication", tr("Medication"), body)
  }

  /// Starts, dose changes and stops in the period, oldest first, with why and by whom.
  func medicationChanges() -> Markup {
    let changes = MedicationList.changes(in: input.entries).filter {
      input.includes($0.observedAt.date)
    }
    let heading = tr("Changes", context: "medication")
    guard !changes.isEmpty else {
      return "<h3>\(heading)</h3>\n"
        + empty(tr("No start, dose change or stop in this period."))
    }
    let rows = changes.compactMap { entry -> Markup? in
      guard case .medicationChange(let name, let dose, let change, let reason) = entry.body else {
        return nil
      }
      let word =
        switch change {
        case .start: tr("Started", context: "medication")
        case .dose: tr("Dose changed", context: "medication")
        case .stop: tr("Stopped", context: "medication")
        }
      return """
        <tr><td class="nowrap">\(dated(entry.observedAt.date))\(late(entry))</td>\
        <td><strong>\(word)</strong></td>\
        <td>\(name)</td><td>\(dose ?? "–")</td><td>\(reason ?? "")</td>\
        <td class="by">\(entry.author.description)</td></tr>

        """
    }
    let header = Report.header([
      tr("Date"), tr("Change", context: "medication"), tr("Medicine"), tr("Dose"), tr("Why"),
      tr("Recorded by"),
    ])
    return "<h3>\(heading)</h3>\n\(table("compact", header: header, rows: rows))"
  }

  /// Medicines logged as taken in the period (`log --med`), the latest few.
  func loggedDoses() -> Markup {
    let logged = inPeriod.filter { if case .medication = $0.body { true } else { false } }
    guard !logged.isEmpty else { return "" }
    let (shown, leftOut) = latest(
      logged, limit: Report.loggedDoseLimit,
      what: { trn("%d earlier dose", "%d earlier doses", count: $0) })
    let rows = shown.compactMap { entry -> Markup? in
      guard case .medication(let text) = entry.body else { return nil }
      return """
        <tr><td class="nowrap">\(dated(entry.observedAt))\(late(entry))</td><td>\(text)</td>\
        <td class="by">\(entry.author.description)</td></tr>

        """
    }
    let header = Report.header([tr("When"), tr("As logged"), tr("Logged by")])
    let heading = tr("Logged as taken")
    return "<h3>\(heading)</h3>\n\(leftOut)\(table("compact", header: header, rows: rows))"
  }
}
