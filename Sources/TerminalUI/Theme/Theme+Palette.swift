import Foundation

extension Theme.Color {
  /// The colour as xterm shows it by default; nil for the terminal's own colour, which is
  /// unknown.
  var rgb: RGB? {
    guard case .indexed(let index) = self else { return nil }
    return RGB.xterm(index)
  }
}

extension RGB {
  /// xterm's default palette: 16 basic colours, a 6×6×6 cube, then 24 greys.
  static func xterm(_ index: Int) -> RGB {
    let basic: [(Int, Int, Int)] = [
      (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
      (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
      (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    switch index {
    case 0..<16:
      let (r, g, b) = basic[index]
      return RGB(red: r, green: g, blue: b)
    case 16..<232:
      let levels = [0, 95, 135, 175, 215, 255]
      let cube = index - 16
      return RGB(red: levels[cube / 36], green: levels[cube / 6 % 6], blue: levels[cube % 6])
    default:
      let grey = 8 + 10 * (min(index, 255) - 232)
      return RGB(red: grey, green: grey, blue: grey)
    }
  }
}

extension Theme {
  /// The theme as a terminal with `colors` colours can show it (ncurses' `COLORS`).
  ///
  /// 256 or more: unchanged. 16 to 255: every number above 15 becomes the nearest of the
  /// sixteen basic colours; 8 to 15: the nearest of the first eight. Greys stay grey (black,
  /// white, bright-black), and a text colour is chosen among those that keep a 3:1 contrast
  /// with its background (the role's own, else the one the theme is made for), so a dark grey
  /// never turns into black on black. Fewer than 8 colours: the monochrome theme, because a
  /// colour theme's attributes alone were never meant to carry its looks.
  public func fitted(toColors colors: Int) -> Theme {
    guard usesColor, colors < 256 else { return self }
    guard colors >= 8 else { return Theme.named("monochrome") ?? Theme.minimal }
    let palette = colors >= 16 ? 16 : 8
    let backdrop: RGB? =
      switch terminalBackground {
      case .dark: .black
      case .light: .white
      case .any: nil
      }
    var fitted = self
    for (role, look) in looks {
      var new = look
      new.background = look.background.nearest(inFirst: palette, readableOn: nil)
      new.foreground = look.foreground.nearest(
        inFirst: palette, readableOn: new.background.rgb ?? backdrop)
      fitted.looks[role] = new
    }
    return fitted
  }
}

extension Theme.Color {
  /// The nearest of the first `count` xterm colours (itself when it is one of them).
  ///
  /// - Parameter backdrop: when given, only colours with a 3:1 contrast on it are chosen
  ///   (unless none has it).
  func nearest(inFirst count: Int, readableOn backdrop: RGB?) -> Theme.Color {
    guard case .indexed(let index) = self, index >= count, let target = rgb else { return self }
    var candidates = Array(0..<count)
    if target.isGrey { candidates = candidates.filter { RGB.xterm($0).isGrey } }
    if let backdrop {
      let readable = candidates.filter { RGB.xterm($0).contrast(with: backdrop) >= 3 }
      if !readable.isEmpty { candidates = readable }
    }
    let best = candidates.min { target.distance(to: .xterm($0)) < target.distance(to: .xterm($1)) }
    return .indexed(best ?? 0)
  }
}
