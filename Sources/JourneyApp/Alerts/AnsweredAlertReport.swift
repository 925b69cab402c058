import JourneyCore
import JourneyExport

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
  /// An open urgent alert says again whom to call and what to do if they cannot be reached,
  /// as it did when raised: whoever reads the list may be the one to act on it.
  public static func lines(_ answered: RedFlags.Answered) -> [String] {
    let alert = answered.alert
    let head = tr(
      "%1$s %2$s %3$s at %4$s on %5$s", alert.symbol, alert.word, alert.id, alert.at.clockText,
      alert.at.date.shown)
    let seen = "    " + Catalog.text(.seen, in: Language.current, alert.seen)
    guard let ack = answered.acknowledgement else {
      let act =
        alert.level.isUrgent ? [alert.action] + (alert.emergencyLine.map { [$0] } ?? []) : []
      return [head + ": " + tr("OPEN, nobody has recorded what was done"), seen]
        + ([alert.message] + act).map { "    " + $0 }
    }
    return [
      head + ": "
        + tr(
          "answered by %1$s at %2$s on %3$s", "\(ack.author)", ack.at.clockText, ack.at.date.shown),
      seen, "    " + tr("What was done: %s", ack.note),
    ]
  }
}
