import JourneyCore

/// One reminder in `remind --json`.
public struct ReminderReport: Encodable {
  var kind: Reminder.Kind
  var message: String
  @NullWhenAbsent var id: String?

  public init(_ reminder: Reminder) {
    kind = reminder.kind
    message = reminder.message
    id = reminder.id
  }

}
