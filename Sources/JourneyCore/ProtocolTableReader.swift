import TOMLKit

/// Reads one table of a protocol file key by key, so every error names the file, the table and
/// the key, and says what would have been accepted.
struct ProtocolTableReader {
  let table: TOMLTable
  let fileName: String
  /// `milestone "flu-day-minus-5"`, `milestone #3`, `[acute-window]`; nil at the top level.
  let place: String?

  /// An error at this table, about `key` when given.
  func error(_ key: String?, _ reason: String) -> ProtocolError {
    ProtocolError(fileName: fileName, table: place, key: key, reason: reason)
  }

  func has(_ key: String) -> Bool { table.contains(key: key) }

  /// Refuses any key not in `allowed`: a misspelt key must never be ignored silently.
  func rejectUnknownKeys(allowed: [String]) throws(ProtocolError) {
    for key in table.keys where !allowed.contains(key) {
      let whereAbout = place == nil ? " at the top level" : ""
      var reason = "unknown key \"\(key)\"\(whereAbout)"
      if let guess = closestMatches(to: key, in: allowed, names: { [$0] }, limit: 1).first {
        reason += "; did you mean \"\(guess)\"?"
      }
      reason += " (keys: \(allowed.joined(separator: ", ")))"
      throw error(key, reason)
    }
  }

  /// The keys of `keys` that are present, in the order given.
  func present(_ keys: [String]) -> [String] { keys.filter(has) }

  func string(_ key: String) throws(ProtocolError) -> String? {
    guard let value = table[key] else { return nil }
    guard let text = value.string else { throw mistyped(key, value, "a string in quotes") }
    return text
  }

  /// A string that must be there and must not be blank.
  func requiredString(_ key: String) throws(ProtocolError) -> String {
    guard let text = try string(key) else { throw error(key, "\(key) is missing") }
    guard !text.allSatisfy(\.isWhitespace) else { throw error(key, "\(key) is empty") }
    return text
  }

  /// A whole number that must be there.
  func requiredInt(_ key: String) throws(ProtocolError) -> Int {
    guard let number = try int(key) else { throw error(key, "\(key) is missing") }
    return number
  }

  func int(_ key: String) throws(ProtocolError) -> Int? {
    guard let value = table[key] else { return nil }
    guard let number = value.int else { throw mistyped(key, value, "a whole number") }
    return number
  }

  /// A whole number greater than zero.
  func positiveInt(_ key: String) throws(ProtocolError) -> Int? {
    guard let number = try int(key) else { return nil }
    guard number > 0 else { throw error(key, "\(key) must be 1 or more, not \(number)") }
    return number
  }

  /// A number, whole or not (`38` and `38.0` both read as 38.0).
  func number(_ key: String) throws(ProtocolError) -> Double? {
    guard let value = table[key] else { return nil }
    if let number = value.double { return number }
    if let number = value.int { return Double(number) }
    throw mistyped(key, value, "a number")
  }

  func bool(_ key: String) throws(ProtocolError) -> Bool? {
    guard let value = table[key] else { return nil }
    guard let flag = value.bool else { throw mistyped(key, value, "true or false") }
    return flag
  }

  /// An array of strings (`["08:00", "14:00"]`).
  func strings(_ key: String) throws(ProtocolError) -> [String]? {
    guard let value = table[key] else { return nil }
    guard let array = value.array else {
      throw mistyped(key, value, "an array of strings, e.g. [\"a\", \"b\"]")
    }
    var result: [String] = []
    for element in array {
      guard let text = element.string else {
        throw mistyped(key, element, "an array of strings, e.g. [\"a\", \"b\"]")
      }
      result.append(text)
    }
    return result
  }

  /// A sub-table (`[acute-window]`).
  func subtable(_ key: String) throws(ProtocolError) -> TOMLTable? {
    guard let value = table[key] else { return nil }
    guard let sub = value.table else { throw mistyped(key, value, "a table, [\(key)]") }
    return sub
  }

  /// An array of tables (`[[milestone]]`); empty when absent.
  func tables(_ key: String) throws(ProtocolError) -> [TOMLTable] {
    guard let value = table[key] else { return [] }
    let expected = "an array of tables, each starting with [[\(key)]]"
    guard let array = value.array else { throw mistyped(key, value, expected) }
    var result: [TOMLTable] = []
    for element in array {
      guard let sub = element.table else { throw mistyped(key, element, expected) }
      result.append(sub)
    }
    return result
  }

  /// One of an enumeration's raw values: `phase = "hospital-stay"`.
  func choice<Value: RawRepresentable & CaseIterable>(
    _ key: String, noun: String
  ) throws(ProtocolError) -> Value? where Value.RawValue == String {
    guard let text = try string(key) else { return nil }
    return try parseChoice(text, key: key, noun: noun)
  }

  /// One of an enumeration's raw values that must be there.
  func requiredChoice<Value: RawRepresentable & CaseIterable>(
    _ key: String, noun: String
  ) throws(ProtocolError) -> Value where Value.RawValue == String {
    guard let value: Value = try choice(key, noun: noun) else {
      let all = Value.allCases.map(\.rawValue).joined(separator: ", ")
      throw error(key, "\(key) is missing (\(noun)s: \(all))")
    }
    return value
  }

  /// `text` as one of an enumeration's raw values, or an error listing them all.
  func parseChoice<Value: RawRepresentable & CaseIterable>(
    _ text: String, key: String, noun: String
  ) throws(ProtocolError) -> Value where Value.RawValue == String {
    if let value = Value(rawValue: text) { return value }
    let all = Value.allCases.map(\.rawValue)
    throw error(
      key, "\(key) \"\(text)\" is not a \(noun) (\(noun)s: \(all.joined(separator: ", ")))")
  }

  /// A name as the file spells ids: lowercase letters, digits and hyphens, not starting with a
  /// hyphen (it is typed on the command line, where `-x` would read as an option).
  func identifier(_ key: String) throws(ProtocolError) -> String {
    let text = try requiredString(key)
    guard ProtocolTableReader.isIdentifier(text) else {
      throw error(
        key,
        "\(key) \"\(text)\" may hold only lowercase letters, digits and hyphens, "
          + "and may not start with a hyphen")
    }
    return text
  }

  static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first != "-" else { return false }
    return text.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
  }

  /// A local time of day typed as `"HH:MM"` (24-hour), as minutes after midnight.
  func minutesOfDay(_ text: String, key: String) throws(ProtocolError) -> Int {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }),
      let hour = LocalDate.number(ArraySlice(parts[0].utf8)),
      let minute = LocalDate.number(ArraySlice(parts[1].utf8)), hour < 24, minute < 60
    else {
      throw error(key, "\(key): \"\(text)\" is not a time as \"HH:MM\" (24-hour, e.g. \"20:00\")")
    }
    return hour * 60 + minute
  }

  private func mistyped(
    _ key: String, _ value: any TOMLValueConvertible, _ expected: String
  ) -> ProtocolError {
    error(key, "\(key) must be \(expected), not \(ProtocolTableReader.describe(value.type))")
  }

  static func describe(_ type: TOMLType) -> String {
    switch type {
    case .table: "a table"
    case .array: "an array"
    case .string: "a string"
    case .int: "a whole number"
    case .double: "a decimal number"
    case .bool: "true/false"
    case .date: "a date"
    case .time: "a time"
    case .dateTime: "a date and time"
    }
  }
}
