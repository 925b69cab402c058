/// The quick way to write a line: the bytes `JSONEncoder` gives for a record (keys sorted by
/// their UTF-8 bytes, slashes unescaped, numbers as Swift prints them), written in one pass
/// without `JSONEncoder`'s machinery, which cost tens of microseconds a line and made the
/// ten-year backup (`export json`) and its `import` re-encode 40,000 entries slowly.
///
/// It writes every field of ``LineCodec/Record`` but the nested objects (an ICE score, a
/// grading and its result, lab results): a record holding one of those gives nil and is left
/// to `JSONEncoder`, as the quick reader leaves it to `JSONDecoder`. Tests compare the two on
/// every kind of line and on random text.
extension LineCodec {
  static func quickLine(_ record: Record) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(320)
    guard quickLine(record, appendingTo: &bytes) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The quick line appended to `bytes`; false, with `bytes` as they were, for a record left
  /// to `JSONEncoder`.
  static func quickLine(_ record: Record, appendingTo bytes: inout [UInt8]) -> Bool {
    var writer = QuickWriter(appendingTo: &bytes)
    let members = QuickWriter.members
    let complete = members.prefixes.withUnsafeBufferPointer { prefixes in
      members.keys.allSatisfy { key, start, count in
        let prefix = UnsafeBufferPointer(rebasing: prefixes[start..<start + count])
        return writer.write(key, prefix, of: record)
      }
    }
    bytes = writer.finish(complete: complete)
    return complete
  }
}

/// The bytes of one line being written, after whatever the buffer held before.
struct QuickWriter {
  private var bytes: [UInt8]
  /// Where the line starts in ``bytes``.
  private let start: Int
  private var first = true

  /// A writer adding a line to `bytes`, which it takes until ``finish(complete:)`` (left
  /// empty meanwhile, so the line is written without copying them).
  init(appendingTo bytes: inout [UInt8]) {
    self.bytes = bytes
    bytes = []
    start = self.bytes.count
    self.bytes.append(UInt8(ascii: "{"))
  }

  /// Every key of `Record` in the order `JSONEncoder` sorts keys (by their UTF-8 bytes), with
  /// where the bytes that start its member (`"key":`) are in `prefixes`.
  struct Members {
    let keys: [(key: LineCodec.Record.CodingKeys, start: Int, count: Int)]
    let prefixes: [UInt8]

    init() {
      var keys: [(key: LineCodec.Record.CodingKeys, start: Int, count: Int)] = []
      var prefixes: [UInt8] = []
      let sorted = LineCodec.Record.CodingKeys.allCases.sorted {
        $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8)
      }
      for key in sorted {
        let prefix = Array("\"\(key.rawValue)\":".utf8)
        keys.append((key, prefixes.count, prefix.count))
        prefixes += prefix
      }
      self.keys = keys
      self.prefixes = prefixes
    }
  }

  static let members = Members()

  /// Writes one field when it has a value; false for a nested object left to `JSONEncoder`.
  ///
  /// The switch covers every key of `Record`, so a field added there cannot be left out here.
  mutating func write(
    _ key: LineCodec.Record.CodingKeys, _ prefix: UnsafeBufferPointer<UInt8>,
    of r: LineCodec.Record
  ) -> Bool {
    switch key {
    case .v: return int(prefix, r.v)
    case .id: return text(prefix, r.id)
    case .ts: return timestamp(prefix, r.ts)
    case .by: return author(prefix, r.by)
    case .type: return text(prefix, r.type)
    case .prev: return text(prefix, r.prev)
    case .patient: return text(prefix, r.patient)
    case .protocol: return text(prefix, r.protocol)
    case .teamPhone: return text(prefix, r.teamPhone)
    case .emergency: return text(prefix, r.emergency)
    case .lang: return text(prefix, r.lang)
    case .teamLang: return text(prefix, r.teamLang)
    case .unit: return text(prefix, r.unit?.rawValue)
    case .phase: return text(prefix, r.phase?.rawValue)
    case .date: return text(prefix, r.date?.description)
    case .on: return text(prefix, r.on?.description)
    case .undated: return bool(prefix, r.undated)
    case .reason: return text(prefix, r.reason)
    case .note: return text(prefix, r.note)
    case .milestone: return text(prefix, r.milestone)
    case .notApplicable: return bool(prefix, r.notApplicable)
    case .born: return text(prefix, r.born?.description)
    case .sex: return text(prefix, r.sex?.rawValue)
    case .target: return text(prefix, r.target)
    case .at: return timestamp(prefix, r.at)
    case .celsius: return double(prefix, r.celsius)
    case .typed: return text(prefix, r.typed)
    case .symptom: return text(prefix, r.symptom)
    case .severity: return int(prefix, r.severity)
    case .text: return text(prefix, r.text)
    case .bpm: return int(prefix, r.bpm)
    case .systolic: return int(prefix, r.systolic)
    case .diastolic: return int(prefix, r.diastolic)
    case .spo2: return int(prefix, r.spo2)
    case .kg: return double(prefix, r.kg)
    case .sledai: return texts(prefix, r.sledai)
    case .pga: return double(prefix, r.pga)
    case .prednisoloneMg: return double(prefix, r.prednisoloneMg)
    case .immunosuppressants: return texts(prefix, r.immunosuppressants)
    case .medicine: return text(prefix, r.medicine)
    case .dose: return text(prefix, r.dose)
    case .change: return text(prefix, r.change?.rawValue)
    case .changeReason: return text(prefix, r.changeReason)
    case .newType: return text(prefix, r.newType)
    case .writing: return text(prefix, r.writing?.rawValue)
    case .objects: return int(prefix, r.objects)
    case .dateSaid: return text(prefix, r.dateSaid?.rawValue)
    case .countBack: return text(prefix, r.countBack?.rawValue)
    // Nested objects (ICE, grading, labs) are left to JSONEncoder.
    case .ice: return r.ice == nil
    case .grading: return r.grading == nil
    case .result: return r.result == nil
    case .labs: return r.labs == nil
    case .identifiers: return r.identifiers == nil
    }
  }

  /// The buffer with the line closed, when it is `complete`; as it was before, when not. The
  /// writer is left empty. (Mutating, not consuming: consuming a writer the members' closure
  /// captured copied it, so closing each line copied the whole buffer before it.)
  mutating func finish(complete: Bool) -> [UInt8] {
    if complete {
      bytes.append(UInt8(ascii: "}"))
    } else {
      bytes.removeSubrange(start...)
    }
    defer { bytes = [] }
    return bytes
  }

  // MARK: - Members

  private mutating func member(_ prefix: UnsafeBufferPointer<UInt8>) {
    if first {
      first = false
    } else {
      bytes.append(UInt8(ascii: ","))
    }
    bytes.append(contentsOf: prefix)
  }

  private mutating func text(_ prefix: UnsafeBufferPointer<UInt8>, _ value: String?) -> Bool {
    guard let value else { return true }
    member(prefix)
    string(value)
    return true
  }

  private mutating func texts(_ prefix: UnsafeBufferPointer<UInt8>, _ values: [String]?) -> Bool {
    guard let values else { return true }
    member(prefix)
    bytes.append(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      string(value)
    }
    bytes.append(UInt8(ascii: "]"))
    return true
  }

  /// The digits of `value`, as `description` writes them, straight into the line.
  private mutating func int(_ prefix: UnsafeBufferPointer<UInt8>, _ value: Int?) -> Bool {
    guard let value else { return true }
    member(prefix)
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var rest = value.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var start = 20
      repeat {
        start -= 1
        digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      } while rest > 0
      bytes.append(contentsOf: UnsafeMutableBufferPointer(rebasing: digits[start...]))
    }
    return true
  }

  /// A timestamp, as its `description` writes it, straight into the line.
  private mutating func timestamp(
    _ prefix: UnsafeBufferPointer<UInt8>, _ value: Timestamp?
  ) -> Bool {
    guard let value else { return true }
    guard value.writesInPlace else { return text(prefix, value.description) }
    member(prefix)
    bytes.append(UInt8(ascii: "\""))
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 25) { text in
      value.write(into: text)
      bytes.append(contentsOf: text)
    }
    bytes.append(UInt8(ascii: "\""))
    return true
  }

  /// As `JSONEncoder` prints a `Double`: its `description`, less a trailing `.0`. A value JSON
  /// cannot hold (infinite, not a number) is left to `JSONEncoder`, which refuses it.
  private mutating func double(_ prefix: UnsafeBufferPointer<UInt8>, _ value: Double?) -> Bool {
    guard let value else { return true }
    guard value.isFinite else { return false }
    member(prefix)
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    bytes.append(contentsOf: text.utf8)
    return true
  }

  private mutating func bool(_ prefix: UnsafeBufferPointer<UInt8>, _ value: Bool?) -> Bool {
    guard let value else { return true }
    member(prefix)
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
    return true
  }

  /// `{"name":...,"role":...}`, as `Author` encodes.
  private mutating func author(_ prefix: UnsafeBufferPointer<UInt8>, _ value: Author?) -> Bool {
    guard let value else { return true }
    member(prefix)
    bytes.append(contentsOf: #"{"name":"#.utf8)
    string(value.name)
    bytes.append(contentsOf: #","role":"#.utf8)
    string(value.role.rawValue)
    bytes.append(UInt8(ascii: "}"))
    return true
  }

  // MARK: - Strings

  /// A JSON string escaped as `JSONEncoder` escapes it: `\"`, `\\`, `\b \f \n \r \t`, other
  /// controls as `\u00xx` (lower-case hex); everything else, `/` and DEL included, as it is.
  private mutating func string(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      var start = 0
      for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
        start = index + 1
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22, 0x5C: bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
          let digits: StaticString = "0123456789abcdef"
          bytes.append(contentsOf: "u00".utf8)
          bytes.append(digits.utf8Start[Int(byte >> 4)])
          bytes.append(digits.utf8Start[Int(byte & 0xF)])
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
