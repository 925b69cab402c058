import JourneyCore

/// How alerts read in plain-text output: a symbol, a word and the action, never colour alone.
enum AlertText {
  /// Several lines for `log`: hard to miss at 3 a.m.
  static func block(_ alert: Alert) -> String {
    let bar = alert.level == .urgent ? "!!!!!!!!" : "--------"
    return """
      \(bar) \(alert.symbol) \(alert.word) \(bar)
      \(alert.rule.message)
      Seen: \(alert.seen).
      \(alert.action)
      """
  }
}
