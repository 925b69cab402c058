import JourneyCore

/// One alert in JSON output: `rule` is the most urgent rule met, `rules` every rule the entry
/// met; `emergency` what to do if the team cannot be reached (urgent alerts only).
public struct AlertReport: Encodable {
  var rule: String
  var rules: [String]
  var level: RedFlagRule.Level
  var message: String
  var seen: String
  var action: String
  @NullWhenAbsent var emergency: String?
  var at: Timestamp
  @NullWhenAbsent var entryID: String?

  public init(_ alert: Alert) {
    rule = alert.rule.id
    rules = alert.rules.map(\.id)
    level = alert.level
    message = alert.message
    seen = alert.seen
    action = alert.action
    emergency = alert.emergencyLine
    at = alert.at
    entryID = alert.entryID
  }

  enum CodingKeys: String, CodingKey {
    case rule, rules, level, message, seen, action, emergency, at
    case entryID = "entry"
  }

}
