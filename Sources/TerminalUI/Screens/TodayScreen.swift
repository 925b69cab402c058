import JourneyCore

/// The patient's screen: today's entries and quick logging.
public enum TodayScreen {
  /// The days of the week from Thursday (1970-01-01 was one), in ``Language/current``.
  static var weekdays: [String] {
    [
      tr("Thursday", context: "weekday"), tr("Friday", context: "weekday"),
      tr("Saturday", context: "weekday"), tr("Sunday", context: "weekday"),
      tr("Monday", context: "weekday"), tr("Tuesday", context: "weekday"),
      tr("Wednesday", context: "weekday"),
    ]
  }

  static func render(_ state: AppState, into buffer: inout CellBuffer, area: Area) {
    guard let data = state.data else { return }
    var y = area.y
    let end = area.y + area.height
    let today = data.today
    let weekday = weekdays[((today.daysSinceEpoch % 7) + 7) % 7]
    let date = Language.current.numericDate(today)
    buffer.put(
      tr("%1$s %2$s · %3$s", weekday, date, data.now.clockText, context: "today's date"), x: 1,
      y: y, style: Style(.accent, bold: true))
    y += 1
    if case .symptomPicker(let row, let severity)? = state.shownMode {
      SymptomPicker.render(
        row: row, severity: severity, data: data,
        into: &buffer, area: Area(x: area.x, y: y, width: area.width, height: end - y))
      return
    }
    let todays = data.entries.filter { $0.observedAt.date == today }
      .sorted { $0.observedAt < $1.observedAt }
    y += 1
    buffer.put(
      todays.isEmpty ? tr("Nothing logged today yet.") : tr("Logged today:"), x: 1, y: y,
      style: Style(.normal, bold: true))
    y += 1
    let struck = Set(
      data.entries.compactMap { entry -> String? in
        if case .correction(let target, _, _) = entry.body { return target }
        return nil
      })
    // Newest last, and if they do not fit, the newest are the ones kept.
    let room = max(0, end - y - 2)
    for entry in todays.suffix(room) {
      var body = entry.body
      if case .correction(_, _, let replacement) = body {
        guard let replacement else { continue }
        body = replacement
      }
      let text = Timeline.describe(body, unit: data.journey.temperatureUnit, care: data.care).text
      let (mark, alertStyle) = AlertMark.of(state.views.alerting[entry.id])
      let style =
        alertStyle ?? (struck.contains(entry.id) ? Style(.muted, dim: true) : Style(.normal))
      let shown =
        struck.contains(entry.id) ? Strike.through(text) + tr(" (struck out)") : text
      buffer.put(
        "\(mark) \(entry.observedAt.clockText)  \(shown)  — \(entry.author.name)", x: 1, y: y,
        style: style, maxWidth: area.width - 2)
      y += 1
    }
    if y + 1 < end, !state.readOnly {
      let answer = state.views.alerts.isEmpty ? "" : " · " + tr("a answer the alert")
      buffer.put(
        tr("t temperature · s symptom · n note · m medication") + answer, x: 1, y: y + 1,
        style: Style(.muted), maxWidth: area.width - 2)
    }
  }
}
