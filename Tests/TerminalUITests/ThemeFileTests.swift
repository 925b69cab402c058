import Foundation
import Testing

@testable import TerminalUI

/// The top-level `Themes` folder, found from this file (the tests read it to check the built-in
/// copies against it).
let themesFolder = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Themes")

@Suite struct BuiltInThemeTests {
  @Test(arguments: Theme.builtInNames)
  func parsesAndDefinesEveryRole(name: String) throws {
    let text = try #require(Theme.builtInText(named: name))
    let theme = try Theme(toml: text, fileName: "\(name).toml")
    #expect(theme.name == name)
    #expect(Set(theme.looks.keys) == Set(ColorRole.allCases))
    #expect(Theme.named(name) == theme)
  }

  @Test(arguments: Theme.builtInNames)
  func builtInTextIsTheFileInThemes(name: String) throws {
    let onDisk = try String(
      contentsOf: themesFolder.appendingPathComponent("\(name).toml"), encoding: .utf8)
    #expect(Theme.builtInText(named: name) == onDisk)
  }

  @Test func everyThemeFileIsBuiltIn() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: themesFolder.path)
      .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(".toml".count)) }
    #expect(Set(files) == Set(Theme.builtInNames))
  }

  @Test func unknownNamesAreNotBuiltIn() {
    #expect(Theme.named("solarized") == nil)
    #expect(Theme.builtInText(named: "solarized") == nil)
  }

  @Test func fallbackIsTheDefaultTheme() {
    #expect(Theme.fallback.name == "default")
    #expect(Theme.fallback.usesColor)
  }

  @Test func minimalThemeDefinesEveryRoleWithoutColour() {
    #expect(Set(Theme.minimal.looks.keys) == Set(ColorRole.allCases))
    #expect(!Theme.minimal.usesColor)
    #expect(Theme.minimal.looks[.urgent]?.reverse == true)
  }

  @Test func monochromeUsesAttributesOnly() throws {
    let theme = try #require(Theme.named("monochrome"))
    #expect(!theme.usesColor)
    for look in theme.looks.values {
      #expect(look.foreground == .terminalDefault && look.background == .terminalDefault)
    }
    let urgent = try #require(theme.looks[.urgent])
    #expect(urgent.bold && urgent.reverse)
    let warning = try #require(theme.looks[.warning])
    #expect(warning.bold || warning.underline || warning.reverse)
    #expect(warning != urgent)
  }

  @Test func lookForAStyleIgnoresColourInMonochrome() throws {
    var theme = try #require(Theme.named("default"))
    theme.usesColor = false
    let look = theme.look(for: Style(.urgent, underline: true))
    #expect(look.background == .terminalDefault && look.foreground == .terminalDefault)
    #expect(look.bold && look.underline)
  }

  @Test func theLightThemeIsForLightBackgrounds() throws {
    #expect(Theme.named("light")?.terminalBackground == .light)
    #expect(Theme.named("default")?.terminalBackground == .dark)
  }
}

/// A complete theme in which every role is `body` (`fg = "red"`); each broken case changes one
/// thing.
private enum ThemeSnippet {
  static func text(
    header: String = "name = \"test\"\nuses-color = true", top: String = "",
    body: String = "fg = \"red\"", omitting: ColorRole? = nil, replacing: ColorRole? = nil,
    with replacement: String = "", extra: String = ""
  ) -> String {
    var text = "\(header)\n\(top)\n"
    for role in ColorRole.allCases where role != omitting {
      text += "[roles.\(role.rawValue)]\n" + (role == replacing ? replacement : body) + "\n\n"
    }
    return text + extra
  }
}

struct BrokenTheme: Sendable, CustomTestStringConvertible {
  var name: String
  var text: String
  var table: String?
  var key: String?
  /// Parts the message must contain, in any order.
  var fragments: [String]
  var testDescription: String { name }
}

private func broken(
  _ name: String, _ text: String, table: String? = nil, key: String? = nil,
  expect fragments: [String]
) -> BrokenTheme {
  BrokenTheme(name: name, text: text, table: table, key: key, fragments: fragments)
}

private let urgentTable = "[roles.urgent]"

let brokenThemes: [BrokenTheme] = [
  broken(
    "TOML syntax error", "name = \"test\nuses-color = true\n",
    expect: ["test.toml, line 1", "TOML syntax error"]),
  broken(
    "misspelt top-level key", ThemeSnippet.text(top: "uses-colour = true"), key: "uses-colour",
    expect: [#"test.toml: unknown key "uses-colour" at the top level; did you mean "uses-color"?"#]),
  broken(
    "name missing", ThemeSnippet.text(header: "uses-color = true"), key: "name",
    expect: ["test.toml: name is missing"]),
  broken(
    "name blank", ThemeSnippet.text(header: "name = \" \"\nuses-color = true"), key: "name",
    expect: ["test.toml: name is empty"]),
  broken(
    "uses-color missing", ThemeSnippet.text(header: "name = \"test\""), key: "uses-color",
    expect: ["uses-color is missing"]),
  broken(
    "uses-color as a string", ThemeSnippet.text(header: "name = \"t\"\nuses-color = \"yes\""),
    key: "uses-color", expect: [#"uses-color must be true or false, not "yes""#]),
  broken(
    "unknown terminal background", ThemeSnippet.text(top: "terminal-background = \"darker\""),
    key: "terminal-background",
    expect: [#"terminal-background "darker" is not a background; did you mean "dark"?"#]),
  broken(
    "no roles", "name = \"test\"\nuses-color = true\n", key: "roles",
    expect: ["no roles: give one [roles.NAME] table for each of normal, muted"]),
  broken(
    "roles not a table", "name = \"test\"\nuses-color = true\nroles = \"all red\"\n", key: "roles",
    expect: ["roles must be a table, [roles]"]),
  broken(
    "missing role", ThemeSnippet.text(omitting: .warning), table: "[roles]", key: "warning",
    expect: [#"test.toml: [roles]: role "warning" is missing"#, "add [roles.warning]"]),
  broken(
    "misspelt role", ThemeSnippet.text(extra: "[roles.urgnet]\nfg = \"red\"\n"),
    table: "[roles]", key: "urgnet",
    expect: [#"unknown role "urgnet"; did you mean "urgent"?"#, "(roles: normal, muted"]),
  broken(
    "role not a table", ThemeSnippet.text(top: "[roles]\nurgent = \"red\"", omitting: .urgent),
    table: "[roles]", key: "urgent", expect: ["urgent must be a table, [roles.urgent]"]),
  broken(
    "misspelt colour", ThemeSnippet.text(replacing: .urgent, with: "fg = \"redd\""),
    table: urgentTable, key: "fg",
    expect: [
      #"test.toml: [roles.urgent]: fg "redd" is not a colour; did you mean "red"?"#,
      "bright-white", "or a number 0-255",
    ]),
  broken(
    "colour number in quotes", ThemeSnippet.text(replacing: .urgent, with: "bg = \"214\""),
    table: urgentTable, key: "bg", expect: ["write a colour number without quotes (bg = 214)"]),
  broken(
    "colour number out of range", ThemeSnippet.text(replacing: .heat4, with: "bg = 256"),
    table: "[roles.heat-4]", key: "bg", expect: ["bg 256 is not a colour number (0-255)"]),
  broken(
    "colour as a decimal", ThemeSnippet.text(replacing: .urgent, with: "fg = 1.5"),
    table: urgentTable, key: "fg",
    expect: ["fg must be a colour name in quotes or a number 0-255, not 1.5"]),
  broken(
    "misspelt attribute", ThemeSnippet.text(replacing: .urgent, with: "blod = true"),
    table: urgentTable, key: "blod", expect: [#"unknown key "blod"; did you mean "bold"?"#]),
  broken(
    "attribute as a string", ThemeSnippet.text(replacing: .urgent, with: "reverse = \"yes\""),
    table: urgentTable, key: "reverse", expect: [#"reverse must be true or false, not "yes""#]),
  broken(
    "colour in a theme without colour",
    ThemeSnippet.text(
      header: "name = \"t\"\nuses-color = false", body: "bold = true", replacing: .warning,
      with: "bg = \"yellow\""),
    table: "[roles.warning]", key: "bg",
    expect: ["bg is not allowed when uses-color = false", "(bold, underline, reverse, dim)"]),
]

@Suite struct ThemeFileErrorTests {
  @Test func theSnippetItselfLoads() throws {
    let theme = try Theme(toml: ThemeSnippet.text(), fileName: "test.toml")
    #expect(theme.looks[.urgent] == Theme.Look(foreground: .indexed(1)))
    #expect(theme.terminalBackground == .any)
  }

  @Test func colourNamesAndNumbersRead() throws {
    let body = "fg = \"bright-white\"\nbg = 196\nbold = true\nunderline = false\ndim = true"
    let theme = try Theme(
      toml: ThemeSnippet.text(replacing: .urgent, with: body), fileName: "test.toml")
    #expect(
      theme.looks[.urgent]
        == Theme.Look(foreground: .indexed(15), background: .indexed(196), bold: true, dim: true))
    let plain = try Theme(
      toml: ThemeSnippet.text(replacing: .normal, with: "fg = \"default\""), fileName: "t.toml")
    #expect(plain.looks[.normal] == Theme.Look())
  }

  @Test(arguments: brokenThemes)
  func brokenThemeIsRefused(_ theme: BrokenTheme) {
    do {
      _ = try Theme(toml: theme.text, fileName: "test.toml")
      Issue.record("\(theme.name) was accepted")
    } catch {
      for fragment in theme.fragments {
        #expect(error.message.contains(fragment), "\(error.message)")
      }
      #expect(error.table == theme.table)
      if let key = theme.key { #expect(error.key == key) }
    }
  }
}
