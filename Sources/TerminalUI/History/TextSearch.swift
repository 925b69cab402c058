import JourneyCore

/// A case-insensitive search of row texts, as `localizedCaseInsensitiveContains` searches, but
/// comparing bytes where that gives the same answer: a search of ten years then fits in a
/// frame, and Foundation's collation data (2 MB) is not loaded for it.
///
/// Bytes are compared when the query is ASCII and every other character of the text is one
/// that no ASCII letter can match or be changed by: no case mapping of it reaches ASCII (as
/// `ß` → `SS`, `K` (kelvin) → `k`, `ﬁ` → `FI` do) and it does not join the character before or
/// after it (combining marks, joiners, format characters). `°`, `µ`, `—`, `ü`, `é` (one
/// character) are such; for any text holding another, Foundation compares.
struct TextSearch {
  let query: String
  private let folded: [UInt8]?
  /// Whether each non-ASCII character met so far can be passed over.
  private var passable: [Unicode.Scalar: Bool] = [:]

  init(_ query: String) {
    self.query = query
    folded = query.utf8.allSatisfy { $0 < 0x80 } ? query.utf8.map(TextSearch.lower) : nil
  }

  var isEmpty: Bool { query.isEmpty }

  mutating func matches(_ text: String) -> Bool {
    // Foundation finds the empty string nowhere.
    guard !query.isEmpty else { return false }
    guard let folded, text.utf8.allSatisfy({ $0 < 0x80 }) || passesOver(text) else {
      return text.localizedCaseInsensitiveContains(query)
    }
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      guard folded.count <= bytes.count else { return false }
      for start in 0...(bytes.count - folded.count) {
        var index = 0
        while index < folded.count, TextSearch.lower(bytes[start + index]) == folded[index] {
          index += 1
        }
        if index == folded.count { return true }
      }
      return false
    }
    return text.utf8.withContiguousStorageIfAvailable(find)
      ?? Array(text.utf8).withUnsafeBufferPointer(find)
  }

  /// Whether every non-ASCII character of `text` can be passed over by a byte comparison.
  private mutating func passesOver(_ text: String) -> Bool {
    for scalar in text.unicodeScalars where !scalar.isASCII {
      if let known = passable[scalar] {
        if !known { return false }
        continue
      }
      let verdict = TextSearch.passable(scalar)
      passable[scalar] = verdict
      if !verdict { return false }
    }
    return true
  }

  static func passable(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .format, .control, .surrogate,
      .privateUse, .unassigned:
      return false
    default:
      break
    }
    if properties.isGraphemeExtend || properties.isEmojiModifier { return false }
    let text = String(scalar)
    let mapped = [
      text.lowercased(), text.uppercased(), text.lowercased().uppercased(),
      text.uppercased().lowercased(),
    ]
    return !mapped.contains { $0.unicodeScalars.contains(where: \.isASCII) }
  }

  static func lower(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
  }
}
