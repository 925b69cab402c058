import Foundation
import JourneyCore
import Testing

@testable import TerminalUI

@Suite struct ThemeResolveTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var option: String?
    var environment: [String: String]
    var expected: String
  }

  static let cases: [Case] = [
    Case(testDescription: "nothing given", option: nil, environment: [:], expected: "default"),
    Case(
      testDescription: "NO_COLOR set", option: nil, environment: ["NO_COLOR": "1"],
      expected: "monochrome"),
    Case(
      testDescription: "NO_COLOR empty is not set", option: nil, environment: ["NO_COLOR": ""],
      expected: "default"),
    Case(
      testDescription: "an explicit --theme wins over NO_COLOR", option: "high-contrast",
      environment: ["NO_COLOR": "1"], expected: "high-contrast"),
    Case(
      testDescription: "--theme light", option: "light", environment: ["TERM": "xterm"],
      expected: "light"),
    Case(
      testDescription: "--theme monochrome", option: "monochrome", environment: [:],
      expected: "monochrome"),
  ]

  @Test(arguments: cases)
  func resolvesBuiltInThemes(_ test: Case) throws {
    let theme = try Theme.resolve(option: test.option, environment: test.environment)
    #expect(theme.name == test.expected)
    #expect(theme == Theme.named(test.expected))
  }

  @Test func aPathReadsThatFile() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("theme-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try #require(Theme.builtInText(named: "light"))
      .replacingOccurrences(of: "name = \"light\"", with: "name = \"ward-7\"")
    let path = folder.appendingPathComponent("ward.toml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)

    let theme = try Theme.resolve(option: path, environment: ["NO_COLOR": "1"])
    #expect(theme.name == "ward-7")
    #expect(theme.looks == Theme.named("light")?.looks)
  }

  @Test func aBareFileNameEndingInTomlIsAPath() {
    var asked: [String] = []
    let theme = try? Theme.resolve(option: "mine.toml", environment: [:]) {
      (path: String) throws(TOMLFileError) -> String in
      asked.append(path)
      return Theme.builtInText(named: "monochrome") ?? ""
    }
    #expect(asked == ["mine.toml"])
    #expect(theme?.name == "monochrome")
  }

  @Test(arguments: [
    ("colour-blind", ["--theme", #"no built-in theme "colour-blind""#, "colour-blind-safe"]),
    ("color-blind-safe", [#"did you mean "colour-blind-safe"?"#]),
    (
      "solarized",
      ["default, light, high-contrast, colour-blind-safe, monochrome", "./my-theme.toml"]
    ),
  ])
  func anUnknownNameListsTheBuiltInOnes(name: String, fragments: [String]) {
    #expect {
      try Theme.resolve(option: name, environment: [:])
    } throws: { error in
      let message = (error as? TOMLFileError)?.message ?? ""
      return fragments.allSatisfy(message.contains)
    }
  }

  @Test func aMissingFileIsNamed() {
    #expect(throws: TOMLFileError(file: "/nonexistent/x.toml", reason: "no such theme file")) {
      try Theme.resolve(option: "/nonexistent/x.toml", environment: [:])
    }
  }

  @Test func aFolderIsNotAThemeFile() {
    let folder = FileManager.default.temporaryDirectory.path + "/"
    #expect(throws: TOMLFileError.self) { try Theme.resolve(option: folder, environment: [:]) }
    #expect((try? Theme.readThemeFile(folder)) == nil)
  }

  @Test func aBrokenFileSaysWhereItIsBroken() {
    #expect {
      try Theme.resolve(option: "./broken.toml", environment: [:]) {
        (_: String) throws(TOMLFileError) -> String in "name = \"x\"\nuses-color = true\n"
      }
    } throws: { error in
      (error as? TOMLFileError)?.message.hasPrefix("./broken.toml: no roles") == true
    }
  }
}
