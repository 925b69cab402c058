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

  /// The rules' messages, one after the other: everything that was met, in words.
  public var message: String { rules.map(\.message).joined(separator: " ") }

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

  /// `EMERGENCY`, `URGENT`, `CALL TODAY`, `FOR YOUR INFORMATION`.
  public var word: String {
    switch rule.level {
    case .emergency: "EMERGENCY"
    case .urgent: "URGENT"
    case .callToday: "CALL TODAY"
    case .info: "FOR YOUR INFORMATION"
    }
  }

  /// Whom to call and how soon, with the team's number (or that none is recorded).
  public var action: String {
    let number = contact.teamPhone.map { " on \($0)" } ?? " (no team number is recorded)"
    if let alongside, alongside.isUrgent, alongside < level {
      return "Tell your CAR-T team about this too when you call them now\(number)."
    }
    switch rule.level {
    case .emergency: return "Call \(contact.emergencyText) now, then your CAR-T team\(number)."
    case .urgent: return "Call your CAR-T team now\(number)."
    case .callToday: return "Call your CAR-T team today\(number)."
    case .info: return "No call needed; mention it at your next contact."
    }
  }

  /// What to do when the team cannot be reached, for urgent and emergency alerts; nil otherwise.
  public var emergencyLine: String? {
    switch rule.level {
    case .emergency:
      return "If you cannot call, go to the nearest emergency department. "
        + "Say you had CAR-T cell therapy and show your wallet card."
    case .urgent:
      return "If you cannot reach them now, call \(contact.emergencyText) or go to the nearest "
        + "emergency department. Say you had CAR-T cell therapy and show your wallet card."
    case .callToday, .info:
      return nil
    }
  }

  /// Whom to call in the fewest words, for a terminal too small for the rest:
  /// `call +49 9131 85-33010 now; else 112`. Urgent ones keep the emergency number.
  public var compactAction: String {
    let team = contact.teamPhone ?? "your team (no number recorded)"
    if let alongside, alongside.isUrgent, alongside < level {
      return "tell \(team) too" + (level.isUrgent ? "; else \(contact.emergencyText)" : "")
    }
    switch rule.level {
    case .emergency: return "call \(contact.emergencyText) now, then \(team)"
    case .urgent: return "call \(team) now; else \(contact.emergencyText)"
    case .callToday: return "call \(team) today"
    case .info: return "no call needed"
    }
  }

  /// The whole alert in one plain line.
  public var line: String {
    let tail = emergencyLine.map { " \($0)" } ?? ""
    return "\(symbol) \(word): \(message) Seen: \(seen). \(action)\(tail)"
  }
}
