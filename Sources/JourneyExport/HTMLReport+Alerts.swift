import JourneyCore

extension Report {
  /// Rows of red flags raised in the period listed at most (one row per rule and day).
  static let redFlagLimit = 12

  /// The alerts in force as of the report, as the app shows them: symbol, word, what was seen,
  /// whom to call.
  func alertsSection() -> Markup {
    var body: Markup
    if active.isEmpty {
      body = empty(
        "No active alerts as of \(input.now.date) \(input.now.clockText): nothing logged in the "
          + "24 hours before crossed a red-flag threshold, and no expected reading is missing.")
    } else {
      let items = active.map { alert -> Markup in
        let emergency = alert.emergencyLine.map { " " + $0 } ?? ""
        return """
          <li class="alert \(alert.level.rawValue)"><span class="mark">\(alert.symbol) \
          \(alert.word)</span> \(alert.message)<br>
          <span class="seen">Seen: \(alert.seen).</span> <strong>\(alert.action)\(emergency)\
          </strong></li>

          """
      }
      body = "<ul class=\"alerts\">\n\(items)</ul>\n"
    }
    return section("alerts", "Alerts in force", body)
  }

  /// Red flags the entries of the period raised, one row per rule and day (the first reading
  /// that raised it, and how many more did that day).
  func redFlagSection() -> Markup {
    let heading = "Red flags raised in this period"
    let alerts = raised
    guard !alerts.isEmpty else {
      return section("red-flags", heading, empty("No red flag was raised in this period."))
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
    let (shown, leftOut) = latest(groups, limit: Report.redFlagLimit, what: "red-flag rows")
    let answers = AlertAcknowledgement.all(in: input.entries)
    let rows = shown.map { group -> Markup in
      let alert = group.first
      let done: String =
        RedFlags.answer(for: alert, among: alerts, in: answers).map {
          "\($0.note) (\($0.author), \($0.at.date) \($0.at.clockText))"
        } ?? (alert.level.isUrgent ? "Not recorded" : "")
      let more: Markup =
        group.more == 0
        ? "" : " <span class=\"more\">(and \(group.more) more that day)</span>"
      return """
        <tr class="\(alert.level.rawValue)">\
        <td class="nowrap"><strong>\(alert.symbol) \(alert.word)</strong></td>\
        <td>\(alert.seen)\(more)</td><td>\(alert.message)</td><td>\(done)</td></tr>

        """
    }
    let header: Markup = """
      <th scope="col">Level</th><th scope="col">What was seen</th>\
      <th scope="col">The app told the patient</th><th scope="col">What was done</th>
      """
    return section(
      "red-flags", heading, leftOut + table("compact red-flags", header: header, rows: rows))
  }
}
