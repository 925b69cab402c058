import JourneyCore
import TOMLKit

/// Reads one table of a theme file key by key, so every error names the file, the table and the
/// key, and says what would have been accepted (as `ProtocolTableReader` does for protocols).
struct ThemeTableReader {
  let table: TOMLTable
  let source: String
  /// `[roles]`, `[roles.urgent]`; nil at the top level.
  let place: String?

  /// An error at this table, about `key` when given.
  func error(_ key: String?, _ reason: String) -> ThemeError {
    ThemeError(source: source, table: place, key: key, reason: reason)
  }

  /// A reader for the sub-table `key`, or nil when it is absent.
  func subtable(_ key: String, place: String) throws(ThemeError) -> ThemeTableReader? {
    guard let value = table[key] else { return nil }
    guard let sub = value.table else { throw mistyped(key, value, "a table, \(place)") }
    return ThemeTableReader(table: sub, source: source, place: place)
  }

  /// Refuses any key not in `allowed`: a misspelt key must never be ignored silently.
  func rejectUnknownKeys(allowed: [String], noun: String = "key") throws(ThemeError) {
    for key in table.keys.sorted() where !allowed.contains(key) {
      let whereAbout = place == nil ? " at the top level" : ""
      throw error(
        key,
        "unknown \(noun) \"\(key)\"\(whereAbout)"
          + ThemeTableReader.suggestion(for: key, in: allowed, noun: noun))
    }
  }

  /// `; did you mean "x"? (nouns: a, b, c)`: what to type instead of `word`.
  static func suggestion(for word: String, in allowed: [String], noun: String) -> String {
    var text = ""
    if let guess = Suggestions.closest(to: word, in: allowed, limit: 1).first {
      text += "; did you mean \"\(guess)\"?"
    }
    return text + " (\(noun)s: \(allowed.joined(separator: ", ")))"
  }

  func string(_ key: String) throws(ThemeError) -> String? {
    guard let value = table[key] else { return nil }
    guard let text = value.string else { throw mistyped(key, value, "a string in quotes") }
    return text
  }

  func bool(_ key: String) throws(ThemeError) -> Bool? {
    guard let value = table[key] else { return nil }
    guard let flag = value.bool else { throw mistyped(key, value, "true or false") }
    return flag
  }

  /// A value that must be there.
  func required<Value>(
    _ key: String, _ read: (String) throws(ThemeError) -> Value?
  ) throws(ThemeError) -> Value {
    guard let value = try read(key) else { throw error(key, "\(key) is missing") }
    return value
  }

  /// A colour: a name (`"red"`, `"bright-white"`, `"default"`) or an xterm number 0–255.
  func color(_ key: String) throws(ThemeError) -> Theme.Color? {
    guard let value = table[key] else { return nil }
    if let number = value.int {
      guard (0...255).contains(number) else {
        throw error(key, "\(key) \(number) is not a colour number (0-255)")
      }
      return .indexed(number)
    }
    guard let name = value.string else {
      throw mistyped(key, value, "a colour name in quotes or a number 0-255")
    }
    if let color = Theme.Color(name: name) { return color }
    if let number = Int(name) {
      throw error(
        key, "\(key) \"\(name)\": write a colour number without quotes (\(key) = \(number))")
    }
    throw error(
      key,
      "\(key) \"\(name)\" is not a colour"
        + ThemeTableReader.suggestion(for: name, in: Theme.Color.names, noun: "colour")
        + ", or a number 0-255")
  }

  private func mistyped(
    _ key: String, _ value: any TOMLValueConvertible, _ expected: String
  ) -> ThemeError {
    error(key, "\(key) must be \(expected), not \(value.debugDescription)")
  }
}
