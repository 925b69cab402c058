extension RedFlags {
  /// How long an urgent alert nobody answered stays in force: it stays at the top of Today, in
  /// `status` and in `remind` until someone records what was done, for up to this many days.
  public static let openDays = 7

  /// An alert with what was recorded about it, if anything: a line of `carejourney alerts`.
  public struct Answered: Equatable, Sendable {
    public var alert: Alert
    /// Nil while nobody recorded what was done.
    public var acknowledgement: AlertAcknowledgement?
  }

  /// Every alert raised by the entries observed in the last ``openDays`` days up to `now`, and
  /// the alerts of readings missing now, newest first, each with its acknowledgement.
  ///
  /// An acknowledgement answers its alert and every earlier one that met no rule it did not
  /// (answering the 38.9 °C fever answers the 38.4 °C one an hour before).
  public static func answered(
    journey: Journey, entries: [Entry], protocol care: CareProtocol, now: Timestamp
  ) -> [Answered] {
    guard journey.isStarted else { return [] }
    let window = entries.filter { isOpen($0.observedAt, now: now) }
    let raised =
      alerts(for: window, in: entries, journey: journey, protocol: care)
      + missing(journey: journey, entries: entries, protocol: care, now: now)
    return answered(raised, answers: AlertAcknowledgement.all(in: entries))
  }

  /// Whether something observed `at` is in the ``openDays`` days up to `now`, when the alerts
  /// of an entry observed then may still be in force.
  public static func isOpen(_ at: Timestamp, now: Timestamp) -> Bool {
    at.unixSeconds >= now.unixSeconds - openDays * 86_400 && at.unixSeconds <= now.unixSeconds
  }

  /// Alerts raised (by the entries of the ``openDays`` days up to now, and by readings missing
  /// now), newest first, each with its acknowledgement among `answers`.
  public static func answered(_ raised: [Alert], answers: [AlertAcknowledgement]) -> [Answered] {
    raised
      .sorted { ($0.at, $0.id) > ($1.at, $1.id) }
      .map { Answered(alert: $0, acknowledgement: answer(for: $0, among: raised, in: answers)) }
  }

  /// The acknowledgement that answers an alert: one naming it, or one naming a later alert
  /// that met every rule it met.
  public static func answer(
    for alert: Alert, among raised: [Alert], in answers: [AlertAcknowledgement]
  ) -> AlertAcknowledgement? {
    if let own = answers.first(where: { $0.alertID == alert.id }) { return own }
    let rules = Set(alert.rules.map(\.id))
    return answers.first { answer in
      raised.contains { other in
        other.id == answer.alertID && other.at >= alert.at
          && rules.isSubset(of: Set(other.rules.map(\.id)))
      }
    }
  }
}
