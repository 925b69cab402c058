import Testing

@testable import TerminalUI

/// What each built-in theme's colours are measured against when a role leaves the background
/// to the terminal: black for dark themes, white for light ones.
private func backdrop(_ theme: Theme) -> RGB? {
  switch theme.terminalBackground {
  case .dark: .black
  case .light: .white
  case .any: nil
  }
}

/// The background a role's text sits on, as xterm shows it.
private func ground(_ look: Theme.Look, in theme: Theme) -> RGB? {
  look.background.rgb ?? backdrop(theme)
}

private let colourThemes = Theme.builtInNames.filter { Theme.named($0)?.usesColor == true }

@Suite struct ThemeContrastTests {
  @Test func xtermPaletteIsAsXtermDrawsIt() {
    #expect(RGB.xterm(9) == RGB(red: 255, green: 0, blue: 0))
    #expect(RGB.xterm(16) == .black)
    #expect(RGB.xterm(214) == RGB(red: 255, green: 175, blue: 0))
    #expect(RGB.xterm(231) == .white)
    #expect(RGB.xterm(244) == RGB(red: 128, green: 128, blue: 128))
    #expect(RGB.black.contrast(with: .white) > 20.9)
  }

  /// Text keeps 4.5:1 on its background; muted text and frames 3:1.
  @Test(arguments: colourThemes)
  func everyRoleIsReadable(name: String) throws {
    let theme = try #require(Theme.named(name))
    for (role, look) in theme.looks {
      guard let ink = look.foreground.rgb, let paper = ground(look, in: theme) else { continue }
      let needed = [.muted, .border].contains(role) ? 3.0 : 4.5
      #expect(ink.contrast(with: paper) >= needed, "\(name) \(role.rawValue)")
    }
  }

  /// Urgent and warning are blocks of colour in bold, never a text colour alone, so they stand
  /// out on any background; and they differ from each other by more than hue.
  @Test(arguments: colourThemes)
  func urgentAndWarningStandOut(name: String) throws {
    let theme = try #require(Theme.named(name))
    let urgent = try #require(theme.looks[.urgent])
    let warning = try #require(theme.looks[.warning])
    for look in [urgent, warning] {
      #expect(look.bold)
      #expect(look.background != theme.looks[.normal]?.background)
      #expect(look.background.rgb != nil)
    }
    let (u, w) = (try #require(urgent.background.rgb), try #require(warning.background.rgb))
    #expect(abs(u.luminance - w.luminance) > 0.2, "urgent and warning look alike in \(name)")
  }

  /// heat-1 to heat-4 are ordered by lightness, one way or the other, so the ramp reads
  /// without telling hues apart.
  @Test(arguments: colourThemes)
  func heatRampIsOrderedByLightness(name: String) throws {
    let theme = try #require(Theme.named(name))
    let heat: [ColorRole] = [.heat1, .heat2, .heat3, .heat4]
    let looks = try heat.map { role in try #require(theme.looks[role]) }
    let lightness = try looks.map { look in try #require(ground(look, in: theme)).luminance }
    let steps = zip(lightness, lightness.dropFirst()).map { $1 - $0 }
    #expect(steps.allSatisfy { $0 > 0.02 } || steps.allSatisfy { $0 < -0.02 }, "\(lightness)")
  }

  @Test func monochromeHeatRampGrowsInWeight() throws {
    let theme = try #require(Theme.named("monochrome"))
    func weight(_ role: ColorRole) -> Int {
      guard let look = theme.looks[role] else { return -9 }
      return (look.dim ? -1 : 0) + (look.bold ? 1 : 0) + (look.underline ? 1 : 0)
        + (look.reverse ? 2 : 0)
    }
    let weights = [ColorRole.heat1, .heat2, .heat3, .heat4].map(weight)
    #expect(weights == weights.sorted() && Set(weights).count == 4)
  }
}

@Suite struct ThemeFittingTests {
  @Test(arguments: colourThemes, [8, 16])
  func fittedThemesUseOnlyTheColoursThereAre(name: String, colors: Int) throws {
    let theme = try #require(Theme.named(name)).fitted(toColors: colors)
    for look in theme.looks.values {
      for color in [look.foreground, look.background] {
        if case .indexed(let index) = color { #expect(index < colors) }
      }
    }
  }

  /// After fitting, text still reads (3:1, the eight colours being what they are), and
  /// urgent, warning and normal remain three different looks.
  @Test(arguments: colourThemes, [8, 16])
  func fittedThemesStayReadable(name: String, colors: Int) throws {
    let theme = try #require(Theme.named(name)).fitted(toColors: colors)
    for (role, look) in theme.looks {
      guard let ink = look.foreground.rgb, let paper = ground(look, in: theme) else { continue }
      #expect(ink.contrast(with: paper) >= 3, "\(name) \(role.rawValue) at \(colors) colours")
    }
    let looks = [ColorRole.normal, .urgent, .warning].compactMap { theme.looks[$0] }
    #expect(Set(looks.map(\.background)).count == 3)
  }

  /// On 16 colours every heat level keeps its own background; on 8, all but colour-blind-safe
  /// do (its file says to use 256 colours), and heat-4 always differs from heat-1.
  @Test(arguments: colourThemes, [8, 16])
  func fittedHeatRampKeepsItsSteps(name: String, colors: Int) throws {
    let theme = try #require(Theme.named(name)).fitted(toColors: colors)
    let grounds = [ColorRole.heat1, .heat2, .heat3, .heat4].map { theme.looks[$0]?.background }
    #expect(grounds.first != grounds.last)
    if colors == 16 || name != "colour-blind-safe" { #expect(Set(grounds).count == 4) }
  }

  @Test func greysStayGreyAndNeverVanish() {
    // Dark grey on a dark terminal: black would be nearer, but unreadable.
    #expect(Theme.Color.indexed(242).nearest(inFirst: 8, readableOn: .black) == .indexed(7))
    #expect(Theme.Color.indexed(242).nearest(inFirst: 16, readableOn: .black) == .indexed(8))
    #expect(Theme.Color.indexed(250).nearest(inFirst: 16, readableOn: nil) == .indexed(7))
    #expect(Theme.Color.indexed(196).nearest(inFirst: 8, readableOn: nil) == .indexed(1))
    #expect(Theme.Color.indexed(12).nearest(inFirst: 16, readableOn: nil) == .indexed(12))
    #expect(Theme.Color.terminalDefault.nearest(inFirst: 8, readableOn: nil) == .terminalDefault)
  }

  @Test func enoughColoursOrNoneChangeNothingOrEverything() throws {
    let theme = try #require(Theme.named("colour-blind-safe"))
    #expect(theme.fitted(toColors: 256) == theme)
    #expect(theme.fitted(toColors: 2) == Theme.named("monochrome"))
    let mono = try #require(Theme.named("monochrome"))
    #expect(mono.fitted(toColors: 8) == mono)
  }
}
