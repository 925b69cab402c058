import JourneyCore

/// One alert in `carejourney alerts --json`: the alert (as in `status --json`), its id for
/// `alerts ack`, and who answered it, when and with what note (null while open).
public struct AnsweredAlertReport: Encodable {
  var id: String
  var alert: AlertReport
  var open: Bool
  @NullWhenAbsent var acknowledgedBy: Author?
  @NullWhenAbsent var acknowledgedAt: Timestamp?
  @NullWhenAbsent var note: String?

  public init(_ answered: RedFlags.Answered) {
    id = answered.alert.id
    alert = AlertReport(answered.alert)
    open = answered.acknowledgement == nil
    acknowledgedBy = answered.acknowledgement?.author
    acknowledgedAt = answered.acknowledgement?.at
    note = answered.acknowledgement?.note
  }

  /// The alert in lines for a person: `OPEN` or who answered it and when, then what was seen.
  public static func lines(_ answered: RedFlags.Answered) -> [String] {
    let alert = answered.alert
    let head =
      "\(alert.symbol) \(alert.word) \(alert.id) at \(alert.at.clockText) on \(alert.at.date)"
    guard let ack = answered.acknowledgement else {
      return [
        "\(head): OPEN, nobody has recorded what was done", "    Seen: \(alert.seen).",
        "    \(alert.message)",
      ]
    }
    return [
      "\(head): answered by \(ack.author) at "
        + "\(ack.at.clockText) on \(ack.at.date)",
      "    Seen: \(alert.seen).", "    What was done: \(ack.note)",
    ]
  }
}
