import JourneyCore

/// Writes JSON straight into bytes, members in the order given, and hands the text on in pieces:
/// the FHIR export of ten years is never held whole, and no tree of values is built for a
/// resource only to be walked once (that tree and its text took 257 MB and most of the time).
///
/// Keys are static text. Strings are escaped as RFC 8259 requires (quote, backslash, C0
/// controls), and the characters a terminal could be fooled by (DEL, C1 controls, bidirectional
/// overrides, ``SafeText``) as `\uXXXX`, so the document decodes to the same strings and is
/// harmless to print. Numbers are written as given (``decimal(_:)`` formats a FHIR decimal).
/// What recurs in every resource (a category, the patient's reference, an author) is written
/// once as a ``Fragment`` and copied.
///
/// The bytes live in memory of the writer's own, not an array: ten years are 70 MB of JSON
/// written a few bytes at a time, and an array checks it is not shared on every append. So the
/// writer cannot be copied, only lent (`inout`).
///
/// The writer does not check that members and values alternate: the builders in
/// `FHIRExport` call it in the order of the FHIR element definitions.
struct JSONWriter: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int
  /// Whether the next value in the current object or array needs a comma before it.
  private var needsComma = false
  /// Where the pieces go, as their bytes (valid UTF-8, written from strings and ASCII), and
  /// how big a piece is before it is handed on.
  private let emit: (UnsafeBufferPointer<UInt8>) throws -> Void
  private let pieceSize: Int

  /// A writer handing on its pieces as text.
  init(pieceSize: Int = 1 << 16, emit: @escaping (String) throws -> Void) {
    self.init(pieceSize: pieceSize, bytes: { try emit(JSONWriter.text($0)) })
  }

  /// A writer handing on its pieces as their bytes, for a destination that takes bytes
  /// (standard output, a file): no string is made of them.
  init(pieceSize: Int = 1 << 16, bytes emit: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void)
  {
    self.emit = emit
    self.pieceSize = pieceSize
    capacity = pieceSize + 4096
    base = .allocate(capacity: capacity)
  }

  deinit { base.deallocate() }

  /// Hands on what is written when a piece is full; call between resources.
  mutating func flushIfFull() throws {
    if count >= pieceSize { try flush() }
  }

  /// Hands on everything written so far.
  mutating func flush() throws {
    guard count > 0 else { return }
    let written = count
    count = 0
    try emit(UnsafeBufferPointer(start: base, count: written))
  }

  /// Valid UTF-8 bytes as a string. Made whole, a piece with one byte past ASCII (the ° of
  /// every temperature) is checked a byte at a time, which took a tenth of a ten-year export;
  /// so the piece is joined from its ASCII runs, checked eight bytes at a time, and the few
  /// characters between them.
  static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var text = ""
    text.reserveCapacity(bytes.count)
    var start = 0
    while start < bytes.count {
      var end = asciiEnd(bytes, from: start)
      if end > start {
        text += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      }
      start = end
      while end < bytes.count, bytes[end] >= 0x80 { end += 1 }
      if end > start {
        text += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      }
      start = end
    }
    return text
  }

  /// Where the run of ASCII bytes from `start` ends: the first byte past ASCII, or the end.
  static func asciiEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = bytes.baseAddress else { return start }
    var index = start
    while index + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      if word & 0x8080_8080_8080_8080 != 0 { break }
      index += 8
    }
    while index < bytes.count, bytes[index] < 0x80 { index += 1 }
    return index
  }

  /// Raw text between values (a newline between bundle entries).
  mutating func raw(_ text: StaticString) {
    append(text.utf8Start, text.utf8CodeUnitCount)
  }

  // MARK: - Structure

  /// An object as a value (in an array, or at the top); on a line of its own when `onNewLine`.
  mutating func object(onNewLine: Bool = false, _ body: (inout JSONWriter) throws -> Void)
    rethrows
  {
    comma()
    if onNewLine { append(UInt8(ascii: "\n")) }
    try open(UInt8(ascii: "{"), UInt8(ascii: "}"), body)
  }

  /// `"key": { ... }`.
  mutating func object(_ key: StaticString, _ body: (inout JSONWriter) throws -> Void) rethrows {
    self.key(key)
    try open(UInt8(ascii: "{"), UInt8(ascii: "}"), body)
  }

  /// An array as a value (a ``Fragment``).
  mutating func array(_ body: (inout JSONWriter) throws -> Void) rethrows {
    comma()
    try open(UInt8(ascii: "["), UInt8(ascii: "]"), body)
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
    append(start)
    needsComma = false
    try body(&self)
    append(end)
    needsComma = true
  }

  private mutating func comma() {
    if needsComma { append(UInt8(ascii: ",")) }
    needsComma = true
  }

  private mutating func key(_ key: StaticString) {
    comma()
    reserve(key.utf8CodeUnitCount + 3)
    base[count] = UInt8(ascii: "\"")
    count += 1
    raw(key)
    base[count] = UInt8(ascii: "\"")
    base[count + 1] = UInt8(ascii: ":")
    count += 2
    needsComma = false
  }

  // MARK: - Values

  /// `"key": "value"`; nothing when the value is nil.
  mutating func string(_ key: StaticString, _ value: String?) {
    guard let value else { return }
    self.key(key)
    quoted(value)
  }

  /// `"key": "value"` for part of a string (an id after its `urn:uuid:`).
  mutating func string(_ key: StaticString, part value: Substring.UTF8View) {
    self.key(key)
    if value.withContiguousStorageIfAvailable({ quoted($0) }) == nil {
      Array(value).withUnsafeBufferPointer { quoted($0) }
    }
  }

  /// `"key": "prefixvalue"`, without making the string first (`CareJourney line 12ab`).
  mutating func string(_ key: StaticString, _ prefix: StaticString, _ value: String) {
    self.key(key)
    append(UInt8(ascii: "\""))
    raw(prefix)
    value.withContiguousUTF8 { content($0) }
    append(UInt8(ascii: "\""))
    needsComma = true
  }

  /// A string as a value in an array.
  mutating func string(_ value: String) {
    comma()
    quoted(value)
  }

  /// `"key": 12` from a number already written as JSON (``decimal(_:)``, an `Int`'s text).
  mutating func number(_ key: StaticString, _ text: String?) {
    guard var text else { return }
    self.key(key)
    text.withUTF8 { append($0) }
    needsComma = true
  }

  /// `"key": "2026-11-22T08:15:00+01:00"`, written in place.
  mutating func timestamp(_ key: StaticString, _ value: Timestamp) {
    self.key(key)
    value.withUTF8 { quoted($0) }
  }

  /// `"key": 37.25`: a FHIR `decimal` as ``decimal(_:)`` writes it, written in place.
  mutating func decimal(_ key: StaticString, _ value: Double) {
    guard value.isFinite, abs(value) < DecimalText.largest else {
      return number(key, JSONWriter.decimal(value))
    }
    self.key(key)
    let millionths = Int((abs(value) * 1_000_000).rounded())
    if value < 0 && millionths > 0 { append(UInt8(ascii: "-")) }
    digits(millionths / 1_000_000, width: 1)
    var fraction = millionths % 1_000_000
    if fraction > 0 {
      append(UInt8(ascii: "."))
      var places = 6
      while fraction % 10 == 0 {
        fraction /= 10
        places -= 1
      }
      digits(fraction, width: places)
    }
    needsComma = true
  }

  /// A whole number ≥ 0 in decimal digits, at least `width` of them (leading zeros).
  private mutating func digits(_ value: Int, width: Int) {
    var length = 1
    var power = 10
    while power <= value {
      length += 1
      power *= 10
    }
    length = max(length, width)
    reserve(length)
    var rest = value
    for place in stride(from: count + length - 1, through: count, by: -1) {
      base[place] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    }
    count += length
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

  // MARK: - Fragments

  /// A value written once, copied wherever it recurs: a coding every Observation of a kind
  /// has, the reference to the patient or to an author.
  struct Fragment: Sendable {
    let bytes: [UInt8]

    /// The value `body` writes (one value: an object, an array).
    init(_ body: (inout JSONWriter) -> Void) {
      var w = JSONWriter(pieceSize: 256, bytes: { _ in })
      body(&w)
      bytes = w.bytes
    }
  }

  /// `"key": fragment`.
  mutating func fragment(_ key: StaticString, _ fragment: Fragment) {
    self.key(key)
    fragment.bytes.withUnsafeBufferPointer { append($0) }
    needsComma = true
  }

  /// A fragment as a value in an array.
  mutating func fragment(_ fragment: Fragment) {
    comma()
    fragment.bytes.withUnsafeBufferPointer { append($0) }
  }

  // MARK: - Values written apart

  /// A writer for values that follow others in an array, written apart (a day's resources, on
  /// the thread that read the day) and put in by ``values(_:)``: it hands nothing on;
  /// ``written`` and ``bytes`` give what it holds.
  init(following capacity: Int) {
    self.init(pieceSize: capacity, bytes: { _ in })
    needsComma = true
  }

  /// How many bytes are written and not yet handed on.
  var written: Int { count }

  /// The bytes written and not yet handed on.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// Values an ``init(following:)`` writer wrote (each with the comma before it), after this
  /// writer's last value in the array it is writing.
  mutating func values(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard !bytes.isEmpty else { return }
    precondition(needsComma, "values written apart follow a value")
    append(bytes)
  }

  // MARK: - Bytes

  private mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(count + extra) }
  }

  @inline(never)
  private mutating func grow(_ needed: Int) {
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity * 2, needed))
    bigger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity = max(capacity * 2, needed)
  }

  private mutating func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  private mutating func append(_ start: UnsafePointer<UInt8>, _ length: Int) {
    reserve(length)
    (base + count).update(from: start, count: length)
    count += length
  }

  private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let start = bytes.baseAddress else { return }
    append(start, bytes.count)
  }

  // MARK: - Escaping

  private mutating func quoted(_ value: String) {
    value.withContiguousUTF8 { quoted($0) }
  }

  private mutating func quoted(_ bytes: UnsafeBufferPointer<UInt8>) {
    append(UInt8(ascii: "\""))
    content(bytes)
    append(UInt8(ascii: "\""))
    needsComma = true
  }

  /// A string's content, escaped where it must be.
  private mutating func content(_ bytes: UnsafeBufferPointer<UInt8>) {
    if JSONWriter.mayNeedEscaping(bytes) {
      escape(String(decoding: bytes, as: UTF8.self))
    } else {
      append(bytes)
    }
  }

  /// Whether a byte is a quote, a backslash, a control character, DEL or past ASCII (which
  /// ``escape(_:)`` looks at), eight bytes at a time: ten years are 50 MB of strings.
  static func mayNeedEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    var index = 0
    while index + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      // A byte below 0x20 borrows in `word - 0x20…`; a byte equal to `b` is a zero in
      // `word ^ b…` (the high bits of bytes past ASCII are flagged on their own).
      let below = (word &- ones &* 0x20) & ~word & highs
      let quote = word ^ ones &* 0x22
      let backslash = word ^ ones &* 0x5C
      let delete = word ^ ones &* 0x7F
      let equal =
        ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (delete &- ones) & ~delete)
        & highs
      if (word & highs) | below | equal != 0 { return true }
      index += 8
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x20 || byte >= 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        return true
      }
      index += 1
    }
    return false
  }

  @inline(never)
  private mutating func escape(_ value: String) {
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": raw("\\\"")
      case "\\": raw("\\\\")
      case "\n": raw("\\n")
      case "\r": raw("\\r")
      case "\t": raw("\\t")
      default:
        if scalar.value < 0x20 || (scalar.value >= 0x7F && SafeText.stand(in: scalar) != nil) {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          var text = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
          text.withUTF8 { append($0) }
        } else {
          var text = String(scalar)
          text.withUTF8 { append($0) }
        }
      }
    }
  }
}
