import TerminalUI

/// The colour pairs a theme needs on one terminal.
///
/// ncurses colours text by pair number. Each distinct (foreground, background) among the theme's
/// looks gets a pair from 1, in `ColorRole` order so numbering is stable; looks in the terminal's
/// own colours use pair 0. No pairs at all when the terminal has no colours or the theme uses
/// none: attributes (bold, underline, reverse, dim) then carry the meaning alone.
struct ColorPairTable: Equatable {
  /// A foreground and background as the terminal numbers them; -1 is the terminal's default.
  struct Colors: Hashable {
    var foreground: Int
    var background: Int
  }

  /// What a terminal offers: `COLORS`, `COLOR_PAIRS`, and whether `use_default_colors` worked.
  struct Capabilities: Equatable {
    /// 0 when the terminal has no colours.
    var colors: Int
    var pairs: Int
    var defaultColors: Bool

    static let monochrome = Capabilities(colors: 0, pairs: 0, defaultColors: false)
  }

  let capabilities: Capabilities
  /// The colours of pair `n` at index `n - 1`; what `init_extended_pair` is called with.
  private(set) var definitions: [Colors] = []
  private var numbers: [Colors: Int] = [:]

  init(theme: Theme, terminal: Capabilities) {
    capabilities = terminal
    guard theme.usesColor else { return }
    for role in ColorRole.allCases {
      guard let colors = colors(for: theme.look(for: Style(role))), numbers[colors] == nil,
        definitions.count + 1 < terminal.pairs
      else { continue }
      definitions.append(colors)
      numbers[colors] = definitions.count
    }
  }

  /// The pair to draw a look with; 0 (the terminal's colours) when it needs none.
  func pair(for look: Theme.Look) -> Int {
    guard let colors = colors(for: look) else { return 0 }
    return numbers[colors] ?? 0
  }

  /// A look's colours on this terminal, or nil when it shows in the terminal's own colours.
  func colors(for look: Theme.Look) -> Colors? {
    guard capabilities.colors >= 8,
      look.foreground != .terminalDefault || look.background != .terminalDefault
    else { return nil }
    let background = number(look.background, fallback: 0)
    var foreground = number(look.foreground, fallback: 7)
    if foreground == background, look.foreground != look.background {
      // Two close colours reduced to one would hide the text: keep it readable.
      foreground = ColorPairTable.isDark(background) ? 7 : 0
    }
    return Colors(foreground: foreground, background: background)
  }

  /// The terminal's number for a colour; `fallback` stands for the default colour when the
  /// terminal cannot use it (`use_default_colors` failed).
  private func number(_ color: Theme.Color, fallback: Int) -> Int {
    switch color {
    case .terminalDefault:
      return capabilities.defaultColors ? -1 : fallback
    case .indexed(let index):
      return ColorReduction.nearest(index: index, colors: capabilities.colors)
    }
  }

  /// True for colours where light text reads better than dark.
  static func isDark(_ index: Int) -> Bool {
    guard index >= 0 else { return true }
    let rgb = ColorReduction.rgb(index)
    return rgb.red * 299 + rgb.green * 587 + rgb.blue * 114 < 128_000
  }
}
