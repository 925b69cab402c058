import JourneyCore

/// How alerts read in plain-text output: a symbol, a word and the action, never colour alone.
public enum AlertText {
  /// Several lines for `log`: hard to miss at 3 a.m. Urgent ones end with what to do if the
  /// team cannot be reached.
  /// In the patient's language, then the care team's below it when it differs
  /// (``Alert/blocks()``).
  public static func block(_ alert: Alert) -> [String] {
    Array(alert.blocks().joined(separator: [""]))
  }

  /// Each alert's block after a blank line, as a command prints them (each line is made safe
  /// when printed: the message, what was seen and the action come from the protocol file and
  /// the log).
  public static func lines(_ alerts: [Alert]) -> [String] {
    alerts.flatMap { [""] + block($0) }
  }

  /// The alerts raised by entries just saved, judged against the journey's earlier entries (a
  /// lab rule compares with the values before it), ranked as the screens show them: one per
  /// entry, most urgent first, the others told to be mentioned on that call.
  public static func raised(
    by saved: [Entry], after earlier: [Entry], journey: Journey, care: CareProtocol
  ) -> [Alert] {
    RedFlags.ranked(
      RedFlags.alerts(for: saved, in: earlier + saved, journey: journey, protocol: care))
  }
}
