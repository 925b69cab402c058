import JourneyCore

/// What every screen shares: the tab bar, the day banner, the alerts, the notice, the input
/// line and the status line. Alerts and the day are drawn first and never left out.
public enum Frame {
  /// The smallest terminal a screen is drawn in; below it the app says it is too small.
  public static let minimum = Size(width: 40, height: 12)
  /// The size every screen is designed for.
  public static let comfortable = Size(width: 80, height: 24)
  /// The most lines a notice takes; the rest of a longer one is cut.
  static let noticeLines = 3

  /// Draws a whole frame for the state at a size.
  public static func render(_ state: AppState, size: Size) -> CellBuffer {
    var buffer = CellBuffer(size: size)
    buffer.plainText = state.accessible
    guard size.width >= minimum.width, size.height >= minimum.height else {
      tooSmall(state, into: &buffer)
      return buffer
    }
    var y = 0
    tabBar(state, into: &buffer, y: y)
    y += 1
    if let data = state.data {
      // The phase goes before the day when both do not fit: never a word cut in half.
      let parts = [data.journey.patient ?? "", data.dayLabel, data.journey.phase.title]
      let banner = " " + fitting(parts, separator: " · ", width: size.width - 1, keep: 2)
      buffer.fill(x: 0, y: y, width: size.width, height: 1, style: Style(.banner))
      buffer.put(banner, x: 0, y: y, style: Style(.banner, bold: true))
      if data.unreadableLines > 0 {
        let note =
          " "
          + trn(
            "%d unreadable line: carejourney verify", "%d unreadable lines: carejourney verify",
            count: data.unreadableLines) + " "
        buffer.put(
          note, x: max(0, size.width - TextWidth.of(text: note)), y: y, style: Style(.warning))
      }
      y += 1
      y = alerts(state.views.alerts, into: &buffer, y: y, maxRows: max(1, size.height - 6))
      if let warning = data.protocolWarning {
        // Alerts follow the built-in rules: said on every screen, in words, never colour alone.
        let text = "! " + tr("WARNING: %s", warning)
        for line in Wrap.lines(text, width: size.width - 2).prefix(2) {
          buffer.put(line, x: 1, y: y, style: Style(.warning, bold: true), maxWidth: size.width - 2)
          y += 1
        }
      }
      if state.views.alertsPending {
        // An entry from the last day is still to be compared with older days' entries.
        buffer.put(
          "… " + tr("Checking today's entries against earlier days (reading older days)"), x: 1,
          y: y,
          style: Style(.warning, bold: true), maxWidth: size.width - 2)
        y += 1
      }
      if data.journey.teamPhone == nil {
        y = wrapped(
          "! " + CareContact.noTeamPhoneWarning, into: &buffer, y: y,
          style: Style(.warning, bold: true))
      }
      // Several computers: conflicts for the nurse, conflict copies, ids used twice.
      for warning in data.sync.warnings(today: state.screen == .today) {
        y = wrapped("! " + warning, into: &buffer, y: y, style: Style(.warning, bold: true))
      }
    }
    // What just happened: under the alerts, or, in accessible frames, in one place at the
    // bottom, where it is the one line that changes when something happened.
    let news = noticeLines(state, width: size.width)
    if !state.accessible {
      for (line, style) in news {
        buffer.put(line, x: 1, y: y, style: style, maxWidth: size.width - 2)
        y += 1
      }
    }
    let input = state.shownMode?.input
    var bottom = size.height - 1 - (input == nil ? 0 : 1)
    if state.accessible {
      let shown = news.prefix(max(0, bottom - y - 1))
      bottom -= shown.count
      for (index, (line, style)) in shown.enumerated() {
        buffer.put(line, x: 1, y: bottom + index, style: style, maxWidth: size.width - 2)
      }
    }
    let area = Area(x: 0, y: y, width: size.width, height: max(0, bottom - y))
    var hidden: [String] = []
    switch state.screen {
    case let screen where screen != .start && state.shownMode?.personRow != nil:
      PersonPicker.render(state.shownMode?.personRow ?? 0, into: &buffer, area: area)
    case _ where state.shownMode?.detail != nil:
      if let detail = state.shownMode?.detail {
        DetailScreen.render(detail, state, into: &buffer, area: area)
      }
    case .today: TodayScreen.render(state, into: &buffer, area: area)
    case .timeline: TimelineScreen.render(state, into: &buffer, area: area)
    case .milestones: MilestonesScreen.render(state, into: &buffer, area: area)
    case .trends: hidden = TrendsScreen.render(state, into: &buffer, area: area)
    case .help: HelpScreen.render(state, into: &buffer, area: area)
    case .start: StartScreen.render(state, into: &buffer, area: area)
    }
    // Alerts come first: when they fill the screen down to this line, it is left out.
    if size.width < comfortable.width || size.height < comfortable.height, y < bottom - 1 {
      let left = hidden.isEmpty ? tr("some rows") : hidden.joined(separator: ", ")
      let measured = tr("Smaller than 80x24 (%s)", "\(size.width)x\(size.height)")
      // The longest that fits whole.
      let texts = [
        tr("%1$s: %2$s may be cut; alerts stay.", measured, left),
        tr("%s: rows may be cut.", measured), tr("Smaller than 80x24: rows may be cut."),
      ]
      let text = texts.first { TextWidth.of(text: $0) <= size.width } ?? texts[2]
      // The row may hold a screen's text: cleared first, so none of it shows after the notice.
      buffer.fill(x: 0, y: bottom - 1, width: size.width, height: 1)
      buffer.put(text, x: 0, y: bottom - 1, style: Style(.muted), maxWidth: size.width)
    }
    if let input {
      buffer.fill(x: 0, y: size.height - 2, width: size.width, height: 1, style: Style(.selection))
      let used = buffer.put(
        input.prompt + input.text, x: 0, y: size.height - 2, style: Style(.selection, bold: true))
      buffer.cursor = (min(size.width - 1, used), size.height - 2)
    }
    statusLine(state, into: &buffer, y: size.height - 1)
    return buffer
  }

  /// The notice (`✓ `, `✗ ` or `? ` and its text, wrapped to at most ``noticeLines`` lines)
  /// and the line of what runs in the background, each with its style.
  static func noticeLines(_ state: AppState, width: Int) -> [(String, Style)] {
    var lines: [(String, Style)] = []
    if let notice = state.notice {
      let style = notice.kind == .error ? Style(.warning, bold: true) : Style(.info)
      let mark =
        switch notice.kind {
        case .info: "✓ "
        case .error: "✗ "
        case .question: "? "
        }
      // A long notice (a saved assessment with its reasons) wraps to a few lines, indented.
      let wrapped = Wrap.lines(mark + notice.text, width: width - 4)
      for (index, line) in wrapped.prefix(Frame.noticeLines).enumerated() {
        lines.append(((index == 0 ? "" : "  ") + line, style))
      }
    }
    if let progress = state.progress {
      lines.append(("… " + progress, Style(.info, bold: true)))
    }
    return lines
  }

  static func tabBar(_ state: AppState, into buffer: inout CellBuffer, y: Int) {
    var x = 1
    let shown: [AppState.Screen] =
      state.data == nil ? [.start, .help] : AppState.Screen.tabs + [.help]
    for (index, screen) in shown.enumerated() {
      let key = screen == .help ? "? " : screen == .start ? "" : "\(index + 1) "
      let label = " \(key)\(screen.title) "
      let focused = screen == state.screen
      let style = focused ? Style(.accent, bold: true, reverse: true) : Style(.muted)
      x += buffer.put(focused ? "[\(label)]" : " \(label) ", x: x, y: y, style: style)
    }
  }

  /// Alert lines, most urgent first; each with its symbol and word, never colour alone. Each
  /// alert's first lines say whom to call, with the number, wrapped and never cut; below the
  /// first urgent one, what to do if the team cannot be reached (the emergency number), also
  /// never cut. Urgent alerts are always drawn whole; the others while they fit, then a count.
  /// When every alert fits with a line of what was seen, that line follows each.
  @discardableResult
  static func alerts(
    _ alerts: [Alert], into buffer: inout CellBuffer, y start: Int, maxRows: Int
  ) -> Int {
    let width = buffer.size.width
    let blocks = alertBlocks(alerts, width: width)
    let essential = blocks.reduce(0) { $0 + $1.lines.count }
    let withSeen = essential + blocks.reduce(0) { $0 + $1.seen.count } <= maxRows
    let required = blocks.filter(\.required).reduce(0) { $0 + $1.lines.count }
    var room = max(0, maxRows - required)
    var y = start
    for (index, block) in blocks.enumerated() {
      let alert = block.alert
      if !block.required {
        let rest = blocks.count - index
        let last = rest == 1
        guard block.lines.count + (last ? 0 : 1) <= room else {
          buffer.put(
            Catalog.text(.moreAlerts, count: rest, in: alert.languages.patient), x: 1, y: y,
            style: Style(.warning, bold: true), maxWidth: width - 2)
          return y + 1
        }
        room -= block.lines.count
      }
      let style = alert.level.isUrgent ? Style(.urgent, bold: true) : Style(.warning, bold: true)
      for (number, line) in block.lines.enumerated() {
        if number < block.headlineCount {
          buffer.fill(x: 0, y: y, width: width, height: 1, style: style)
          buffer.put(line, x: 1, y: y, style: style, maxWidth: width - 2)
        } else {
          buffer.put(line, x: 1, y: y, style: Style(.urgent, bold: true), maxWidth: width - 2)
        }
        y += 1
      }
      for line in withSeen ? block.seen : [] {
        buffer.put(
          line, x: 1, y: y, style: Style(alert.level.isUrgent ? .urgent : .warning),
          maxWidth: width - 2)
        y += 1
      }
    }
    return y
  }

  /// Each alert's lines as drawn at `width`: the headline (symbol, word, action), then, for the
  /// most urgent alert when it is urgent, what to do if the team cannot be reached: one
  /// emergency line for the screen, since it holds for every alert below it; and what was seen,
  /// wrapped, drawn when every alert's fits. Urgent alerts are `required`: drawn even past the
  /// rows a screen would like to give them. Phone numbers are never split across lines.
  static func alertBlocks(_ alerts: [Alert], width: Int) -> [AlertBlock] {
    alerts.enumerated().map { index, alert in
      let numbers = alert.contact.numbers
      var lines = headline(alert, width: width)
      let headlineCount = lines.count
      if index == 0, let advice = alert.emergencyLine {
        lines += Wrap.lines(advice, width: width - 5, keeping: numbers).map { "   " + $0 }
      }
      // The care team's language below the patient's, when it differs: the same call to make.
      for language in alert.languages.shown.dropFirst() {
        let action = "\(alert.word(in: language)): \(alert.action(in: language))"
        lines += Wrap.lines(action, width: width - 5, keeping: numbers).map { "   " + $0 }
        if index == 0, let advice = alert.emergencyLine(in: language) {
          lines += Wrap.lines(advice, width: width - 5, keeping: numbers).map { "   " + $0 }
        }
      }
      let patient = alert.languages.patient
      let seen = Wrap.lines(
        "\(Catalog.text(.seen, in: patient, alert.seen(in: patient))) \(alert.message)",
        width: width - 5,
        keeping: numbers)
      return AlertBlock(
        alert: alert, lines: lines, headlineCount: headlineCount, seen: seen.map { "   " + $0 },
        required: alert.level.isUrgent)
    }
  }

  /// `!! URGENT: Call your CAR-T team now on …`, wrapped to the width, continuation lines
  /// indented under the word; the team's number on one line.
  static func headline(_ alert: Alert, width: Int) -> [String] {
    let text = "\(alert.symbol) \(alert.word): \(alert.action)"
    let numbers = alert.contact.numbers
    guard let first = Wrap.lines(text, width: width - 2, keeping: numbers).first else { return [] }
    let rest = String(text.dropFirst(first.count)).trimmingCharacters(in: .whitespaces)
    let more = Wrap.lines(rest, width: width - 5, keeping: numbers).map { "   " + $0 }
    return [first] + (rest.isEmpty ? [] : more)
  }

  /// An alert as drawn: its lines, how many of them are the headline, what was seen, and
  /// whether it must be drawn whatever the room.
  struct AlertBlock {
    var alert: Alert
    var lines: [String]
    var headlineCount: Int
    var seen: [String]
    var required: Bool
  }

  /// Writes `text` wrapped to the width, continuation lines indented; returns the next row.
  static func wrapped(
    _ text: String, into buffer: inout CellBuffer, y start: Int, style: Style
  ) -> Int {
    var y = start
    let width = buffer.size.width
    for (index, line) in Wrap.lines(text, width: width - 4).enumerated() {
      buffer.put((index == 0 ? "" : "  ") + line, x: 1, y: y, style: style, maxWidth: width - 2)
      y += 1
    }
    return y
  }

  static func statusLine(_ state: AppState, into buffer: inout CellBuffer, y: Int) {
    let width = buffer.size.width
    buffer.fill(x: 0, y: y, width: width, height: 1, style: Style(.statusLine))
    if case .newJourney? = state.shownMode {
      // The new journey's questions: nothing is written until the last answer.
      let parts = [
        tr("New journey │ Enter answers"), tr("Esc cancels"),
        tr("nothing is written until the end"),
      ]
      let text = " " + fitting(parts, separator: " · ", width: width - 1, keep: 1)
      buffer.put(text, x: 0, y: y, style: Style(.statusLine), maxWidth: width)
      return
    }
    // The day, who is at the keyboard (what they write is signed with this name), read-only;
    // then the keys of what has them now: the screen, or the form, picker or prompt open on
    // it. Each part whole or not at all; `?` help is kept as long as anything is.
    var parts = [
      state.data.map { "\($0.journey.phase.title) · \($0.dayLabel)" } ?? tr("No journey yet")
    ]
    if state.data != nil { parts.append(state.author.description) }
    if state.readOnly { parts.append(tr("READ-ONLY")) }
    let bindings = KeyMap.bindings(in: state.keyContext).filter(\.main)
      .filter { !$0.hidden(in: state) }
    let help = bindings.first { $0.command == .help }.map(hint)
    let room = width - 1
    var line =
      fitting(
        parts, separator: " │ ", width: room - 3 - TextWidth.of(text: help ?? ""), keep: 1) + " │ "
    var hints: [String] = []
    for binding in bindings where binding.command != .help {
      let tried = (hints + [hint(binding)] + [help].compactMap { $0 }).joined(separator: "  ")
      if TextWidth.of(text: line + tried) <= room { hints.append(hint(binding)) }
    }
    line += (hints + [help].compactMap { $0 }).joined(separator: "  ")
    buffer.put(" " + line, x: 0, y: y, style: Style(.statusLine), maxWidth: width)
  }

  /// `t log a temperature`: a key and what it does, up to the first colon (`：` in Chinese).
  static func hint(_ binding: KeyBinding) -> String {
    "\(binding.label) \(binding.help.split(whereSeparator: { $0 == ":" || $0 == "：" }).first ?? "")"
  }

  /// `parts` joined while they fit in `width`; the first `keep` are kept whatever the width.
  static func fitting(_ parts: [String], separator: String, width: Int, keep: Int) -> String {
    var text = parts.prefix(keep).joined(separator: separator)
    for part in parts.dropFirst(keep) {
      guard TextWidth.of(text: text + separator + part) <= width else { break }
      text += separator + part
    }
    return text
  }

  /// Below 40x12: say so, and still show any alert with whom to call and, when urgent, the
  /// emergency number (in their shortest words, wrapped, never cut), then the day when there is
  /// room, then why the screens are not drawn.
  static func tooSmall(_ state: AppState, into buffer: inout CellBuffer) {
    let width = buffer.size.width
    let height = buffer.size.height
    var y = 0
    if let data = state.data {
      let blocks = state.views.alerts.map { alert in
        (
          alert,
          Wrap.lines(
            "\(alert.symbol) \(alert.word): \(alert.compactAction)", width: max(1, width),
            keeping: alert.contact.numbers)
        )
      }
      let urgentRows = blocks.filter { $0.0.level.isUrgent }.reduce(0) { $0 + $1.1.count }
      if urgentRows + 2 <= height {
        buffer.put(data.dayLabel, x: 0, y: y, style: Style(.banner, bold: true), maxWidth: width)
        y += 1
      }
      for (alert, lines) in blocks where alert.level.isUrgent || y + lines.count < height {
        let style = alert.level.isUrgent ? Style(.urgent, bold: true) : Style(.warning, bold: true)
        for line in lines where y < height {
          buffer.put(line, x: 0, y: y, style: style, maxWidth: width)
          y += 1
        }
      }
    }
    let message = tr("Terminal too small (%s); needs 40x12.", "\(width)x\(height)")
    let lines = Wrap.lines(message, width: max(1, width))
    let shown = lines.count <= height - y ? lines : [tr("Terminal too small")]
    for line in shown where y < height {
      buffer.put(line, x: 0, y: y, style: Style(.normal, bold: true), maxWidth: width)
      y += 1
    }
  }
}
