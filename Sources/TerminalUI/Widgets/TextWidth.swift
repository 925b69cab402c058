import JourneyCore

/// How many cells text takes, as the terminal counts them: glibc's `wcwidth` for each scalar,
/// joined into grapheme clusters the way ncursesw and tmux 3.3a join them.
///
/// A grapheme cluster (one `Character`: `é` as e + U+0301, `👩‍⚕️`, `🇩🇪`) is drawn in one
/// ``Cell``. It is made of *parts*, each starting at a scalar with a width of its own:
/// zero-width scalars (combining marks, joiners, variation selectors) ride with the part before
/// them, and so does a scalar right after a zero-width joiner (U+200D), which tmux 3.3a adds to
/// the cell before it without changing its width. The cluster takes the cells of its parts:
///
/// | Cluster | Parts | Cells |
/// |---|---|---|
/// | `é` (e + U+0301) | e+U+0301 | 1 |
/// | `👩‍⚕️` (👩 ZWJ ⚕ VS16) | 👩+ZWJ+⚕+VS16 | 2 |
/// | `🇩🇪` (two regional indicators) | 🇩, 🇪 | 1 + 1 |
/// | `👍🏽` (thumb + skin tone) | 👍, 🏽 | 2 + 2 |
///
/// Checked in tmux 3.3a (`capture-pane`, and the cursor it reports after each cluster) against
/// glibc 2.36's `wcwidth`: these are the columns tmux moves the cursor by, which is also what
/// ncursesw assumes when it writes each part as a cell of its own. A terminal that draws `👍🏽`
/// in two cells (kitty, WezTerm outside tmux) shows a gap after it.
///
/// Variation selector 16 after a character that is narrow by default (`❤️`, `⚕️`) asks for
/// the wide emoji form, which tmux 3.3a and `wcwidth` still count as one cell while kitty,
/// WezTerm and iTerm2 draw two. Such a cluster is drawn without the selector (``drawn(_:)``),
/// in its one-cell text form, so every terminal keeps the columns after it in place.
public enum TextWidth {
  /// The most scalars one cell holds: ncursesw's `CCHARW_MAX` (5 in ncurses 6.4; the
  /// backend's tests check it).
  public static let scalarsPerCell = 5

  /// Cells taken by one grapheme cluster as drawn: 0 (a mark with nothing to join), or the sum
  /// of its parts' widths.
  public static func of(_ grapheme: String) -> Int {
    var scalars = grapheme.unicodeScalars.makeIterator()
    guard let first = scalars.next() else { return 0 }
    if scalars.next() == nil { return scalarWidth(first) }
    return drawn(grapheme).reduce(0) { $0 + partsWidth($1) }
  }

  /// Cells taken by a whole string.
  public static func of(text: String) -> Int {
    visible(text).reduce(0) { $0 + of($1) }
  }

  /// What a cluster is drawn as: one cell's text, or, when ncursesw could not hold it in its
  /// cells, pieces that keep its meaning:
  ///
  /// - a narrow character with variation selector 16 (`❤️`) drops the selector (see above);
  /// - a zero-width-joiner sequence with a part longer than ``scalarsPerCell`` (the family
  ///   `👨‍👩‍👧‍👦`, seven scalars) becomes its members side by side (`👨👩👧👦`);
  /// - any other part too long for a cell (a letter under many combining marks) keeps its
  ///   first scalars and is followed by U+FFFD `�`, so nobody reads a cut cluster as whole.
  public static func drawn(_ grapheme: String) -> [String] {
    var scalars = Array(grapheme.unicodeScalars)
    if scalars.count > 1, scalars.contains(variationSelector16),
      !scalars.contains(zeroWidthJoiner), scalarWidth(scalars[0]) == 1, parts(scalars).count == 1
    {
      scalars.removeAll { $0 == variationSelector16 }
    }
    guard parts(scalars).contains(where: { $0.count > scalarsPerCell }) else {
      return [string(scalars)]
    }
    if scalars.contains(zeroWidthJoiner) {
      let members = scalars.split(separator: zeroWidthJoiner).map { string(Array($0)) }
      return members.flatMap { member in drawn(member) }
    }
    return parts(scalars).flatMap { part -> [String] in
      part.count > scalarsPerCell
        ? [string(Array(part.prefix(scalarsPerCell))), "\u{FFFD}"] : [string(part)]
    }
  }

  /// The parts of a cell's text, each written to the terminal as one ncurses cell: a scalar
  /// with a width, with the zero-width scalars after it and whatever follows a joiner.
  public static func parts(_ text: String) -> [[Unicode.Scalar]] {
    parts(Array(text.unicodeScalars))
  }

  static func parts(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    var result: [[Unicode.Scalar]] = []
    var joined = false
    for scalar in scalars {
      let starts = scalarWidth(scalar) > 0 && !joined && !result.isEmpty
      if result.isEmpty || starts {
        result.append([scalar])
      } else {
        result[result.count - 1].append(scalar)
      }
      joined = scalar == zeroWidthJoiner
    }
    return result
  }

  /// Cells taken by one part: its first scalar's.
  public static func width(ofPart part: [Unicode.Scalar]) -> Int {
    part.first.map(scalarWidth) ?? 0
  }

  /// Cells taken by a cell's parts.
  static func partsWidth(_ text: String) -> Int {
    parts(text).reduce(0) { $0 + width(ofPart: $1) }
  }

  static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"
  static let variationSelector16: Unicode.Scalar = "\u{FE0F}"

  private static func string(_ scalars: [Unicode.Scalar]) -> String {
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars)
    return String(text)
  }

  /// One scalar's cells, as glibc's `wcwidth` gives them (0 for marks and format characters,
  /// 2 for East Asian wide and emoji-presentation characters).
  static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if (0x20..<0x7F).contains(value) || value == 0xAD || prependedMarks.contains(value) {
      return 1
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B || value == 0x1171E || (0x1160...0x11FF).contains(value)
      || (0xD7B0...0xD7FF).contains(value)
    {
      // U+1171E, an Ahom medial, was a nonspacing mark in Unicode 15 (glibc 2.36), spacing
      // in Swift's newer tables.
      return 0
    }
    return isWide(value) ? 2 : 1
  }

  /// True for the scalars glibc 2.36's `wcwidth` gives 2 cells (Unicode 15's East Asian Wide
  /// and Fullwidth characters, emoji presentation among them), gaps of unassigned scalars
  /// included; `WidthAgreementTests` compares every assigned scalar with the C library.
  static func isWide(_ value: UInt32) -> Bool {
    guard value >= 0x1100 else { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = wideRanges[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// Format characters glibc draws in a cell of their own: the prepended concatenation marks
  /// (Arabic number sign, Syriac abbreviation mark, Kaithi number signs).
  static let prependedMarks: Set<UInt32> = [
    0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD, 0x110CD,
  ]

  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x3029, 0x302E...0x303E, 0x3041...0x3096, 0x309B...0xA4C6, 0xA960...0xA97C,
    0xAC00...0xD7A3, 0xF900...0xFAD9, 0xFE10...0xFE19, 0xFE30...0xFE6B, 0xFF01...0xFF60,
    0xFFE0...0xFFE6, 0x16FE0...0x16FE3, 0x16FF0...0x18D08, 0x1AFF0...0x1B2FB,
    0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
    0x1F200...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
    0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4,
    0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D,
    0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596,
    0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC,
    0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC,
    0x1F7E0...0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
    0x1FA70...0x1FAF6, 0x20000...0x3134A,
  ]

  /// The graphemes to draw, with control and bidirectional-override characters made visible
  /// (`^[`, `<U+202E>`) by ``SafeText/visible(_:)``, so hostile text never reaches the terminal
  /// raw and the screens follow the same rule as the command line.
  public static func visible(_ text: String) -> [String] {
    SafeText.visible(text).map { String($0) }
  }
}
