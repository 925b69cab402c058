import JourneyCore

extension Report {
  /// Rows of red flags raised in the period listed at most (one row per rule and day).
  static let redFlagLimit = 12

  /// The alerts in force as of the report, as the app shows them: symbol, word, what was seen,
  /// whom to call.
  func alertsSection() -> Markup {
    let active = self.active.map { $0.speaking(language) }
    var body: Markup
    if active.isEmpty {
      body = empty(
        tr(
          "No active alerts as of %s: nothing logged in the 24 hours before crossed a red-flag "
            + "threshold, and no expected reading is missing.", input.now.shown))
    } else {
      let items = active.map { alert -> Markup in
        let emergency = alert.emergencyLine.map { " " + $0 } ?? ""
        let seen = Catalog.text(.seen, in: Language.current, alert.seen(in: Language.current))
        return """
          <li class="alert \(alert.level.rawValue)"><span class="mark">\(alert.symbol) \
          \(alert.word)</span> \(alert.message)<br>
          <span class="seen">\(seen)</span> <strong>\(alert.action)\(emergency)\
          </strong></li>

          """
      }
      body = "<ul class=\"alerts\">\n\(items)</ul>\n"
    }
    return section("alerts", tr("Alerts in force"), body)
  }

  /// Red flags the entries of the period raised, one row per rule and day (the first reading
  /// that raised it, and how many more did that day).
  func redFlagSection() -> Markup {
    let heading = tr("Red flags raised in this period")
    let alerts = raised.map { $0.speaking(language) }
    guard !alerts.isEmpty else {
      return section("red-flags", heading, empty(tr("No red flag was raised in this period.")))
    }
    var groups: [(first: Alert, more: Int)] = []
    var index: [String: Int] = [:]
    for alert in alerts.sorted(by: { ($0.at, $0.rule.id) < ($1.at, $1.rule.id) }) {
      let key = "\(alert.at.date) \(alert.rule.id)"
      if let at = index[key] {
        groups[at].more += 1
      } else {
        index[key] = groups.count
        groups.append((alert, 0))
      }
    }
    let (shown, leftOut) = latest(
      groups, limit: Report.redFlagLimit,
      what: { trn("%d earlier red-flag row", "%d earlier red-flag rows", count: $0) })
    let answers = AlertAcknowledgement.all(in: input.entries)
    let rows = shown.map { group -> Markup in
      let alert = group.first
      let done: String =
        RedFlags.answer(for: alert, among: alerts, in: answers).map {
          "\($0.note) (\($0.author), \($0.at.shown))"
        } ?? (alert.level.isUrgent ? tr("Not recorded") : "")
      let andMore = trn("(and %d more that day)", "(and %d more that day)", count: group.more)
      let more: Markup = group.more == 0 ? "" : " <span class=\"more\">\(andMore)</span>"
      return """
        <tr class="\(alert.level.rawValue)">\
        <td class="nowrap"><strong>\(alert.symbol) \(alert.word)</strong></td>\
        <td>\(alert.seen(in: Language.current))\(more)</td><td>\(alert.message)</td><td>\(done)</td></tr>

        """
    }
    let header = Report.header([
      tr("Level"), tr("What was seen"), tr("The app told the patient"), tr("What was done"),
    ])
    return section(
      "red-flags", heading, leftOut + table("compact red-flags", header: header, rows: rows))
  }
}
