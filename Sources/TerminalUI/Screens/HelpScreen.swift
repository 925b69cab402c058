import JourneyCore

/// `?`: the keys, generated from the key map, and the phase transitions, from their table.
public enum HelpScreen {
  /// The help text's lines for the screen help was opened from.
  public static func lines(for screen: AppState.Screen) -> [String] {
    var lines = ["Keys on \(screen.title):"]
    for binding in KeyMap.bindings(on: screen) {
      var text = "  \(binding.label.padding(toLength: 10, withPad: " ", startingAt: 0)) \(binding.help)"
      if binding.nurseOnly { text += " (nurse)" }
      lines.append(text)
    }
    lines.append("  Esc        close this help")
    lines.append("")
    lines.append("Phases and the moves allowed between them:")
    for phase in Phase.allCases where !phase.isEnd {
      let moves = PhaseTransition.allowed(from: phase).map {
        $0.requiresReason ? "\($0.to.rawValue) (\($0.kind.rawValue), reason)" : $0.to.rawValue
      }
      lines.append("  \(phase.rawValue) → " + moves.joined(separator: ", "))
    }
    lines.append("")
    lines.append("Alerts show a symbol and a word as well as a colour: !! URGENT (call now), ! CALL TODAY.")
    return lines
  }

  /// The help text's lines for what Help was opened from.
  static func lines(_ state: AppState) -> [String] {
    lines(for: state.help.previous)
  }

  static func render(_ state: AppState, into buffer: inout CellBuffer, area: Area) {
    let all = lines(state)
    let first = max(0, min(state.help.row, all.count - area.height))
    for (offset, line) in all.dropFirst(first).prefix(area.height).enumerated() {
      let heading = first + offset == 0 || line.hasSuffix(":")
      buffer.put(line, x: 1, y: area.y + offset, style: heading ? Style(.accent, bold: true) : Style(.normal), maxWidth: area.width - 2)
    }
    if first + area.height < all.count, area.height > 0 {
      buffer.put("PgDn for more", x: max(0, area.width - 15), y: area.y + area.height - 1, style: Style(.muted))
    }
  }
}
