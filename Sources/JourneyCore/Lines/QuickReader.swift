/// The quick way to read a line: one pass over its bytes for the lines CareJourney writes by the
/// tens of thousands (readings, symptoms, notes, medicines, journey events), without
/// `JSONDecoder`'s machinery, which costs tens of microseconds a line and made reading ten
/// years of history take over a second.
///
/// It reads a subset of JSON and a subset of the fields, and gives up (nil) on anything else:
/// a field holding an object other than `by` (labs, ICE, grading), a list of anything but
/// strings, a value of the wrong type, a repeated key, a key written with escapes, a number it
/// would have to round differently, or anything that is not well-formed JSON. The line then
/// goes to `JSONDecoder`, which reads it or says what is wrong with it, exactly as before. So
/// for every line this reads, it gives the `Record` `JSONDecoder` gives; tests compare the two
/// on random lines.
extension LineCodec {
  /// The record of a line read the quick way, or nil to leave the line to `JSONDecoder`.
  ///
  /// Without `keepingPrev` the line's `prev` is checked but not kept (the chain's hash is only
  /// needed by `verify`, and 64 characters a line add up over ten years).
  static func quickRecord(_ text: String, keepingPrev: Bool = true) -> Record? {
    var record = Record()
    return quickRecord(text, into: &record, keepingPrev: keepingPrev) ? record : nil
  }

  /// ``quickRecord(_:keepingPrev:)`` into a record made by the caller (a record is large, and
  /// handing one back would copy it); false when the line is left to `JSONDecoder`.
  static func quickRecord(_ text: String, into record: inout Record, keepingPrev: Bool) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var reader = QuickReader(bytes: bytes)
      return reader.record(into: &record, keepingPrev: keepingPrev)
    }
  }
}

/// A cursor over one line's bytes.
struct QuickReader {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")

  /// The whole line as one object; false to give up.
  mutating func record(into record: inout LineCodec.Record, keepingPrev: Bool) -> Bool {
    guard object(into: &record, keepingPrev: keepingPrev) else { return false }
    skipSpace()
    return index == bytes.count
  }

  /// One object of a line's fields from here, leaving the cursor after it; false to give up.
  mutating func object(into record: inout LineCodec.Record, keepingPrev: Bool) -> Bool {
    // The keys met so far, by their place in `CodingKeys.allCases`: a repeated key gives up.
    var seen = (low: UInt64(0), high: UInt64(0))
    var unknown: [[UInt8]] = []
    let keys = QuickReader.keys
    let complete = object { key, reader -> Bool in
      guard let (field, place) = keys.field(key) else {
        let name = Array(key)
        guard !unknown.contains(name) else { return false }
        unknown.append(name)
        return reader.skipScalar()
      }
      let bit: UInt64 = 1 << (place % 64)
      if place < 64 {
        guard seen.low & bit == 0 else { return false }
        seen.low |= bit
      } else {
        guard seen.high & bit == 0 else { return false }
        seen.high |= bit
      }
      if field == .prev && !keepingPrev { return reader.literal("null") || reader.skipString() }
      return reader.read(field, into: &record)
    }
    return complete
  }

  /// The keys of `LineCodec.Record` as the line spells them, with each one's place in
  /// `CodingKeys.allCases` (at most 128 keys: `LineCodecSchemaTests` checks), found by their
  /// bytes without making a string of each key read.
  struct Keys {
    /// By length: the keys of that many bytes.
    let byLength: [[(bytes: [UInt8], key: LineCodec.Record.CodingKeys, place: Int)]]

    init() {
      var byLength = Array(
        repeating: [(bytes: [UInt8], key: LineCodec.Record.CodingKeys, place: Int)](),
        count: (LineCodec.Record.CodingKeys.allCases.map(\.rawValue.utf8.count).max() ?? 0) + 1)
      for (place, key) in LineCodec.Record.CodingKeys.allCases.enumerated() {
        let bytes = Array(key.rawValue.utf8)
        byLength[bytes.count].append((bytes, key, place))
      }
      self.byLength = byLength
    }

    func field(_ name: UnsafeBufferPointer<UInt8>) -> (LineCodec.Record.CodingKeys, Int)? {
      guard name.count < byLength.count else { return nil }
      guard let first = name.first, let last = name.last else { return nil }
      for candidate in byLength[name.count]
      where candidate.bytes[0] == first && candidate.bytes[name.count - 1] == last
        && candidate.bytes.withUnsafeBufferPointer({ QuickReader.same($0, name) })
      {
        return (candidate.key, candidate.place)
      }
      return nil
    }
  }

  static let keys = Keys()

  /// Whether two runs of bytes are the same, compared in a plain loop: the generic
  /// `elementsEqual` cost a tenth of reading a line, asked of every key.
  static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    for index in 0..<a.count where a[index] != b[index] { return false }
    return true
  }

  /// Whether the bytes are `text`'s.
  static func same(_ a: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
    same(a, UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Reads `{ "key": value, ... }`, handing each key's bytes to `member`, which reads the value;
  /// false when the object is malformed, a key holds an escape, or `member` gives up.
  mutating func object(_ member: (UnsafeBufferPointer<UInt8>, inout QuickReader) -> Bool) -> Bool {
    skipSpace()
    guard take(UInt8(ascii: "{")) else { return false }
    skipSpace()
    if take(UInt8(ascii: "}")) { return true }
    while true {
      skipSpace()
      // A key written with escapes (`"\u0076"`) is left to JSONDecoder.
      guard let (key, plain) = rawString(), plain else { return false }
      skipSpace()
      guard take(UInt8(ascii: ":")) else { return false }
      skipSpace()
      guard member(key, &self) else { return false }
      skipSpace()
      if take(UInt8(ascii: ",")) { continue }
      return take(UInt8(ascii: "}"))
    }
  }

  /// Reads the value of one field into the record; false to give up.
  ///
  /// The switch covers every key of `Record`, so a field added there cannot be skipped here.
  mutating func read(_ field: LineCodec.Record.CodingKeys, into r: inout LineCodec.Record) -> Bool {
    // `null` is an absent optional, as `decodeIfPresent` reads it.
    if literal("null") { return true }
    switch field {
    case .v: return int(&r.v)
    case .id: return text(&r.id)
    case .ts: return timestamp(&r.ts)
    case .by: return author(&r.by)
    case .type: return text(&r.type)
    case .prev: return text(&r.prev)
    case .patient: return text(&r.patient)
    case .protocol: return text(&r.protocol)
    case .teamPhone: return text(&r.teamPhone)
    case .emergency: return text(&r.emergency)
    case .lang: return text(&r.lang)
    case .teamLang: return text(&r.teamLang)
    case .unit: return choice(&r.unit)
    case .phase: return choice(&r.phase)
    case .date: return date(&r.date)
    case .on: return date(&r.on)
    case .undated: return bool(&r.undated)
    case .reason: return text(&r.reason)
    case .note: return text(&r.note)
    case .milestone: return text(&r.milestone)
    case .target: return text(&r.target)
    case .at: return timestamp(&r.at)
    case .celsius: return double(&r.celsius)
    case .typed: return text(&r.typed)
    case .symptom: return text(&r.symptom)
    case .severity: return int(&r.severity)
    case .text: return text(&r.text)
    case .bpm: return int(&r.bpm)
    case .systolic: return int(&r.systolic)
    case .diastolic: return int(&r.diastolic)
    case .spo2: return int(&r.spo2)
    case .kg: return double(&r.kg)
    case .pga: return double(&r.pga)
    case .prednisoloneMg: return double(&r.prednisoloneMg)
    case .medicine: return text(&r.medicine)
    case .dose: return text(&r.dose)
    case .change: return choice(&r.change)
    case .changeReason: return text(&r.changeReason)
    case .newType: return text(&r.newType)
    case .notApplicable: return bool(&r.notApplicable)
    case .born: return date(&r.born)
    case .sex: return choice(&r.sex)
    case .sledai: return texts(&r.sledai)
    case .immunosuppressants: return texts(&r.immunosuppressants)
    case .writing: return choice(&r.writing)
    case .objects: return int(&r.objects)
    case .dateSaid: return choice(&r.dateSaid)
    case .countBack: return choice(&r.countBack)
    // Objects (labs, ICE, grading, identifiers) are left to JSONDecoder.
    case .ice, .grading, .result, .labs, .identifiers: return false
    }
  }

  // MARK: - Values

  mutating func bool(_ field: inout Bool?) -> Bool {
    if literal("true") {
      field = true
      return true
    }
    if literal("false") {
      field = false
      return true
    }
    return false
  }

  mutating func text(_ field: inout String?) -> Bool {
    guard let value = string() else { return false }
    field = value
    return true
  }

  /// `["...", ...]`: a list of strings.
  mutating func texts(_ field: inout [String]?) -> Bool {
    guard take(UInt8(ascii: "[")) else { return false }
    var values: [String] = []
    skipSpace()
    if !take(UInt8(ascii: "]")) {
      while true {
        skipSpace()
        guard let value = string() else { return false }
        values.append(value)
        skipSpace()
        if take(UInt8(ascii: ",")) { continue }
        guard take(UInt8(ascii: "]")) else { return false }
        break
      }
    }
    field = values
    return true
  }

  mutating func choice<T: RawRepresentable>(_ field: inout T?) -> Bool where T.RawValue == String {
    guard let value = string().flatMap(T.init(rawValue:)) else { return false }
    field = value
    return true
  }

  mutating func date(_ field: inout LocalDate?) -> Bool {
    guard let (content, plain) = rawString() else { return false }
    let value =
      plain
      ? LocalDate(utf8: content) : QuickReader.unescape(content).flatMap { LocalDate(parsing: $0) }
    guard let value else { return false }
    field = value
    return true
  }

  /// Read straight from the bytes when written as CareJourney writes it, as
  /// `Timestamp(stored:)` reads the same text.
  mutating func timestamp(_ field: inout Timestamp?) -> Bool {
    guard let (content, plain) = rawString() else { return false }
    let value =
      plain
      ? Timestamp.canonical(utf8: content)
        ?? Timestamp(stored: String(decoding: content, as: UTF8.self))
      : QuickReader.unescape(content).flatMap(Timestamp.init(stored:))
    guard let value else { return false }
    field = value
    return true
  }

  /// `{"name": "...", "role": "..."}`, both required, as `Author` decodes.
  mutating func author(_ field: inout Author?) -> Bool {
    var name: String?
    var role: Role?
    let complete = object { key, reader -> Bool in
      if QuickReader.same(key, "name") { return name == nil && reader.text(&name) }
      if QuickReader.same(key, "role") { return role == nil && reader.choice(&role) }
      return reader.skipScalar()
    }
    guard complete, let name, let role else { return false }
    field = Author(role: role, name: name)
    return true
  }

  /// An integer without fraction or exponent that fits an `Int`.
  mutating func int(_ field: inout Int?) -> Bool {
    let start = index
    let negative = take(UInt8(ascii: "-"))
    let first = index
    var value = 0
    while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
      let digit = Int(bytes[index] - UInt8(ascii: "0"))
      let (times, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowed) =
        negative
        ? times.subtractingReportingOverflow(digit)
        : times.addingReportingOverflow(digit)
      // Too large for an Int: JSONDecoder refuses it too.
      guard !overflow, !overflowed else { return false }
      value = sum
      index += 1
    }
    let digits = index - first
    // A fraction or an exponent (`78.0`, `1e2`), or a leading zero, is left to JSONDecoder.
    guard digits > 0, digits == 1 || bytes[first] != UInt8(ascii: "0") else { return false }
    if index < bytes.count,
      [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index])
    {
      index = start
      return false
    }
    field = value
    return true
  }

  /// `true` or `false`.
  mutating func double(_ field: inout Double?) -> Bool {
    guard let span = number(), let value = Double(span.text), value.isFinite else { return false }
    field = value
    return true
  }

  /// A JSON number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
  mutating func number() -> (text: Substring, hasFraction: Bool)? {
    let start = index
    _ = take(UInt8(ascii: "-"))
    guard index < bytes.count else { return nil }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      guard digits() > 0 else { return nil }
    }
    var hasFraction = false
    if take(UInt8(ascii: ".")) {
      guard digits() > 0 else { return nil }
      hasFraction = true
    }
    if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
      if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
      guard digits() > 0 else { return nil }
      hasFraction = true
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    return (Substring(text), hasFraction)
  }

  /// Skips any JSON value, checked as strictly as a string or number read here is (arrays and
  /// objects to a depth of 100); false when it is not well-formed.
  mutating func skipValue(depth: Int = 0) -> Bool {
    skipSpace()
    guard depth < 100, index < bytes.count else { return false }
    switch bytes[index] {
    case UInt8(ascii: "{"):
      return object { _, reader in reader.skipValue(depth: depth + 1) }
    case UInt8(ascii: "["):
      index += 1
      skipSpace()
      if take(UInt8(ascii: "]")) { return true }
      while true {
        guard skipValue(depth: depth + 1) else { return false }
        skipSpace()
        if take(UInt8(ascii: ",")) { continue }
        return take(UInt8(ascii: "]"))
      }
    default:
      return literal("null") || skipScalar()
    }
  }

  /// Skips a value of a field nobody reads: a string, number, `true` or `false` (`null` was
  /// taken already). Arrays and objects give up.
  mutating func skipScalar() -> Bool {
    if literal("true") || literal("false") || literal("null") { return true }
    guard index < bytes.count else { return false }
    if bytes[index] == QuickReader.quote { return skipString() }
    return number() != nil
  }

  /// A JSON string, its escapes decoded; nil when malformed.
  mutating func string() -> String? {
    guard let (content, plain) = rawString() else { return nil }
    return plain ? String(decoding: content, as: UTF8.self) : QuickReader.unescape(content)
  }

  /// A JSON string checked as ``string()`` checks it, without making it.
  mutating func skipString() -> Bool {
    guard let (content, plain) = rawString() else { return false }
    return plain || QuickReader.unescape(content) != nil
  }

  /// The bytes between a JSON string's quotes, and whether they hold no escape; nil when the
  /// string is not closed or holds a control character, which JSON escapes.
  mutating func rawString() -> (UnsafeBufferPointer<UInt8>, plain: Bool)? {
    guard take(QuickReader.quote) else { return nil }
    let start = index
    var plain = true
    // Eight bytes at a time while none of them is a quote, a backslash or a control character
    // (the bit tricks of "Bit Twiddling Hacks", S. E. Anderson: a byte below n, a zero byte).
    if let base = bytes.baseAddress {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      while index + 8 <= bytes.count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        let quotes = word ^ (ones &* UInt64(QuickReader.quote))
        let backslashes = word ^ (ones &* UInt64(QuickReader.backslash))
        let special =
          ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
          | ((word &- ones &* 0x20) & ~word)
        guard special & highs == 0 else { break }
        index += 8
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == QuickReader.quote {
        let content = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        return (content, plain)
      }
      // Control characters must be escaped in JSON.
      if byte < 0x20 { return nil }
      if byte == QuickReader.backslash {
        plain = false
        index += 1
      }
      index += 1
    }
    return nil
  }

  /// Decodes `\" \\ \/ \b \f \n \r \t \uXXXX` (surrogate pairs joined); nil for anything else.
  static func unescape(_ content: UnsafeBufferPointer<UInt8>) -> String? {
    var scalars = String.UnicodeScalarView()
    var bytes: [UInt8] = []
    var index = 0
    func flush() {
      guard !bytes.isEmpty else { return }
      scalars.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars)
      bytes.removeAll(keepingCapacity: true)
    }
    func hex(at position: Int) -> UInt32? {
      guard position + 4 <= content.count else { return nil }
      var value: UInt32 = 0
      for byte in content[position..<(position + 4)] {
        guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
        value = value * 16 + UInt32(digit)
      }
      return value
    }
    while index < content.count {
      let byte = content[index]
      guard byte == backslash else {
        bytes.append(byte)
        index += 1
        continue
      }
      guard index + 1 < content.count else { return nil }
      let escaped = content[index + 1]
      index += 2
      switch escaped {
      case quote, backslash, UInt8(ascii: "/"): bytes.append(escaped)
      case UInt8(ascii: "b"): bytes.append(0x08)
      case UInt8(ascii: "f"): bytes.append(0x0C)
      case UInt8(ascii: "n"): bytes.append(0x0A)
      case UInt8(ascii: "r"): bytes.append(0x0D)
      case UInt8(ascii: "t"): bytes.append(0x09)
      case UInt8(ascii: "u"):
        guard let unit = hex(at: index) else { return nil }
        index += 4
        var value = unit
        if (0xD800..<0xDC00).contains(unit) {
          // A high surrogate must be followed by `\u` and a low one.
          guard index + 1 < content.count, content[index] == backslash,
            content[index + 1] == UInt8(ascii: "u"), let low = hex(at: index + 2),
            (0xDC00..<0xE000).contains(low)
          else { return nil }
          index += 6
          value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        flush()
        scalars.append(scalar)
      default: return nil
      }
    }
    flush()
    return String(scalars)
  }

  // MARK: - Bytes

  mutating func digits() -> Int {
    let start = index
    while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
      index += 1
    }
    return index - start
  }

  mutating func literal(_ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    let start = word.utf8Start
    for offset in 0..<count where bytes[index + offset] != start[offset] { return false }
    index += count
    return true
  }

  mutating func take(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): index += 1
      default: return
      }
    }
  }
}
