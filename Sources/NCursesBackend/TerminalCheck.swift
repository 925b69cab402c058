/// Checks that can refuse a terminal before ncurses is asked to draw on it.
enum TerminalCheck {
  /// The terminal type to hand to `newterm`, or why there is none worth drawing on.
  ///
  /// Whether terminfo knows the name is left to `newterm`, which returns NULL for unknown ones
  /// (`initscr` would print its own error and exit instead).
  static func terminalName(in environment: [String: String]) throws(TerminalError) -> String {
    let name = (environment["TERM"] ?? "").trimmingWhitespace
    if name.isEmpty { throw .terminalTypeMissing }
    if name.lowercased() == "dumb" { throw .dumbTerminal }
    return name
  }
}

extension String {
  fileprivate var trimmingWhitespace: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
