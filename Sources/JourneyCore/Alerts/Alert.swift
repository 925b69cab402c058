/// A red flag that fired: what was seen, how urgent, whom to call and what to do if they cannot
/// be reached. Never a diagnosis.
///
/// One entry raises at most one alert, at the level of the most urgent rule it met, naming every
/// rule it met: never "call now" and "call today" for the same reading.
public struct Alert: Equatable, Sendable {
  /// The most urgent rule met (the first of them in the protocol file).
  public var rule: RedFlagRule
  /// The other rules the same entry met, in the protocol file's order.
  public var alsoMet: [RedFlagRule]
  /// The entry that raised it; nil for a missing reading.
  public var entryID: String?
  /// When the reading was observed, or when the missing reading was noticed.
  public var at: Timestamp
  /// What was seen, in words: `Temperature 38.4 °C at 14:05 on 2026-10-07 (Day +8)`.
  public var seen: String
  public var contact: CareContact
  /// Set when this alert is shown beside a more urgent one: its level. The action then says to
  /// mention this one on that call, so two alerts never give two different instructions.
  public var alongside: RedFlagRule.Level?
  /// The patient's language, in which the alert reads, and the care team's, shown below it
  /// when it differs (``Alert/lines(in:)``). English unless the caller says otherwise.
  public var languages: AlertLanguages = .english

  public init(
    rule: RedFlagRule, alsoMet: [RedFlagRule] = [], entryID: String?, at: Timestamp,
    seen: String, contact: CareContact
  ) {
    self.rule = rule
    self.alsoMet = alsoMet
    self.entryID = entryID
    self.at = at
    self.seen = seen
    self.contact = contact
  }

  /// What names the alert in an acknowledgement (`carejourney alerts ack ID`): the id of the
  /// entry that raised it, or for a missing reading the rule and the day
  /// (`temperature-not-logged@2026-11-22`).
  public var id: String { entryID ?? "\(rule.id)@\(at.date)" }

  /// Every rule met, the most urgent first.
  public var rules: [RedFlagRule] { [rule] + alsoMet }

  public var level: RedFlagRule.Level { rule.level }

  /// The rules' messages, one after the other, in the patient's language.
  public var message: String { message(in: languages.patient) }

  /// `!!!`, `!!`, `!`, `i`: a symbol as well as a word and a colour, so meaning never rests on
  /// colour.
  public var symbol: String {
    switch rule.level {
    case .emergency: "!!!"
    case .urgent: "!!"
    case .callToday: "!"
    case .info: "i"
    }
  }

  /// `EMERGENCY`, `URGENT`, `CALL TODAY`, `FOR YOUR INFORMATION`, in the patient's language.
  public var word: String { word(in: languages.patient) }

  /// Whom to call and how soon, with the team's number (or that none is recorded).
  public var action: String { action(in: languages.patient) }

  /// What to do when the team cannot be reached, for urgent and emergency alerts; nil otherwise.
  public var emergencyLine: String? { emergencyLine(in: languages.patient) }

  /// Whom to call in the fewest words, for a terminal too small for the rest:
  /// `call +49 9131 85-33010 now; else 112`. Urgent ones keep the emergency number.
  public var compactAction: String { compactAction(in: languages.patient) }

  /// The whole alert in one plain line.
  public var line: String { line(in: languages.patient) }
}
