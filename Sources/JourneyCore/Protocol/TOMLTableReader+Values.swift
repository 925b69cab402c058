import TOMLKit

extension TOMLTableReader {
  /// A string, or nil when the key is absent.
  public func string(_ key: String) throws(TOMLFileError) -> String? {
    guard let value = table[key] else { return nil }
    guard let text = value.string else { throw mistyped(key, value, tr("a string in quotes")) }
    return text
  }

  /// A string that must be there and must not be blank.
  public func requiredString(_ key: String) throws(TOMLFileError) -> String {
    let text = try required(key, string)
    guard !text.allSatisfy(\.isWhitespace) else { throw error(key, tr("%s is empty", key)) }
    return text
  }

  /// A value that must be there, read by `read` (`reader.required("uses-color", reader.bool)`).
  public func required<Value>(
    _ key: String, _ read: (String) throws(TOMLFileError) -> Value?
  ) throws(TOMLFileError) -> Value {
    guard let value = try read(key) else { throw error(key, tr("%s is missing", key)) }
    return value
  }

  /// `true` or `false`, or nil when the key is absent.
  public func bool(_ key: String) throws(TOMLFileError) -> Bool? {
    guard let value = table[key] else { return nil }
    guard let flag = value.bool else { throw mistyped(key, value, tr("true or false")) }
    return flag
  }

  /// A whole number, or nil when the key is absent.
  func int(_ key: String) throws(TOMLFileError) -> Int? {
    try int(key, in: -Self.largestWhole...Self.largestWhole, meaning: tr("a hundred years in days"))
  }

  /// The bound on every whole number of a hand-edited file: a hundred years of days. A protocol
  /// counts days and months of a journey; a number near `Int.max` is a typo or an attack, and
  /// would overflow when dates are counted from it.
  static let largestWhole = 36_525

  /// A whole number within `range`; outside it the error names the range and what it means.
  func int(
    _ key: String, in range: ClosedRange<Int>, meaning: String
  ) throws(TOMLFileError) -> Int? {
    guard let value = table[key] else { return nil }
    guard let number = value.int else {
      throw mistyped(key, value, tr("a whole number", context: "TOML type"))
    }
    guard range.contains(number) else {
      throw error(
        key,
        tr(
          "%1$s %2$s is outside %3$s–%4$s (%5$s)", key, String(number), String(range.lowerBound),
          String(range.upperBound), meaning))
    }
    return number
  }

  /// A whole number that must be there.
  func requiredInt(_ key: String) throws(TOMLFileError) -> Int { try required(key, int) }

  /// A whole number greater than zero.
  func positiveInt(_ key: String) throws(TOMLFileError) -> Int? {
    guard let number = try int(key) else { return nil }
    guard number > 0 else {
      throw error(key, tr("%1$s must be 1 or more, not %2$s", key, String(number)))
    }
    return number
  }

  /// A number, whole or not (`38` and `38.0` both read as 38.0).
  func number(_ key: String) throws(TOMLFileError) -> Double? {
    guard let value = table[key] else { return nil }
    if let number = value.double { return number }
    if let number = value.int { return Double(number) }
    throw mistyped(key, value, tr("a number", context: "TOML type"))
  }

  /// An array of strings (`["08:00", "14:00"]`).
  func strings(_ key: String) throws(TOMLFileError) -> [String]? {
    guard let value = table[key] else { return nil }
    guard let array = value.array else {
      throw mistyped(key, value, tr("an array of strings, e.g. [\"a\", \"b\"]"))
    }
    var result: [String] = []
    for element in array {
      guard let text = element.string else {
        throw mistyped(key, element, tr("an array of strings, e.g. [\"a\", \"b\"]"))
      }
      result.append(text)
    }
    return result
  }

  /// One of an enumeration's raw values: `phase = "hospital-stay"`.
  func choice<Value: RawRepresentable & CaseIterable>(
    _ key: String, noun: String
  ) throws(TOMLFileError) -> Value? where Value.RawValue == String {
    guard let text = try string(key) else { return nil }
    return try parseChoice(text, key: key, noun: noun)
  }

  /// One of an enumeration's raw values that must be there.
  func requiredChoice<Value: RawRepresentable & CaseIterable>(
    _ key: String, noun: String
  ) throws(TOMLFileError) -> Value where Value.RawValue == String {
    guard let value: Value = try choice(key, noun: noun) else {
      let all = Value.allCases.map(\.rawValue).joined(separator: ", ")
      throw error(key, tr("%1$s is missing (%2$s: %3$s)", key, Self.nouns(noun), all))
    }
    return value
  }

  /// `text` as one of an enumeration's raw values, or an error listing them all.
  func parseChoice<Value: RawRepresentable & CaseIterable>(
    _ text: String, key: String, noun: String
  ) throws(TOMLFileError) -> Value where Value.RawValue == String {
    if let value = Value(rawValue: text) { return value }
    let all = Value.allCases.map(\.rawValue)
    throw error(
      key,
      tr(
        "%1$s \"%2$s\" is not a %3$s (%4$s: %5$s)", key, text, Self.noun(noun), Self.nouns(noun),
        all.joined(separator: ", ")))
  }

  /// A name as the file spells ids: lowercase letters, digits and hyphens, not starting with a
  /// hyphen (it is typed on the command line, where `-x` would read as an option).
  func identifier(_ key: String) throws(TOMLFileError) -> String {
    let text = try requiredString(key)
    guard TOMLTableReader.isIdentifier(text) else {
      throw error(
        key,
        tr(
          "%1$s \"%2$s\" may hold only lowercase letters, digits and hyphens, and may not start "
            + "with a hyphen", key, text))
    }
    return text
  }

  /// Whether `text` is spelt as an id: see `identifier(_:)`.
  static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first != "-" else { return false }
    return text.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
  }

  /// A local time of day typed as `"HH:MM"` (24-hour), as minutes after midnight.
  func minutesOfDay(_ text: String, key: String) throws(TOMLFileError) -> Int {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }),
      let hour = LocalDate.number(ArraySlice(parts[0].utf8)),
      let minute = LocalDate.number(ArraySlice(parts[1].utf8)), hour < 24, minute < 60
    else {
      throw error(
        key, tr("%1$s: \"%2$s\" is not a time as \"HH:MM\" (24-hour, e.g. \"20:00\")", key, text))
    }
    return hour * 60 + minute
  }
}
