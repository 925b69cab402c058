/// What someone recorded doing about an alert (`a` on Today, `carejourney alerts ack`): who,
/// when, and in their words. Read from an `acknowledgement` line of a day file.
public struct AlertAcknowledgement: Equatable, Sendable {
  /// The ``Alert/id`` it answers.
  public var alertID: String
  /// What was done: `called the team at 14:32, told to come in`.
  public var note: String
  /// When it was written.
  public var at: Timestamp
  public var author: Author
  /// The line that holds it.
  public var entryID: String

  public init(alertID: String, note: String, at: Timestamp, author: Author, entryID: String) {
    self.alertID = alertID
    self.note = note
    self.at = at
    self.author = author
    self.entryID = entryID
  }

  /// The acknowledgements among `entries`, oldest first, leaving out any a correction struck out.
  public static func all(in entries: [Entry]) -> [AlertAcknowledgement] {
    let struck = RedFlags.struckOut(in: entries)
    return entries.compactMap { entry in
      guard case .acknowledgement(let alert, let note) = entry.body, !struck.contains(entry.id)
      else { return nil }
      return AlertAcknowledgement(
        alertID: alert, note: note, at: entry.recordedAt, author: entry.author, entryID: entry.id)
    }
    .sorted { ($0.at, $0.entryID) < ($1.at, $1.entryID) }
  }
}
