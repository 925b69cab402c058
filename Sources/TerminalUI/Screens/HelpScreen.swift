import JourneyCore

/// `?`: the keys of what it was opened from (a screen, or the form, picker or prompt open on
/// it), generated from the key map, and the phase transitions, from their table.
public enum HelpScreen {
  /// The help text's lines for a screen.
  public static func lines(for screen: AppState.Screen) -> [String] {
    lines(for: .screen(screen))
  }

  /// The help text's lines for a context: its keys, the keys of Help itself not listed already,
  /// the phases and their moves, and how alerts look.
  public static func lines(for context: KeyContext) -> [String] {
    let keys = KeyMap.bindings(in: context)
    let line = { (binding: KeyBinding) in HelpScreen.line(binding, column: column(keys)) }
    var lines = [context.heading] + keys.map(line)
    let own = KeyMap.bindings.filter { help in
      help.contexts.contains(.screen(.help))
        && !keys.contains { $0.label == help.label && $0.help == help.help }
    }
    if !own.isEmpty, context != .screen(.help) {
      lines += ["", tr("Keys in this help:")] + own.map(line)
    }
    lines.append("")
    lines.append(tr("Phases and the moves allowed between them:"))
    for phase in Phase.allCases where !phase.isEnd {
      let moves = PhaseTransition.allowed(from: phase).map {
        $0.requiresReason
          ? tr("%1$s (%2$s, reason)", $0.to.screenName, $0.kind.title) : $0.to.screenName
      }
      lines.append("  \(phase.screenName) → " + moves.joined(separator: ", "))
    }
    lines.append("")
    lines.append(
      tr(
        "Alerts show a symbol and a word as well as a colour: !! %1$s (call now), ! %2$s.",
        Catalog.text(.levelUrgent, in: .current), Catalog.text(.levelCallToday, in: .current)))
    return lines
  }

  /// Where the descriptions start after the keys: 10 cells, or more for a longer key name
  /// (`Umschalt-Tab`), so they stay in one column.
  static func column(_ bindings: [KeyBinding]) -> Int {
    max(10, 1 + (bindings.map { TextWidth.of(text: $0.label) }.max() ?? 0))
  }

  /// One binding as a help line: `  t          log a temperature`.
  static func line(_ binding: KeyBinding, column: Int = 10) -> String {
    let label = TextWidth.padded(binding.label, to: column)
    return "  \(label) \(binding.help)" + (binding.nurseOnly ? " (\(Role.nurse.title))" : "")
  }

  /// `line` in lines of `width` cells, broken between words: a key's description hangs under
  /// itself (column 13), any other line two cells in from where it starts. Nothing is cut.
  static func wrapped(_ line: String, width: Int) -> [String] {
    guard TextWidth.of(text: line) > width else { return [line] }
    let leading = line.prefix { $0 == " " }.count
    let isKey =
      leading == 2 && line.count > 13 && line.dropFirst(12).first == " "
      && line.dropFirst(13).first != " "
    let indent = isKey ? 13 : leading + 2
    let head = isKey ? String(line.prefix(13)) : String(repeating: " ", count: leading)
    let body = String(line.dropFirst(isKey ? 13 : leading))
    // The first line takes what fits after the head; the rest hang at the indent.
    let opening = Wrap.lines(body, width: max(1, width - head.count)).first ?? body
    let rest = String(body.dropFirst(opening.count)).trimmingCharacters(in: .whitespaces)
    return [head + opening]
      + Wrap.lines(rest, width: max(1, width - indent)).map {
        String(repeating: " ", count: indent) + $0
      }
  }

  /// The help text's lines for what Help was opened from: the form, picker or prompt open on
  /// the screen, else the screen.
  static func lines(_ state: AppState) -> [String] {
    lines(for: state.mode?.context ?? .screen(state.help.previous))
  }

  static func render(_ state: AppState, into buffer: inout CellBuffer, area: Area) {
    let all = lines(state).flatMap { wrapped($0, width: area.width - 2) }
    let first = max(0, min(state.help.row, all.count - area.height))
    for (offset, line) in all.dropFirst(first).prefix(area.height).enumerated() {
      let heading = first + offset == 0 || line.hasSuffix(":")
      buffer.put(
        line, x: 1, y: area.y + offset,
        style: heading ? Style(.accent, bold: true) : Style(.normal), maxWidth: area.width - 2)
    }
    if first + area.height < all.count, area.height > 0 {
      buffer.put(
        tr("PgDn for more"),
        x: max(0, area.width - 1 - TextWidth.of(text: tr("PgDn for more")) - 1),
        y: area.y + area.height - 1,
        style: Style(.muted))
    }
  }
}
