/// Something to do now, in words a tired patient can act on.
public struct Reminder: Equatable, Sendable {
  /// What the reminder is about; also its order in a list (temperature checks first).
  public enum Kind: String, Codable, Sendable, CaseIterable {
    /// An urgent alert nobody answered within the protocol's minutes
    /// (``CareProtocol/acknowledgeUrgentWithinMinutes``): escalated to whoever is with the patient.
    case alertUnanswered = "alert-unanswered"
    /// A temperature check of the acute window has passed with no temperature logged since.
    case temperatureCheck = "temperature-check"
    /// A milestone is due today.
    case milestoneDue = "milestone-due"
    /// A milestone is past its due date and not signed.
    case milestoneOverdue = "milestone-overdue"
    /// Nothing at all was logged yesterday, a day of the acute window.
    case unloggedDay = "unlogged-day"
  }

  public var kind: Kind
  /// One line: `Time to take your temperature (20:00 check, Day +3)`.
  public var message: String
  /// The milestone id for milestone reminders (what `carejourney sign` takes), the alert id for
  /// an unanswered alert (what `carejourney alerts ack` takes); nil otherwise.
  public var id: String?
  /// ``message`` in each language CareJourney speaks (English is ``message``).
  public var translations: [Language: String] = [:]
  /// The languages `remind` prints it in: the patient's, then the care team's when it differs.
  public var shown: [Language] = [.english]

  /// ``message`` in each of ``shown``, the patient's language first.
  public var lines: [String] { shown.map(message(in:)) }

  public init(kind: Kind, message: String, id: String? = nil) {
    self.kind = kind
    self.message = message
    self.id = id
  }

  /// A reminder worded by the catalog: `arguments` gives the placeholders in each language.
  init(kind: Kind, _ key: CatalogKey, id: String? = nil, arguments: (Language) -> [String]) {
    self.init(kind: kind, message: Catalog.text(key, in: .english, arguments: arguments(.english)))
    self.id = id
    for language in Language.allCases where language != .english {
      translations[language] = Catalog.text(key, in: language, arguments: arguments(language))
    }
  }

  /// The message in `language`.
  public func message(in language: Language) -> String { translations[language] ?? message }

  /// Equal when they remind of the same thing in the same languages: the translations follow
  /// from the English message's inputs and are checked by the catalog tests.
  public static func == (lhs: Reminder, rhs: Reminder) -> Bool {
    lhs.kind == rhs.kind && lhs.message == rhs.message && lhs.id == rhs.id
      && lhs.shown == rhs.shown
  }
}
