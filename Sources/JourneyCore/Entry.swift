/// One line of a day file: something logged on a day (a reading, a symptom, a note).
public struct Entry: Equatable, Sendable {
  /// What was logged.
  public enum Body: Equatable, Sendable {
    /// Body temperature, stored in °C, with the reading as it was typed (`100.8F`).
    case temperature(celsius: Double, asTyped: String)
    /// A symptom by its protocol id, severity 0–4 (PRO-CTCAE: none … very severe).
    case symptom(name: String, severity: Int)
    /// Free text.
    case note(text: String)
  }

  public var id: String
  /// When it was written.
  public var recordedAt: Timestamp
  /// When it was observed (`log --at`); decides the day file and the day label.
  public var observedAt: Timestamp
  public var author: Author
  public var body: Body

  public init(
    id: String, recordedAt: Timestamp, observedAt: Timestamp, author: Author, body: Body
  ) {
    self.id = id
    self.recordedAt = recordedAt
    self.observedAt = observedAt
    self.author = author
    self.body = body
  }

  /// The word stored in the line's `type` field.
  public var type: String {
    switch body {
    case .temperature: "temperature"
    case .symptom: "symptom"
    case .note: "note"
    }
  }
}
