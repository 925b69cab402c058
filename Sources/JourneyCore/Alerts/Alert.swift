/// A red flag that fired: what was seen, how urgent, and whom to call. Never a diagnosis.
public struct Alert: Equatable, Sendable {
  public var rule: RedFlagRule
  /// The entry that raised it; nil for a missing reading.
  public var entryID: String?
  /// When the reading was observed, or when the missing reading was noticed.
  public var at: Timestamp
  /// What was seen, in words: `Temperature 38.4 °C at 14:05, Day +3`.
  public var seen: String
  public var teamPhone: String?

  public var level: RedFlagRule.Level { rule.level }

  /// `!!`, `!`, `i`: a symbol as well as a word and a colour, so meaning never rests on colour.
  public var symbol: String {
    switch rule.level {
    case .urgent: "!!"
    case .callToday: "!"
    case .info: "i"
    }
  }

  /// `URGENT`, `CALL TODAY`, `FYI`.
  public var word: String {
    switch rule.level {
    case .urgent: "URGENT"
    case .callToday: "CALL TODAY"
    case .info: "FOR YOUR INFORMATION"
    }
  }

  /// Whom to call and how soon, with the number when the journey has one.
  public var action: String {
    let phone = teamPhone.map { " on \($0)" } ?? ""
    switch rule.level {
    case .urgent: return "Call your CAR-T team now\(phone)."
    case .callToday: return "Call your CAR-T team today\(phone)."
    case .info: return "No call needed; mention it at your next contact."
    }
  }

  /// The whole alert in one plain line.
  public var line: String { "\(symbol) \(word): \(rule.message) Seen: \(seen). \(action)" }
}
