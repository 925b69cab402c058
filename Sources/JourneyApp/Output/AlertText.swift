import JourneyCore

/// How alerts read in plain-text output: a symbol, a word and the action, never colour alone.
enum AlertText {
  /// Several lines for `log`: hard to miss at 3 a.m. Urgent ones end with what to do if the
  /// team cannot be reached.
  static func block(_ alert: Alert) -> [String] {
    let bar = alert.level.isUrgent ? "!!!!!!!!" : "--------"
    return [
      "\(bar) \(alert.symbol) \(alert.word) \(bar)",
      alert.message,
      "Seen: \(alert.seen).",
      alert.action,
    ] + (alert.emergencyLine.map { [$0] } ?? [])
  }

  /// Prints the block after a blank line; each line is made safe (the message, what was seen
  /// and the action come from the protocol file and the log).
  static func show(_ alert: Alert) {
    say("")
    block(alert).forEach(say)
  }

  /// The alerts raised by entries just saved, judged against the journey's earlier entries (a
  /// lab rule compares with the values before it), ranked as the screens show them: one per
  /// entry, most urgent first, the others told to be mentioned on that call.
  static func raised(
    by saved: [Entry], after earlier: [Entry], journey: Journey, care: CareProtocol
  ) -> [Alert] {
    RedFlags.ranked(
      RedFlags.alerts(for: saved, in: earlier + saved, journey: journey, protocol: care))
  }
}
