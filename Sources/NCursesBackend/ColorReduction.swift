/// Maps xterm's 256 colours onto terminals that have only 16 or 8.
///
/// Themes name colours by their xterm-256 index. On a terminal with fewer colours an index past
/// `COLORS` would be refused (or shown as the wrong colour), so each is replaced by the basic
/// colour nearest to it in RGB, using xterm's default palette.
enum ColorReduction {
  /// The colour to use for xterm index `index` on a terminal with `colors` colours.
  ///
  /// Indexes the terminal has are kept. Otherwise the nearest of the first 16 colours (when the
  /// terminal has at least 16) or of the first 8. Ties go to the lower index. A terminal with 88
  /// colours numbers its cube differently, so there too only 0–15 keep their meaning.
  static func nearest(index: Int, colors: Int) -> Int {
    let index = min(max(index, 0), 255)
    if colors >= 256 || (index < 16 && index < colors) { return index }
    let candidates = colors >= 16 ? 16 : 8
    let target = rgb(index)
    var best = 0
    var bestDistance = Int.max
    for candidate in 0..<candidates {
      let distance = squaredDistance(target, rgb(candidate))
      if distance < bestDistance {
        best = candidate
        bestDistance = distance
      }
    }
    return best
  }

  /// An xterm colour's red, green and blue (0–255), as xterm draws it by default.
  static func rgb(_ index: Int) -> (red: Int, green: Int, blue: Int) {
    switch index {
    case 0..<16:
      return basic[index]
    case 16..<232:
      let cube = index - 16
      return (level(cube / 36), level(cube / 6 % 6), level(cube % 6))
    default:
      let grey = 8 + 10 * (min(index, 255) - 232)
      return (grey, grey, grey)
    }
  }

  /// xterm's default palette for 0–7 (normal) and 8–15 (bright).
  private static let basic: [(red: Int, green: Int, blue: Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// One step of the 6×6×6 cube: 0, 95, 135, 175, 215, 255.
  private static func level(_ step: Int) -> Int {
    step == 0 ? 0 : 55 + 40 * step
  }

  private static func squaredDistance(
    _ a: (red: Int, green: Int, blue: Int), _ b: (red: Int, green: Int, blue: Int)
  ) -> Int {
    let red = a.red - b.red
    let green = a.green - b.green
    let blue = a.blue - b.blue
    return red * red + green * green + blue * blue
  }
}
