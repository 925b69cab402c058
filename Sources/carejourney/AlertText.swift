import JourneyCore

/// How alerts read in plain-text output: a symbol, a word and the action, never colour alone.
enum AlertText {
  /// Several lines for `log`: hard to miss at 3 a.m.
  static func block(_ alert: Alert) -> [String] {
    let bar = alert.level == .urgent ? "!!!!!!!!" : "--------"
    return [
      "\(bar) \(alert.symbol) \(alert.word) \(bar)",
      alert.rule.message,
      "Seen: \(alert.seen).",
      alert.action,
    ]
  }

  /// Prints the block after a blank line; each line is made safe (the message, what was seen
  /// and the action come from the protocol file and the log).
  static func show(_ alert: Alert) {
    say("")
    block(alert).forEach(say)
  }
}
