/// The longest text CareJourney accepts, in one place for the command line and the screens.
///
/// A paste of a whole file into `--note` is a mistake, not a note; refusing it keeps the day
/// files readable and the screens fast. Lengths count Unicode scalars, so a "character" made of
/// thousands of combining marks cannot slip past.
public enum TextLimits {
  /// Notes, medications, reasons for a correction or an exceptional transition.
  public static let freeText = 2_000
  /// Names (patient, author) and the team's phone number.
  public static let name = 200

  /// Why a text was refused: what it was, how long it was, and the limit.
  public struct TooLong: Error, Equatable, CustomStringConvertible {
    public let what: String
    public let length: Int
    public let limit: Int
    public var description: String {
      "\(what) is \(length) characters long; the limit is \(limit) characters: shorten it"
    }
  }

  /// The length the limits count.
  public static func length(_ text: some StringProtocol) -> Int { text.unicodeScalars.count }

  /// Refuses `text` when it is longer than `limit`; `what` names it in the message (`--note`).
  public static func check(_ text: String, limit: Int, what: String) throws(TooLong) {
    let length = length(text)
    guard length <= limit else { throw TooLong(what: what, length: length, limit: limit) }
  }

  /// Refuses the first text over its limit: `freeText` against ``freeText``, `names` against
  /// ``name``; each keyed by what the message calls it (`--note`). Nil texts were not given.
  public static func check(
    freeText: KeyValuePairs<String, String?> = [:], names: KeyValuePairs<String, String?> = [:]
  ) throws(TooLong) {
    for (what, text) in freeText {
      if let text { try check(text, limit: Self.freeText, what: what) }
    }
    for (what, text) in names {
      if let text { try check(text, limit: name, what: what) }
    }
  }
}
