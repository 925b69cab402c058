import JourneyCore

/// Writes JSON straight into bytes, members in the order given, and hands the text on in pieces:
/// the FHIR export of ten years is never held whole, and no tree of values is built for a
/// resource only to be walked once (that tree and its text took 257 MB and most of the time).
///
/// Keys are static text. Strings are escaped as RFC 8259 requires (quote, backslash, C0
/// controls), and the characters a terminal could be fooled by (DEL, C1 controls, bidirectional
/// overrides, ``SafeText``) as `\uXXXX`, so the document decodes to the same strings and is
/// harmless to print. Numbers are written as given (``decimal(_:)`` formats a FHIR decimal).
///
/// The writer does not check that members and values alternate: the builders in
/// `FHIRExport` call it in the order of the FHIR element definitions.
struct JSONWriter {
  private var bytes: [UInt8] = []
  /// Whether the next value in the current object or array needs a comma before it.
  private var needsComma = false
  /// Where the pieces go, and how big a piece is before it is handed on.
  private let emit: (String) throws -> Void
  private let pieceSize: Int

  init(pieceSize: Int = 1 << 16, emit: @escaping (String) throws -> Void) {
    self.emit = emit
    self.pieceSize = pieceSize
    bytes.reserveCapacity(pieceSize + 4096)
  }

  /// Hands on what is written when a piece is full; call between resources.
  mutating func flushIfFull() throws {
    if bytes.count >= pieceSize { try flush() }
  }

  /// Hands on everything written so far.
  mutating func flush() throws {
    guard !bytes.isEmpty else { return }
    try emit(String(decoding: bytes, as: UTF8.self))
    bytes.removeAll(keepingCapacity: true)
  }

  /// Raw text between values (a newline between bundle entries).
  mutating func raw(_ text: StaticString) {
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  // MARK: - Structure

  /// An object as a value (in an array, or at the top); on a line of its own when `onNewLine`.
  mutating func object(onNewLine: Bool = false, _ body: (inout JSONWriter) throws -> Void)
    rethrows
  {
    comma()
    if onNewLine { bytes.append(UInt8(ascii: "\n")) }
    try open(UInt8(ascii: "{"), UInt8(ascii: "}"), body)
  }

  /// `"key": { ... }`.
  mutating func object(_ key: StaticString, _ body: (inout JSONWriter) throws -> Void) rethrows {
    self.key(key)
    try open(UInt8(ascii: "{"), UInt8(ascii: "}"), body)
  }

  /// `"key": [ ... ]`.
  mutating func array(_ key: StaticString, _ body: (inout JSONWriter) throws -> Void) rethrows {
    self.key(key)
    try open(UInt8(ascii: "["), UInt8(ascii: "]"), body)
  }

  /// `"key": [ ... ]` only when `items` is not empty, one value each.
  mutating func array<T>(
    _ key: StaticString, _ items: [T], _ each: (inout JSONWriter, T) -> Void
  ) {
    guard !items.isEmpty else { return }
    array(key) { w in
      for item in items { each(&w, item) }
    }
  }

  private mutating func open(
    _ start: UInt8, _ end: UInt8, _ body: (inout JSONWriter) throws -> Void
  ) rethrows {
    bytes.append(start)
    needsComma = false
    try body(&self)
    bytes.append(end)
    needsComma = true
  }

  private mutating func comma() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    needsComma = true
  }

  private mutating func key(_ key: StaticString) {
    comma()
    bytes.append(UInt8(ascii: "\""))
    raw(key)
    bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    needsComma = false
  }

  // MARK: - Values

  /// `"key": "value"`; nothing when the value is nil.
  mutating func string(_ key: StaticString, _ value: String?) {
    guard let value else { return }
    self.key(key)
    quoted(value)
  }

  /// A string as a value in an array.
  mutating func string(_ value: String) {
    comma()
    quoted(value)
  }

  /// `"key": 12` from a number already written as JSON (``decimal(_:)``, an `Int`'s text).
  mutating func number(_ key: StaticString, _ text: String?) {
    guard let text else { return }
    self.key(key)
    bytes.append(contentsOf: text.utf8)
    needsComma = true
  }

  mutating func integer(_ key: StaticString, _ value: Int?) {
    number(key, value.map { String($0) })
  }

  mutating func bool(_ key: StaticString, _ value: Bool?) {
    guard let value else { return }
    self.key(key)
    raw(value ? "true" : "false")
    needsComma = true
  }

  /// A FHIR `decimal`: plain digits (no exponent), at most six places, no trailing zeros.
  /// Stored values carry no more than six places (`Reading.lab` rounds to them).
  static func decimal(_ value: Double) -> String {
    DecimalText.format(value, places: 6, trimmed: true)
  }

  // MARK: - Escaping

  private mutating func quoted(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var plain = true
    for byte in value.utf8
    where byte < 0x20 || byte >= 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
      plain = false
      break
    }
    if plain {
      bytes.append(contentsOf: value.utf8)
    } else {
      escape(value)
    }
    bytes.append(UInt8(ascii: "\""))
    needsComma = true
  }

  private mutating func escape(_ value: String) {
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case "\\": bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case "\n": bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case "\r": bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case "\t": bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      default:
        if scalar.value < 0x20 || (scalar.value >= 0x7F && SafeText.stand(in: scalar) != nil) {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          bytes.append(
            contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        } else {
          bytes.append(contentsOf: String(scalar).utf8)
        }
      }
    }
  }
}
