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
    guard size.width >= minimum.width, size.height >= minimum.height else {
      tooSmall(state, into: &buffer)
      return buffer
    }
    var y = 0
    tabBar(state, into: &buffer, y: y)
    y += 1
    if let data = state.data {
      let banner = " \(data.journey.patient ?? "") · \(data.banner)"
      buffer.fill(x: 0, y: y, width: size.width, height: 1, style: Style(.banner))
      buffer.put(banner, x: 0, y: y, style: Style(.banner, bold: true))
      if data.unreadableLines > 0 {
        let note = " \(data.unreadableLines) unreadable lines: carejourney verify "
        buffer.put(note, x: max(0, size.width - TextWidth.of(text: note)), y: y, style: Style(.warning))
      }
      y += 1
      y = alerts(state.views.alerts, into: &buffer, y: y, maxRows: max(1, size.height - 6))
      if let warning = data.protocolWarning {
        // Alerts follow the built-in rules: said on every screen, in words, never colour alone.
        for line in Wrap.lines("! WARNING: " + warning, width: size.width - 2).prefix(2) {
          buffer.put(line, x: 1, y: y, style: Style(.warning, bold: true), maxWidth: size.width - 2)
          y += 1
        }
      }
      if state.views.alertsPending {
        // A lab from the last day is still to be compared with earlier visits' values.
        buffer.put(
          "… Checking today's labs against earlier visits (reading older days)", x: 1, y: y,
          style: Style(.warning, bold: true), maxWidth: size.width - 2)
        y += 1
      }
    }
    if let notice = state.notice {
      let style = notice.kind == .error ? Style(.warning, bold: true) : Style(.info)
      let mark =
        switch notice.kind {
        case .info: "✓ "
        case .error: "✗ "
        case .question: "? "
        }
      // A long notice (a saved assessment with its reasons) wraps to a few lines, indented.
      let lines = Wrap.lines(mark + notice.text, width: size.width - 4)
      for (index, line) in lines.prefix(Frame.noticeLines).enumerated() {
        buffer.put(
          (index == 0 ? "" : "  ") + line, x: 1, y: y, style: style, maxWidth: size.width - 2)
        y += 1
      }
    }
    let bottom = size.height - 1 - (state.input == nil ? 0 : 1)
    let area = Area(x: 0, y: y, width: size.width, height: max(0, bottom - y))
    var hidden: [String] = []
    switch state.screen {
    case _ where state.personPicker != nil && state.screen != .start:
      PersonPicker.render(state, into: &buffer, area: area)
    case .today: TodayScreen.render(state, into: &buffer, area: area)
    case .timeline: TimelineScreen.render(state, into: &buffer, area: area)
    case .milestones: MilestonesScreen.render(state, into: &buffer, area: area)
    case .trends: hidden = TrendsScreen.render(state, into: &buffer, area: area)
    case .help: HelpScreen.render(state, into: &buffer, area: area)
    case .start: StartScreen.render(state, into: &buffer, area: area)
    }
    if size.width < comfortable.width || size.height < comfortable.height {
      let left = hidden.isEmpty ? "some rows" : hidden.joined(separator: ", ")
      let text = "Smaller than 80x24 (\(size.width)x\(size.height)): \(left) may be cut; alerts stay."
      buffer.put(text, x: 0, y: bottom - 1, style: Style(.muted), maxWidth: size.width)
    }
    if let input = state.input {
      buffer.fill(x: 0, y: bottom, width: size.width, height: 1, style: Style(.selection))
      let used = buffer.put(input.prompt + input.text, x: 0, y: bottom, style: Style(.selection, bold: true))
      buffer.cursor = (min(size.width - 1, used), bottom)
    }
    statusLine(state, into: &buffer, y: size.height - 1)
    return buffer
  }

  static func tabBar(_ state: AppState, into buffer: inout CellBuffer, y: Int) {
    var x = 1
    let shown: [AppState.Screen] = state.data == nil ? [.start, .help] : AppState.Screen.tabs + [.help]
    for (index, screen) in shown.enumerated() {
      let key = screen == .help ? "? " : screen == .start ? "" : "\(index + 1) "
      let label = " \(key)\(screen.title) "
      let focused = screen == state.screen
      let style = focused ? Style(.accent, bold: true, reverse: true) : Style(.muted)
      x += buffer.put(focused ? "[\(label)]" : " \(label) ", x: x, y: y, style: style)
    }
  }

  /// Alert lines, most urgent first; each with its symbol and word, never colour alone. The
  /// first line says whom to call (with the number); the second what was seen and why it
  /// matters, when there is
  /// room for both.
  @discardableResult
  static func alerts(_ alerts: [Alert], into buffer: inout CellBuffer, y start: Int, maxRows: Int) -> Int {
    var y = start
    let width = buffer.size.width
    let twoLines = alerts.count * 2 <= maxRows
    for (index, alert) in alerts.enumerated() {
      if y - start >= maxRows - 1, index < alerts.count - 1 {
        let rest = alerts.count - index
        buffer.put("\(rest) more alerts: see Today and status", x: 1, y: y, style: Style(.warning, bold: true))
        return y + 1
      }
      let style = alert.level == .urgent ? Style(.urgent, bold: true) : Style(.warning, bold: true)
      buffer.fill(x: 0, y: y, width: width, height: 1, style: style)
      buffer.put("\(alert.symbol) \(alert.word): \(alert.action)", x: 1, y: y, style: style, maxWidth: width - 2)
      y += 1
      if twoLines {
        buffer.put("   Seen: \(alert.seen). \(alert.rule.message)", x: 1, y: y, style: Style(alert.level == .urgent ? .urgent : .warning), maxWidth: width - 2)
        y += 1
      }
    }
    return y
  }

  static func statusLine(_ state: AppState, into buffer: inout CellBuffer, y: Int) {
    let width = buffer.size.width
    buffer.fill(x: 0, y: y, width: width, height: 1, style: Style(.statusLine))
    if state.startForm != nil {
      // The new journey's questions: nothing is written until the last answer.
      let text = " New journey │ Enter answers · Esc cancels · nothing is written until the end"
      buffer.put(text, x: 0, y: y, style: Style(.statusLine), maxWidth: width)
      return
    }
    var left = state.data.map { " \($0.journey.phase.title) · \($0.dayLabel) │ " } ?? " No journey yet │ "
    // Who is at the keyboard: what they write is signed with this name.
    if state.data != nil { left += "\(state.author.name) (\(state.author.role.rawValue)) │ " }
    if state.readOnly { left += "READ-ONLY │ " }
    let keys = KeyMap.bindings(on: state.screen).filter(\.main)
      .filter { !($0.writes && state.readOnly) }
      .map { "\($0.label) \($0.help.split(separator: ":").first ?? "")" }
    buffer.put(left + keys.joined(separator: "  "), x: 0, y: y, style: Style(.statusLine), maxWidth: width)
  }

  /// Below 40x12: say so, and still show the day and any alert.
  static func tooSmall(_ state: AppState, into buffer: inout CellBuffer) {
    let width = buffer.size.width
    var y = 0
    if let data = state.data {
      buffer.put(data.dayLabel, x: 0, y: y, style: Style(.banner, bold: true), maxWidth: width)
      y += 1
      for alert in state.views.alerts where y < buffer.size.height - 1 {
        let style = alert.level == .urgent ? Style(.urgent, bold: true) : Style(.warning, bold: true)
        buffer.put("\(alert.symbol) \(alert.word): \(alert.action)", x: 0, y: y, style: style, maxWidth: width)
        y += 1
      }
    }
    let message = "Terminal too small (\(buffer.size.width)x\(buffer.size.height)); needs 40x12."
    let words = Wrap.lines(message, width: max(1, width))
    for line in words where y < buffer.size.height {
      buffer.put(line, x: 0, y: y, style: Style(.normal, bold: true), maxWidth: width)
      y += 1
    }
  }
}

/// A rectangle of the screen a screen draws in.
public struct Area: Equatable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int
}

/// Word wrapping by cell width.
public enum Wrap {
  public static func lines(_ text: String, width: Int) -> [String] {
    var result: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
      let candidate = line.isEmpty ? word : line + " " + word
      if TextWidth.of(text: candidate) <= width || line.isEmpty {
        line = candidate
      } else {
        result.append(line)
        line = word
      }
    }
    if !line.isEmpty { result.append(line) }
    return result
  }
}
