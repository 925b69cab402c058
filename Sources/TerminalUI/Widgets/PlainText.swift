/// Text as an accessible frame shows it (`--accessible`): for screen readers and braille
/// displays, which read box-drawing and chart glyphs aloud as "box drawings light vertical" or
/// skip them, and for anyone whose font lacks them.
///
/// Every text put into a ``CellBuffer/plainText`` frame goes through ``of(_:)``, so no screen,
/// separator or later translation can bring a glyph back:
///
/// - box drawing (U+2500–U+257F): `-` for the horizontal lines, `|` for the vertical ones,
///   `+` for corners, tees and crossings;
/// - block elements (U+2580–U+259F): `#` for the full block and the shades, a space for the
///   others (the Timeline's phase band: its day rows name the phase in words);
/// - the chart marks of ``Glyphs/unicode``: `•` → `*`, `▲` → `^`, `▼` → `v`, `…` → `...`;
/// - the middle dot: ` · ` between two parts reads as `, `, any other `·` as `-`;
/// - the combining long stroke (U+0336) of struck-out text is left off: struck entries say
///   `(struck out)` in words.
///
/// Braille patterns (U+2800–U+28FF) are left as they are: the app draws none, and one a person
/// wrote is text.
public enum PlainText {
  /// `text` with every glyph above replaced.
  public static func of(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: replaced) else { return text }
    var result = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "·", index > 0, scalars[index - 1] == " ", index + 1 < scalars.count,
        scalars[index + 1] == " "
      {
        // " · " becomes ", ": the space before the dot goes.
        result.removeLast()
        result.append(",")
      } else {
        result.append(contentsOf: replacement(scalar).unicodeScalars)
      }
      index += 1
    }
    return String(result)
  }

  /// True for a scalar ``of(_:)`` replaces.
  static func replaced(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2500...0x259F, 0xB7, 0x2022, 0x25B2, 0x25BC, 0x2026, 0x0336: true
    default: false
    }
  }

  /// What stands for one scalar.
  static func replacement(_ scalar: Unicode.Scalar) -> String {
    let value = scalar.value
    switch value {
    case 0x2500...0x257F: return boxDrawing(value)
    case 0x2588, 0x2591...0x2593: return "#"
    case 0x2580...0x259F: return " "
    case 0xB7: return "-"
    case 0x2022: return "*"
    case 0x25B2: return "^"
    case 0x25BC: return "v"
    case 0x2026: return "..."
    case 0x0336: return ""
    default: return String(scalar)
    }
  }

  /// `-`, `|` or `+` for a box-drawing character, by the lines it draws.
  static func boxDrawing(_ value: UInt32) -> String {
    switch value {
    case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576,
      0x2578, 0x257A, 0x257C, 0x257E:
      "-"
    case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577,
      0x2579, 0x257B, 0x257D, 0x257F:
      "|"
    case 0x2571: "/"
    case 0x2572: "\\"
    case 0x2573: "X"
    default: "+"
    }
  }
}
