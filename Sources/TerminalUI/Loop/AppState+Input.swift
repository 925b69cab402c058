import JourneyCore

extension AppState {
  /// A line of text being typed, with what it is for.
  public struct Input: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
      case temperature, note, medication
      /// What was done about the alert `alert` (its ``Alert/id``).
      case acknowledgement(alert: String)
      case search, jump
      /// The name of the person signing a milestone, or marking a conditional one not
      /// applicable.
      case signerName(milestone: String, notApplicable: Bool = false)
      /// The day a milestone from before CareJourney was done, to sign it with its real date.
      case signedOn(milestone: String)
      /// The signer of a milestone from before CareJourney: done on `on`, or (nil) done
      /// elsewhere, its date not known.
      case signerBefore(milestone: String, on: LocalDate?)
      case reason(phase: Phase)
      case startName, startPhaseDate, startInfusion, startPhone
      /// The patient's date of birth, sex, and each hospital or trial number (SYSTEM|VALUE).
      case startBorn, startSex, startIdentifier
      /// The name of the person at the keyboard, once their role is chosen.
      case personName(Role)
      case exportFormat
      /// A corrected value for the line `id`, of its kind (`temperature`, `note`).
      case correctionValue(id: String, kind: String)
      /// Why the line `id` is corrected, and how.
      case correctionReason(id: String, change: CorrectionChange)
    }
    public var purpose: Purpose
    /// What has been typed; changed only by ``type(_:limit:)`` and ``deleteLast()`` so that
    /// ``length`` stays right.
    public private(set) var text: String
    public var prompt: String
    /// The text's length as ``TextLimits`` counts it, kept as keys arrive: a 1 MB paste
    /// comes one key at a time, and counting the whole line for each would be quadratic.
    public private(set) var length: Int
    /// The message last shown for a key refused at the limit: each further key of a long paste
    /// finds it still shown and leaves it, instead of building it again.
    var refusal: String?

    public init(_ purpose: Purpose, prompt: String, text: String = "") {
      self.purpose = purpose
      self.prompt = prompt
      self.text = text
      length = TextLimits.length(text)
    }

    /// Adds a typed character; false (and nothing added) when it would pass `limit`.
    public mutating func type(_ character: Character, limit: Int) -> Bool {
      let added = character.unicodeScalars.count
      guard length + added <= limit else { return false }
      text.append(character)
      length += added
      return true
    }

    /// Removes the last character, if any.
    public mutating func deleteLast() {
      guard let last = text.popLast() else { return }
      length -= last.unicodeScalars.count
    }
  }
}
