/// Makes user and file text safe to print: one rule for the screens and every plain-text output.
///
/// A note, a name or a protocol file may hold terminal escape sequences (`ESC ] 0 ; … BEL`
/// retitles the window, `ESC [ 2 J` clears it), other control characters, or bidirectional
/// overrides that make `evil.exe‮fdp.` read as something else (Trojan Source, CVE-2021-42574).
/// None of them may reach a terminal raw, so each is replaced by a visible stand-in:
///
/// - C0 controls as caret notation: ESC → `^[`, BEL → `^G`, tab → `^I`, newline → `^J`;
/// - DEL as `^?`;
/// - C1 controls (U+0080–U+009F, which some terminals obey as 8-bit escapes) as `<U+0085>`;
/// - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the
///   invisible direction marks (U+200E, U+200F, U+061C), line and paragraph separators
///   (U+2028, U+2029) and the byte-order mark (U+FEFF) as `<U+XXXX>`.
///
/// Joiners (U+200C, U+200D) are kept: emoji sequences and Persian script need them.
/// JSON output is escaped by ``jsonEscaped(_:)`` instead, which keeps the JSON equal.
public enum SafeText {
  /// `text` with every character listed above replaced by its visible stand-in.
  public static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { stand(in: $0) != nil }) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if let shown = stand(in: scalar) {
        result.append(contentsOf: shown.unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// `text` made visible as ``visible(_:)`` does, except the line breaks between its lines
  /// (`\n`, and `\r\n`), which are kept: for a table (CSV) printed on a terminal, whose rows
  /// stay rows while an escape sequence in a cell shows as `^[`.
  public static func visibleLines(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 != "\n" && stand(in: $0) != nil }) else {
      return text
    }
    var result = String.UnicodeScalarView()
    var pendingReturn = false
    for scalar in text.unicodeScalars {
      if pendingReturn {
        pendingReturn = false
        if scalar == "\n" {
          result.append("\r")
          result.append(scalar)
          continue
        }
        result.append(contentsOf: "^M".unicodeScalars)
      }
      if scalar == "\r" {
        pendingReturn = true
      } else if scalar != "\n", let shown = stand(in: scalar) {
        result.append(contentsOf: shown.unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    if pendingReturn { result.append(contentsOf: "^M".unicodeScalars) }
    return String(result)
  }

  /// The visible stand-in for one scalar, or nil when it is safe to print as it is.
  public static func stand(in scalar: Unicode.Scalar) -> String? {
    let v = scalar.value
    if v < 0x20 { return "^" + String(Unicode.Scalar(UInt8(v + 0x40))) }
    if v == 0x7F { return "^?" }
    if (0x80...0x9F).contains(v) || spoofing(v) { return codePoint(v) }
    return nil
  }

  /// JSON text with the characters above that JSON leaves raw (DEL, C1, bidi) written as
  /// `\uXXXX`: the document decodes to the same strings, and printing it is harmless.
  ///
  /// C0 controls inside strings are already escaped by `JSONEncoder`; the newlines and spaces
  /// outside strings (pretty printing) are left alone.
  public static func jsonEscaped(_ json: String) -> String {
    // One pass over the bytes finds whether there is anything to escape at all.
    var bytes = json
    guard bytes.withUTF8(holdsJSONEscapes) else { return json }
    var result = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      if scalar.value >= 0x7F, stand(in: scalar) != nil {
        result.append(contentsOf: ("\\u" + hex(scalar.value)).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether UTF-8 `bytes` hold a character ``jsonEscaped(_:)`` escapes: DEL, a C1 control
  /// (`C2 80`–`C2 9F`) or one of ``spoofing(_:)``'s, found by their bytes.
  public static func holdsJSONEscapes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    var index = 0
    while index < count {
      // Eight bytes below DEL at a time (a byte below 0x7F plus one stays below 0x80, with no
      // carry into the next): a backup of ten years is 11 MB of them.
      if index + 8 <= count, let base = bytes.baseAddress {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if (word | (word &+ 0x0101_0101_0101_0101)) & 0x8080_8080_8080_8080 == 0 {
          index += 8
          continue
        }
      }
      let at = index
      index += 1
      let byte = bytes[at]
      guard byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 || byte == 0xEF else {
        continue
      }
      let next = at + 1 < count ? bytes[at + 1] : 0
      let third = at + 2 < count ? bytes[at + 2] : 0
      switch byte {
      case 0x7F: return true
      // U+0080–U+009F.
      case 0xC2 where (0x80...0x9F).contains(next): return true
      // U+061C.
      case 0xD8 where next == 0x9C: return true
      // U+200E, U+200F, U+2028–U+202E.
      case 0xE2 where next == 0x80 && (third == 0x8E || third == 0x8F || (0xA8...0xAE) ~= third):
        return true
      // U+2066–U+2069.
      case 0xE2 where next == 0x81 && (0xA6...0xA9).contains(third): return true
      // U+FEFF.
      case 0xEF where next == 0xBB && third == 0xBF: return true
      default: continue
      }
    }
    return false
  }

  /// Invisible formatting that can make text read differently from what it holds.
  static func spoofing(_ v: UInt32) -> Bool {
    (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
      || v == 0x200E || v == 0x200F || v == 0x061C || v == 0x2028 || v == 0x2029 || v == 0xFEFF
  }

  /// `<U+202E>`: at least four upper-case hex digits, as Unicode writes code points.
  static func codePoint(_ v: UInt32) -> String { "<U+" + hex(v) + ">" }

  static func hex(_ v: UInt32) -> String {
    let digits = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
