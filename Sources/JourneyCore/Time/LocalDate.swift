/// A calendar date where something happened, with no time and no time zone.
///
/// Day numbering counts calendar dates, not 24-hour spans, so a daylight-saving change never
/// shifts a day label. Conversions use the proleptic Gregorian civil-date algorithms
/// (H. Hinnant, "chrono-compatible low-level date algorithms").
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Builds a date, or nil when the day does not exist (2026-02-30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...LocalDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The date `days` after 1970-01-01.
  public init(daysSinceEpoch days: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    month = m
    day = d
  }

  /// Days since 1970-01-01 (negative before).
  public var daysSinceEpoch: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date `count` days later (earlier when negative).
  public func adding(days count: Int) -> LocalDate {
    LocalDate(daysSinceEpoch: daysSinceEpoch + count)
  }

  /// The same day `count` years later (earlier when negative); 29 February becomes the 28th in
  /// a year without it. Years stay within 1...9999.
  public func adding(years count: Int) -> LocalDate {
    let target = min(9999, max(1, year + count))
    let last = LocalDate.daysIn(month: month, year: target)
    return LocalDate(year: target, month: month, day: min(day, last)) ?? self
  }

  /// Whole calendar days from `self` to `other` (positive when `other` is later).
  public func days(to other: LocalDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

  /// `2026-11-22`.
  public var description: String {
    guard (0...9999).contains(year) else {
      return "\(LocalDate.pad(year, 4))-\(LocalDate.pad(month, 2))-\(LocalDate.pad(day, 2))"
    }
    return String(unsafeUninitializedCapacity: 10) { text in
      write(into: text)
      return 10
    }
  }

  /// Writes ``description`` (a year of four digits) into the first 10 bytes of `text`: every
  /// line and every CSV row holds dates, so they are written without making strings of parts.
  func write(into text: UnsafeMutableBufferPointer<UInt8>) {
    LocalDate.digits(year, 4, into: text, at: 0)
    text[4] = UInt8(ascii: "-")
    LocalDate.digits(month, 2, into: text, at: 5)
    text[7] = UInt8(ascii: "-")
    LocalDate.digits(day, 2, into: text, at: 8)
  }

  /// `value` (not negative, below 10^`count`) as `count` digits with leading zeros at `offset`.
  static func digits(
    _ value: Int, _ count: Int, into text: UnsafeMutableBufferPointer<UInt8>, at offset: Int
  ) {
    var rest = value
    for index in stride(from: offset + count - 1, through: offset, by: -1) {
      text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    }
  }

  public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Parses exactly `YYYY-MM-DD`; anything else is nil.
  public init?(parsing text: some StringProtocol) {
    guard let date = Array(text.utf8).withUnsafeBufferPointer(LocalDate.init(utf8:)) else {
      return nil
    }
    self = date
  }

  /// Parses exactly `YYYY-MM-DD` from its UTF-8 bytes; anything else is nil.
  public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let y = LocalDate.number(bytes[0..<4]), let m = LocalDate.number(bytes[5..<7]),
      let d = LocalDate.number(bytes[8..<10])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Decimal digits only, no sign: `number("0x")` is nil.
  static func number<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
    var value = 0
    for b in bytes {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) else { return nil }
      value = value * 10 + Int(b - UInt8(ascii: "0"))
    }
    return bytes.isEmpty ? nil : value
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}

extension LocalDate: Codable {
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let date = LocalDate(parsing: text) else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath, debugDescription: tr("not a YYYY-MM-DD date: %s", text),
          underlyingError: LineCodec.OwnWords()))
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
