import JourneyCore

/// How many cells text takes, agreeing with glibc's `wcwidth` for what CareJourney shows.
public enum TextWidth {
  /// Cells taken by one grapheme: 0 (combining only), 1, or 2 (East Asian wide, emoji).
  public static func of(_ grapheme: String) -> Int {
    guard let first = grapheme.unicodeScalars.first else { return 0 }
    return scalarWidth(first)
  }

  /// Cells taken by a whole string.
  public static func of(text: String) -> Int {
    visible(text).reduce(0) { $0 + of($1) }
  }

  static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
    if isWide(value) { return 2 }
    return 1
  }

  static func isWide(_ v: UInt32) -> Bool {
    (0x1100...0x115F).contains(v) || v == 0x2329 || v == 0x232A
      || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
      || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
      || (0xA000...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
      || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
      || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
      || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
      || (0x20000...0x2FFFD).contains(v) || (0x30000...0x3FFFD).contains(v)
  }

  /// The graphemes to draw, with control and bidirectional-override characters made visible
  /// (`^[`, `<U+202E>`) by ``SafeText/visible(_:)``, so hostile text never reaches the terminal
  /// raw and the screens follow the same rule as the command line.
  public static func visible(_ text: String) -> [String] {
    SafeText.visible(text).map { String($0) }
  }
}
