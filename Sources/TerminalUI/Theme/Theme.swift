/// How each role looks: colours and attributes. Read from `Themes/*.toml` (see
/// `Theme+TOML.swift`); all five shipped themes are built into the program (`Theme+BuiltIn.swift`)
/// so a missing folder never stops the app.
public struct Theme: Equatable, Sendable {
  /// A colour as a terminal knows it.
  public enum Color: Equatable, Sendable, Hashable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 256 xterm colours (0–7 basic, 8–15 bright, 16–255 the cube and greys).
    case indexed(Int)
  }

  /// The look of one role.
  public struct Look: Equatable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(
      foreground: Color = .terminalDefault, background: Color = .terminalDefault,
      bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false
    ) {
      self.foreground = foreground
      self.background = background
      self.bold = bold
      self.underline = underline
      self.reverse = reverse
      self.dim = dim
    }
  }

  /// The terminal background a theme is made for; roles that leave `background` as
  /// `.terminalDefault` show it, so their text colours were chosen to read on it.
  public enum TerminalBackground: String, CaseIterable, Equatable, Sendable {
    case dark, light
    /// No assumption: every role sets its own background, or uses no colour at all.
    case any
  }

  public var name: String
  /// False for themes that use attributes only (monochrome, `NO_COLOR`): colours are ignored.
  public var usesColor: Bool
  public var terminalBackground: TerminalBackground
  public var looks: [ColorRole: Look]

  public init(
    name: String, usesColor: Bool = true, terminalBackground: TerminalBackground = .any,
    looks: [ColorRole: Look]
  ) {
    self.name = name
    self.usesColor = usesColor
    self.terminalBackground = terminalBackground
    self.looks = looks
  }

  /// The look of a styled cell: the role's look with the style's attributes added.
  public func look(for style: Style) -> Look {
    var look = looks[style.role] ?? looks[.normal] ?? Look()
    look.bold = look.bold || style.bold
    look.underline = look.underline || style.underline
    look.reverse = look.reverse != style.reverse
    look.dim = look.dim || style.dim
    if !usesColor {
      look.foreground = .terminalDefault
      look.background = .terminalDefault
    }
    return look
  }
}
