import Testing

@testable import NCursesBackend

/// xterm-256 colours on terminals with 16 or 8.
@Suite struct ColorReductionTests {
  @Test(arguments: [
    // Bright red, from the cube's pure red.
    (196, 16, 9), (196, 8, 1),
    // The cube's pure blue stays blue (xterm's bright blue 12 is a lighter lavender).
    (21, 16, 4), (21, 8, 4),
    // Pure green and yellow in the cube.
    (46, 16, 10), (46, 8, 2), (226, 16, 11), (226, 8, 3),
    // Greys: the darkest to black, the middle to bright black, the lightest to white.
    (232, 16, 0), (233, 16, 0), (244, 16, 8), (255, 16, 7), (232, 8, 0), (255, 8, 7),
    // The cube's black and white corners.
    (16, 16, 0), (231, 16, 15), (231, 8, 7),
    // Bright colours on an 8-colour terminal.
    (9, 8, 1), (15, 8, 7), (12, 8, 4),
  ])
  func reducesToTheNearestBasicColour(index: Int, colors: Int, expected: Int) {
    #expect(ColorReduction.nearest(index: index, colors: colors) == expected)
  }

  @Test(arguments: [(196, 256), (0, 8), (7, 8), (9, 16), (15, 16), (100, 256)])
  func keepsColoursTheTerminalHas(index: Int, colors: Int) {
    #expect(ColorReduction.nearest(index: index, colors: colors) == index)
  }

  @Test func everyIndexLandsInTheTerminalsRange() {
    for colors in [8, 16, 88] {
      for index in 0..<256 {
        let reduced = ColorReduction.nearest(index: index, colors: colors)
        #expect((0..<min(colors, 16)).contains(reduced), "\(index) at \(colors) → \(reduced)")
      }
    }
  }

  @Test func basicColoursMapToThemselves() {
    for index in 0..<16 {
      #expect(ColorReduction.nearest(index: index, colors: 16) == index)
    }
  }

  @Test func cubeAndGreysFollowXtermsFormula() {
    #expect(ColorReduction.rgb(16) == (0, 0, 0))
    #expect(ColorReduction.rgb(196) == (255, 0, 0))
    #expect(ColorReduction.rgb(110) == (135, 175, 215))
    #expect(ColorReduction.rgb(232) == (8, 8, 8))
    #expect(ColorReduction.rgb(255) == (238, 238, 238))
  }
}
