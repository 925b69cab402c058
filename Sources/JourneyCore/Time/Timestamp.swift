import Foundation

/// A moment as it was lived: the local wall-clock date and time plus the UTC offset in force.
///
/// Files keep it as `2026-11-22T08:15:00+01:00`. The local date is the date where the entry was
/// made, so a reading logged at 23:30 in Berlin belongs to that Berlin day wherever it is read.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let date: LocalDate
  /// Seconds since local midnight, 0..<86400.
  public let secondOfDay: Int
  /// Seconds east of UTC.
  public let utcOffset: Int

  public init(date: LocalDate, secondOfDay: Int, utcOffset: Int) {
    self.date = date
    self.secondOfDay = secondOfDay
    self.utcOffset = utcOffset
  }

  /// The same moment from seconds since the Unix epoch, seen at `utcOffset`.
  public init(unixSeconds: Int, utcOffset: Int) {
    let local = unixSeconds + utcOffset
    let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
    self.init(
      date: LocalDate(daysSinceEpoch: days), secondOfDay: local - days * 86400,
      utcOffset: utcOffset)
  }

  /// Seconds since the Unix epoch; orders moments across offsets.
  public var unixSeconds: Int { date.daysSinceEpoch * 86400 + secondOfDay - utcOffset }

  public var hour: Int { secondOfDay / 3600 }
  public var minute: Int { secondOfDay / 60 % 60 }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.unixSeconds < rhs.unixSeconds
  }

  /// `2026-11-22T08:15:00+01:00` (RFC 3339 with the local offset).
  public var description: String {
    guard writesInPlace else {
      let s = secondOfDay
      let time =
        "\(LocalDate.pad(s / 3600, 2)):\(LocalDate.pad(s / 60 % 60, 2)):\(LocalDate.pad(s % 60, 2))"
      return "\(date)T\(time)\(Timestamp.offsetText(utcOffset))"
    }
    // Every line holds one or two of these: written in place, not from strings of parts.
    return String(unsafeUninitializedCapacity: 25) { text in
      write(into: text)
      return 25
    }
  }

  /// Whether ``write(into:)`` writes this timestamp: a year of four digits, a time within the
  /// day and an offset under 100 hours, as every timestamp CareJourney makes has.
  var writesInPlace: Bool {
    (0...9999).contains(date.year) && (0..<86_400).contains(secondOfDay)
      && abs(utcOffset) < 100 * 3600
  }

  /// ``description``'s bytes, written on the stack and handed to `body`: for a writer that
  /// puts ten years of timestamps in one file (the FHIR export), without a string for each.
  public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    guard writesInPlace else {
      var text = description
      return try text.withUTF8(body)
    }
    return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 25) { text in
      write(into: text)
      return try body(UnsafeBufferPointer(rebasing: text[0..<25]))
    }
  }

  /// Writes ``description`` into the first 25 bytes of `text`, when ``writesInPlace``.
  func write(into text: UnsafeMutableBufferPointer<UInt8>) {
    let s = secondOfDay
    let offset = abs(utcOffset)
    date.write(into: text)
    text[10] = UInt8(ascii: "T")
    LocalDate.digits(s / 3600, 2, into: text, at: 11)
    text[13] = UInt8(ascii: ":")
    LocalDate.digits(s / 60 % 60, 2, into: text, at: 14)
    text[16] = UInt8(ascii: ":")
    LocalDate.digits(s % 60, 2, into: text, at: 17)
    text[19] = utcOffset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")
    LocalDate.digits(offset / 3600, 2, into: text, at: 20)
    text[22] = UInt8(ascii: ":")
    LocalDate.digits(offset / 60 % 60, 2, into: text, at: 23)
  }

  /// `08:15`, for screens and plain output.
  public var clockText: String { "\(LocalDate.pad(hour, 2)):\(LocalDate.pad(minute, 2))" }

  /// `+01:00`, `-05:00`: an offset as RFC 3339 writes it.
  public static func offsetText(_ offset: Int) -> String {
    let sign = offset < 0 ? "-" : "+"
    let a = abs(offset)
    return "\(sign)\(LocalDate.pad(a / 3600, 2)):\(LocalDate.pad(a / 60 % 60, 2))"
  }

  /// Parses ISO 8601 as people type it: `2026-11-22T08:15`, `2026-11-22 08:15:30`,
  /// `2026-11-22T08:15+01:00`, `2026-11-22T07:15Z`. Without an offset the time is local, and
  /// `localOffset` gives the offset in force at that local time (the caller knows the zone).
  public static func parse(
    _ text: String, localOffset: (LocalDate, Int) -> Int
  ) -> Timestamp? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard trimmed.count >= 16 else { return nil }
    let chars = Array(trimmed)
    guard chars[10] == "T" || chars[10] == "t" || chars[10] == " ",
      let date = LocalDate(parsing: String(chars[0..<10]))
    else { return nil }
    var rest = Array(chars[11...])
    var offset: Int?
    if let last = rest.last, last == "Z" || last == "z" {
      offset = 0
      rest.removeLast()
    } else if rest.count >= 6, rest[rest.count - 6] == "+" || rest[rest.count - 6] == "-" {
      let sign = rest[rest.count - 6] == "-" ? -1 : 1
      let tail = Array(rest[(rest.count - 5)...])
      guard tail[2] == ":", let h = Int(String(tail[0..<2])), let m = Int(String(tail[3..<5])),
        tail[0..<2].allSatisfy(\.isNumber), tail[3..<5].allSatisfy(\.isNumber), h <= 18, m < 60
      else { return nil }
      offset = sign * (h * 3600 + m * 60)
      rest.removeLast(6)
    }
    let parts = rest.split(separator: ":", omittingEmptySubsequences: false).map { String($0) }
    guard parts.count == 2 || parts.count == 3,
      parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60
    else { return nil }
    let s = parts.count == 3 ? Int(parts[2]) ?? 99 : 0
    guard s < 60 else { return nil }
    let second = h * 3600 + m * 60 + s
    return Timestamp(
      date: date, secondOfDay: second, utcOffset: offset ?? localOffset(date, second))
  }

  /// Parses the stored form, which always carries an offset.
  public init?(stored text: String) {
    if let value = Timestamp.canonical(text) {
      self = value
      return
    }
    guard let value = Timestamp.parse(text, localOffset: { _, _ in Int.min }),
      value.utcOffset != Int.min
    else { return nil }
    self = value
  }

  /// Reads exactly the form ``description`` writes (`2026-11-22T08:15:00+01:00`), byte by
  /// byte; nil for anything else, which ``parse(_:localOffset:)`` then reads by the same rules.
  /// Every line of the data files holds one or two of these, so this is what reading years of
  /// history spends its time on.
  static func canonical(_ text: String) -> Timestamp? {
    var text = text
    return text.withUTF8(canonical(utf8:))
  }

  /// ``canonical(_:)`` on a text's UTF-8 bytes.
  static func canonical(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
    guard bytes.count == 25, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
      bytes[16] == UInt8(ascii: ":"), bytes[22] == UInt8(ascii: ":"),
      bytes[19] == UInt8(ascii: "+") || bytes[19] == UInt8(ascii: "-")
    else { return nil }
    func number(_ start: Int, _ count: Int) -> Int? {
      var value = 0
      for index in start..<(start + count) {
        let digit = Int(bytes[index]) - 48
        guard (0...9).contains(digit) else { return nil }
        value = value * 10 + digit
      }
      return value
    }
    guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let date = LocalDate(year: year, month: month, day: day),
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
      let offsetHours = number(20, 2), let offsetMinutes = number(23, 2),
      hour < 24, minute < 60, second < 60, offsetHours <= 18, offsetMinutes < 60
    else { return nil }
    let sign = bytes[19] == UInt8(ascii: "-") ? -1 : 1
    return Timestamp(
      date: date, secondOfDay: hour * 3600 + minute * 60 + second,
      utcOffset: sign * (offsetHours * 3600 + offsetMinutes * 60))
  }
}

extension Timestamp: Codable {
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let value = Timestamp(stored: text) else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath,
          debugDescription: tr("not a timestamp with a UTC offset: %s", text),
          underlyingError: LineCodec.OwnWords()))
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
