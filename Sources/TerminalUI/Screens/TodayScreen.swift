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
    // Accessible frames leave the clock out: a screen reader would speak it every minute.
    let date = Language.current.numericDate(today)
    let line =
      state.accessible
      ? tr("%1$s %2$s", weekday, date, context: "today's date")
      : tr("%1$s %2$s · %3$s", weekday, date, data.now.clockText, context: "today's date")
    buffer.put(line, x: 1, y: y, style: Style(.accent, bold: true))
    y += 1
    if case .symptomPicker(let row, let severity)? = state.shownMode {
      SymptomPicker.render(
        row: row, severity: severity, data: data,
        into: &buffer, area: Area(x: area.x, y: y, width: area.width, height: end - y))
      return
    }
    if case .neuroCheck(let form)? = state.shownMode {
      form.render(into: &buffer, area: Area(x: area.x, y: y, width: area.width, height: end - y))
      return
    }
    let todays = data.entries.filter { $0.observedAt.date == today }
      .sorted { $0.observedAt < $1.observedAt }
    let struck = Set(
      data.entries.compactMap { entry -> String? in
        if case .correction(let target, _, _) = entry.body { return target }
        return nil
      })
    if let line = neuroCheckLine(state, data, todays: todays, struck: struck) {
      // Whole words only: the longest wording that fits.
      let text = line.texts.first { TextWidth.of(text: $0) <= area.width - 2 } ?? line.texts[0]
      buffer.put(text, x: 1, y: y, style: line.style, maxWidth: area.width - 2)
      y += 1
    }
    y += 1
    buffer.put(
      todays.isEmpty ? tr("Nothing logged today yet.") : tr("Logged today:"), x: 1, y: y,
      style: Style(.normal, bold: true))
    y += 1
    // Newest last, each wrapped whole (who wrote it included, nothing cut mid-word), and if
    // they do not all fit, the newest are the ones kept.
    let room = max(0, end - y - 2)
    var rows: [(lines: [String], style: Style)] = []
    var used = 0
    for entry in todays.reversed() {
      var body = entry.body
      if case .correction(_, _, let replacement) = body {
        guard let replacement else { continue }
        body = replacement
      }
      let text = Timeline.describe(body, unit: data.journey.temperatureUnit, care: data.care).text
      let (mark, alertStyle) = AlertMark.of(state.views.alerting[entry.id])
      let style =
        alertStyle ?? (struck.contains(entry.id) ? Style(.muted, dim: true) : Style(.normal))
      let shown = struck.contains(entry.id) ? Strike.through(text) + tr(" (struck out)") : text
      let author = "— \(entry.author.name)"
      var lines = wrapped(
        "\(mark) \(entry.observedAt.clockText)  ", "\(shown)  \(author)", keeping: [author],
        width: area.width - 2)
      guard used + lines.count <= room else {
        // The newest row is drawn as far as it fits; older ones not at all.
        if rows.isEmpty { lines = Array(lines.prefix(room)) } else { break }
        rows.append((lines, style))
        break
      }
      used += lines.count
      rows.append((lines, style))
    }
    for (lines, style) in rows.reversed() {
      for line in lines {
        buffer.put(line, x: 1, y: y, style: style, maxWidth: area.width - 2)
        y += 1
      }
    }
    if y + 1 < end, !state.readOnly {
      let answer = state.views.alerts.isEmpty ? "" : " · " + tr("a answer the alert")
      buffer.put(
        tr("t temperature · s symptom · n note · m medication") + answer, x: 1, y: y + 1,
        style: Style(.muted), maxWidth: area.width - 2)
    }
  }

  /// `text` after `head` in lines of `width` cells, the lines after the first indented under
  /// the text; each of `keeping` on one line wherever it fits.
  static func wrapped(_ head: String, _ text: String, keeping: [String], width: Int) -> [String] {
    let indent = TextWidth.of(text: head)
    return Wrap.lines(text, width: max(1, width - indent), keeping: keeping).enumerated().map {
      ($0.offset == 0 ? head : String(repeating: " ", count: indent)) + $0.element
    }
  }

  /// In the home neuro check's days: that today's is done (when, by whom), or, where one may
  /// be written, the key that starts it; nothing on other days. Longest wording first.
  static func neuroCheckLine(
    _ state: AppState, _ data: JourneyData, todays: [Entry], struck: Set<String>
  ) -> (texts: [String], style: Style)? {
    guard HomeNeuroCheck.offered(on: data.today, journey: data.journey, protocol: data.care)
    else { return nil }
    let done = todays.last { entry in
      guard !struck.contains(entry.id) else { return false }
      switch entry.body {
      case .homeNeuroCheck, .correction(_, _, .homeNeuroCheck?): return true
      default: return false
      }
    }
    if let done {
      let at = done.observedAt.clockText
      return (
        [
          tr("✓ Home neuro check done today at %1$s by %2$s", at, done.author.name),
          tr("✓ Home neuro check done today at %s", at),
        ], Style(.info)
      )
    }
    guard !state.readOnly else { return nil }
    return (
      [
        tr("Home neuro check for today: press c (sentence, objects, date, counting back)"),
        tr("Home neuro check for today: press c"),
      ], Style(.accent, bold: true)
    )
  }
}
