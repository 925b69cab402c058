import TOMLKit

/// Reads one table of a hand-edited TOML file key by key, so every error names the file, the
/// table and the key, and says what would have been accepted.
///
/// The one strict reader behind protocol files (`CareProtocol(toml:fileName:)`) and theme files
/// (`Theme(toml:fileName:)`): an unknown key, a value of the wrong type or a missing key is a
/// `TOMLFileError`, never a silent default. Value readers are in `TOMLTableReader+Values.swift`,
/// the wording for a value of the wrong type in `TOMLTableReader+WrongType.swift`.
public struct TOMLTableReader {
  /// The table being read.
  public let table: TOMLTable
  /// The file as named to the loader (`cd19-sle.toml`, `./my-theme.toml`).
  public let file: String
  /// `milestone "flu-day-minus-5"`, `milestone #3`, `[roles.urgent]`; nil at the top level.
  public let place: String?
  /// How messages name a value of the wrong type; tables inside this one word it alike.
  public let wrongType: WrongTypeWording

  init(table: TOMLTable, file: String, place: String?, wrongType: WrongTypeWording) {
    self.table = table
    self.file = file
    self.place = place
    self.wrongType = wrongType
  }

  /// A reader for the top level of `text`.
  ///
  /// - Throws: `TOMLFileError` for text that is not TOML, with the line and column when the
  ///   parser gives them.
  public init(
    parsing text: String, file: String, wrongType: WrongTypeWording = .typeName
  ) throws(TOMLFileError) {
    let root: TOMLTable
    if let (line, column) = TOMLTableReader.bracketAfterArrayHeader(in: text) {
      throw TOMLFileError(
        file: file, line: line, column: column,
        reason: tr("TOML syntax error: a table header cannot open with three brackets ([[[)"))
    }
    do {
      root = try TOMLTable(string: text)
    } catch {
      throw TOMLFileError(file: file, syntaxError: error)
    }
    self.init(table: root, file: file, place: nil, wrongType: wrongType)
  }

  /// The line and column of a `[` opening a key inside an array-of-tables header (`[[[x]]]`,
  /// `[[ [x]]`): text the TOML parser TOMLKit bundles (toml++) stops the program on instead of
  /// reporting, so it is refused here first. A damaged protocol or theme file must be reported,
  /// never crash the app.
  ///
  /// One pass over the bytes: every command reads the protocol file, and this runs first.
  static func bracketAfterArrayHeader(in text: String) -> (line: Int, column: Int)? {
    var text = text
    return text.withUTF8 { bytes in
      let count = bytes.count
      let (bracket, space, tab) = (UInt8(ascii: "["), UInt8(ascii: " "), UInt8(ascii: "\t"))
      func skipBlanks(from index: Int) -> Int {
        var index = index
        while index < count, bytes[index] == space || bytes[index] == tab { index += 1 }
        return index
      }
      var line = 1
      var start = 0
      while start < count {
        var index = skipBlanks(from: start)
        if index + 1 < count, bytes[index] == bracket, bytes[index + 1] == bracket {
          index = skipBlanks(from: index + 2)
          if index < count, bytes[index] == bracket { return (line, index - start + 1) }
        }
        while index < count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        start = index + 1
        line += 1
      }
      return nil
    }
  }

  /// A reader for `table`, a table inside this one's file, named `place` in messages.
  func reader(for table: TOMLTable, place: String) -> TOMLTableReader {
    TOMLTableReader(table: table, file: file, place: place, wrongType: wrongType)
  }

  /// An error at this table, about `key` when given.
  public func error(_ key: String?, _ reason: String) -> TOMLFileError {
    TOMLFileError(file: file, table: place, key: key, reason: reason)
  }

  /// Whether the table holds `key`.
  public func has(_ key: String) -> Bool { table.contains(key: key) }

  /// The keys of `keys` that are present, in the order given.
  func present(_ keys: [String]) -> [String] { keys.filter(has) }

  /// Refuses any key not in `allowed`: a misspelt key must never be ignored silently.
  ///
  /// - Parameter noun: what the keys are called in the message (`role` for `[roles]`).
  public func rejectUnknownKeys(allowed: [String], noun: String = "key") throws(TOMLFileError) {
    for key in table.keys.sorted() where !allowed.contains(key) {
      let suggestion = TOMLTableReader.suggestion(for: key, in: allowed, noun: noun)
      throw error(
        key,
        place == nil
          ? tr("unknown %1$s \"%2$s\" at the top level%3$s", Self.noun(noun), key, suggestion)
          : tr("unknown %1$s \"%2$s\"%3$s", Self.noun(noun), key, suggestion))
    }
  }

  /// `; did you mean "x"? (nouns: a, b, c)`: what to type instead of `word`.
  public static func suggestion(for word: String, in allowed: [String], noun: String) -> String {
    var text = ""
    if let guess = Suggestions.closest(to: word, in: allowed, limit: 1).first {
      text += tr("; did you mean \"%s\"?", guess)
    }
    return text + tr(" (%1$s: %2$s)", nouns(noun), allowed.joined(separator: ", "))
  }

  /// A reader for the sub-table `key`, or nil when it is absent.
  ///
  /// - Parameter place: how messages name the sub-table; `[key]` by default.
  public func subtable(
    _ key: String, place: String? = nil
  ) throws(TOMLFileError) -> TOMLTableReader? {
    let place = place ?? "[\(key)]"
    guard let value = table[key] else { return nil }
    guard let sub = value.table else { throw mistyped(key, value, tr("a table, %s", place)) }
    return reader(for: sub, place: place)
  }

  /// An array of tables (`[[milestone]]`); empty when absent.
  func tables(_ key: String) throws(TOMLFileError) -> [TOMLTable] {
    guard let value = table[key] else { return [] }
    let expected = tr("an array of tables, each starting with [[%s]]", key)
    guard let array = value.array else { throw mistyped(key, value, expected) }
    var result: [TOMLTable] = []
    for element in array {
      guard let sub = element.table else { throw mistyped(key, element, expected) }
      result.append(sub)
    }
    return result
  }
}
