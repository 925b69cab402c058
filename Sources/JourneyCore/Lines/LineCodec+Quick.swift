/// The quick way to read a line: one pass over its bytes for the lines CareJourney writes by the
/// tens of thousands (readings, symptoms, notes, medicines, journey events), without
/// `JSONDecoder`'s machinery, which costs tens of microseconds a line and made reading ten
/// years of history take over a second.
///
/// It reads a subset of JSON and a subset of the fields, and gives up (nil) on anything else:
/// a field holding an array or an object other than `by` (labs, ICE, grading, assessments), a
/// value of the wrong type, a repeated key, a number it would have to round differently, or
/// anything that is not well-formed JSON. The line then goes to `JSONDecoder`, which reads it
/// or says what is wrong with it, exactly as before. So for every line this reads, it gives the
/// `Record` `JSONDecoder` gives; tests compare the two on random lines.
extension LineCodec {
  static func quickRecord(_ text: String) -> Record? {
    var text = text
    return text.withUTF8 { bytes in
      var reader = QuickReader(bytes: bytes)
      return reader.record()
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

  /// The whole line as one object, or nil.
  mutating func record() -> LineCodec.Record? {
    var record = LineCodec.Record()
    var seen: UInt64 = 0
    var unknown: [String] = []
    let complete = object { key, reader -> Bool in
      guard let field = QuickReader.fields[key] else {
        guard !unknown.contains(key) else { return false }
        unknown.append(key)
        return reader.skipScalar()
      }
      let bit: UInt64 = 1 << field.rawValue
      guard seen & bit == 0 else { return false }
      seen |= bit
      return reader.read(field, into: &record)
    }
    guard complete else { return nil }
    skipSpace()
    return index == bytes.count ? record : nil
  }

  /// The fields of `LineCodec.Record`, by their key in the line.
  enum Field: Int, CaseIterable {
    case v, id, ts, by, type, prev, patient, `protocol`, teamPhone, emergency, unit, phase, date
    case on, undated, reason
    case note, milestone, target, at, celsius, typed, symptom, severity, text, bpm, systolic
    case diastolic, spo2, kg, ice, grading, result, labs, sledai, pga, prednisoloneMg
    case immunosuppressants, medicine, dose, change, changeReason, newType, notApplicable
    case born, sex, identifiers
  }

  static let fields: [String: Field] = Dictionary(
    uniqueKeysWithValues: Field.allCases.map { (String(describing: $0), $0) })

  /// Reads `{ "key": value, ... }`, handing each key to `member`, which reads the value; false
  /// when the object is malformed or `member` gives up.
  mutating func object(_ member: (String, inout QuickReader) -> Bool) -> Bool {
    skipSpace()
    guard take(UInt8(ascii: "{")) else { return false }
    skipSpace()
    if take(UInt8(ascii: "}")) { return true }
    while true {
      skipSpace()
      guard let key = string() else { return false }
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
  mutating func read(_ field: Field, into r: inout LineCodec.Record) -> Bool {
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
    // Arrays and objects (labs, ICE, grading, SLEDAI-2K) are left to JSONDecoder.
    case .ice, .grading, .result, .labs, .sledai, .immunosuppressants, .identifiers: return false
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

  mutating func choice<T: RawRepresentable>(_ field: inout T?) -> Bool where T.RawValue == String {
    guard let value = string().flatMap(T.init(rawValue:)) else { return false }
    field = value
    return true
  }

  mutating func date(_ field: inout LocalDate?) -> Bool {
    guard let value = string().flatMap({ LocalDate(parsing: $0) }) else { return false }
    field = value
    return true
  }

  mutating func timestamp(_ field: inout Timestamp?) -> Bool {
    guard let value = string().flatMap(Timestamp.init(stored:)) else { return false }
    field = value
    return true
  }

  /// `{"name": "...", "role": "..."}`, both required, as `Author` decodes.
  mutating func author(_ field: inout Author?) -> Bool {
    var name: String?
    var role: Role?
    let complete = object { key, reader -> Bool in
      switch key {
      case "name": return name == nil && reader.text(&name)
      case "role": return role == nil && reader.choice(&role)
      default: return reader.skipScalar()
      }
    }
    guard complete, let name, let role else { return false }
    field = Author(role: role, name: name)
    return true
  }

  /// An integer without fraction or exponent that fits an `Int`.
  mutating func int(_ field: inout Int?) -> Bool {
    guard let span = number(), let value = Int(span.text), !span.hasFraction else { return false }
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

  /// Skips a value of a field nobody reads: a string, number, `true` or `false` (`null` was
  /// taken already). Arrays and objects give up.
  mutating func skipScalar() -> Bool {
    if literal("true") || literal("false") || literal("null") { return true }
    guard index < bytes.count else { return false }
    if bytes[index] == QuickReader.quote { return string() != nil }
    return number() != nil
  }

  /// A JSON string, its escapes decoded; nil when malformed.
  mutating func string() -> String? {
    guard take(QuickReader.quote) else { return nil }
    let start = index
    var plain = true
    while index < bytes.count {
      let byte = bytes[index]
      if byte == QuickReader.quote {
        let content = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        return plain ? String(decoding: content, as: UTF8.self) : QuickReader.unescape(content)
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
