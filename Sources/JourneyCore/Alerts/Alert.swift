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
  /// What was seen, in words, in the language the alert was raised in (the run's):
  /// `Temperature 38.4 °C at 14:05 on 2026-10-07 (Day +8)`. ``seen(in:)`` says it in another.
  public var seen: String
  /// The language ``seen`` is in.
  public private(set) var seenLanguage: Language
  /// Says what was seen again in ``Language/current``: how the care team's block, or a report
  /// column in another language, reads it. Nil for an alert made from text alone.
  private var seenWords: (@Sendable () -> String)?
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
    seenLanguage = Language.current
    self.contact = contact
  }

  /// An alert whose words for what was seen are made by `seenWords`, now for ``seen`` and
  /// again in each other language the alert is shown in.
  init(
    rule: RedFlagRule, alsoMet: [RedFlagRule] = [], entryID: String?, at: Timestamp,
    contact: CareContact, seenWords: @escaping @Sendable () -> String
  ) {
    self.init(
      rule: rule, alsoMet: alsoMet, entryID: entryID, at: at, seen: seenWords(), contact: contact)
    self.seenWords = seenWords
  }

  /// What was seen, in `language`: ``seen`` when that is its language, or said again.
  public func seen(in language: Language) -> String {
    guard language != seenLanguage, let seenWords else { return seen }
    return Language.$current.withValue(language) { seenWords() }
  }

  /// Alerts are the same when everything shown of them is; how ``seen`` is said again is not
  /// compared (a closure), what it says in the alert's language is.
  public static func == (a: Alert, b: Alert) -> Bool {
    a.rule == b.rule && a.alsoMet == b.alsoMet && a.entryID == b.entryID && a.at == b.at
      && a.seen == b.seen && a.seenLanguage == b.seenLanguage && a.contact == b.contact
      && a.alongside == b.alongside && a.languages == b.languages
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
