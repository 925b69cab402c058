import Testing

@testable import NCursesBackend
@testable import TerminalUI

/// One colour pair per distinct (foreground, background), none without colour.
@Suite struct ColorPairTableTests {
  static let xterm256 = ColorPairTable.Capabilities(colors: 256, pairs: 65536, defaultColors: true)
  static let xterm8 = ColorPairTable.Capabilities(colors: 8, pairs: 64, defaultColors: true)

  static let theme = Theme(
    name: "test",
    looks: [
      .normal: Theme.Look(),
      .urgent: Theme.Look(foreground: .indexed(196), bold: true),
      .warning: Theme.Look(foreground: .indexed(196)),
      .ok: Theme.Look(foreground: .indexed(46), background: .indexed(236)),
      .selection: Theme.Look(reverse: true),
    ])

  @Test func sharesAPairBetweenLooksWithTheSameColours() {
    let table = ColorPairTable(theme: Self.theme, terminal: Self.xterm256)
    #expect(
      table.definitions == [
        .init(foreground: 196, background: -1), .init(foreground: 46, background: 236),
      ])
    let urgent = table.pair(for: Self.theme.look(for: Style(.urgent)))
    #expect(urgent == 1)
    #expect(table.pair(for: Self.theme.look(for: Style(.warning))) == urgent)
    #expect(table.pair(for: Self.theme.look(for: Style(.ok))) == 2)
  }

  @Test func looksInTheTerminalsColoursUsePairZero() {
    let table = ColorPairTable(theme: Self.theme, terminal: Self.xterm256)
    #expect(table.pair(for: Self.theme.look(for: Style(.normal))) == 0)
    #expect(table.pair(for: Self.theme.look(for: Style(.selection))) == 0)
  }

  @Test func reducesColoursOnAnEightColourTerminal() {
    let table = ColorPairTable(theme: Self.theme, terminal: Self.xterm8)
    #expect(
      table.definitions == [
        .init(foreground: 1, background: -1), .init(foreground: 2, background: 0),
      ])
  }

  @Test func noPairsWithoutColour() {
    let monochrome = ColorPairTable(theme: Self.theme, terminal: .monochrome)
    #expect(monochrome.definitions.isEmpty)
    #expect(monochrome.pair(for: Self.theme.look(for: Style(.urgent))) == 0)

    var noColorTheme = Self.theme
    noColorTheme.usesColor = false
    let table = ColorPairTable(theme: noColorTheme, terminal: Self.xterm256)
    #expect(table.definitions.isEmpty)
    #expect(table.pair(for: noColorTheme.look(for: Style(.urgent))) == 0)
  }

  @Test func keepsTextReadableWhenBothColoursReduceToOne() {
    // Dark grey on a slightly darker grey: both become black on 8 colours.
    let look = Theme.Look(foreground: .indexed(236), background: .indexed(233))
    let table = ColorPairTable(
      theme: Theme(name: "t", looks: [.normal: look]), terminal: Self.xterm8)
    #expect(table.colors(for: look) == .init(foreground: 7, background: 0))
  }

  @Test func standsInForDefaultColoursWhenTheTerminalHasNone() {
    let capabilities = ColorPairTable.Capabilities(colors: 8, pairs: 64, defaultColors: false)
    let table = ColorPairTable(theme: Self.theme, terminal: capabilities)
    #expect(table.definitions.first == .init(foreground: 1, background: 0))
  }

  @Test func staysWithinTheTerminalsPairs() {
    var looks: [ColorRole: Theme.Look] = [:]
    for (offset, role) in ColorRole.allCases.enumerated() {
      looks[role] = Theme.Look(foreground: .indexed(offset + 1))
    }
    let capabilities = ColorPairTable.Capabilities(colors: 256, pairs: 4, defaultColors: true)
    let table = ColorPairTable(theme: Theme(name: "many", looks: looks), terminal: capabilities)
    #expect(table.definitions.count == 3)
    #expect(table.pair(for: looks[.heat4] ?? Theme.Look()) == 0)
  }
}
