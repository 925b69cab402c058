import Foundation
import Testing

/// The built binary in tmux speaking Simplified Chinese (`CAREJOURNEY_LANG=zh-Hans`): the
/// terminal shows each character in two cells, and the captured screen is the frame the
/// in-process tests keep as golden, so what they assert holds in a real terminal.
@Suite(.serialized) struct ScreensLanguageTests {
  /// The in-process golden frame of a screen in a language (JourneyAppTests' Frames folder).
  static func golden(_ name: String) throws -> [String] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("JourneyAppTests/Frames/\(name).txt")
    return Array(
      try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n").dropLast())
  }

  /// Cells a line takes in the terminal: two for a CJK character or a full-width sign.
  static func cells(_ line: String) -> Int {
    line.unicodeScalars.reduce(0) { total, scalar in
      let v = scalar.value
      let wide =
        (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
        || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
        || (0xFF00...0xFF60).contains(v)
      return total + (wide ? 2 : 1)
    }
  }

  /// The captured pane as lines, trailing blanks taken off, as the golden frames keep them.
  static func lines(_ screen: String) -> [String] {
    screen.components(separatedBy: "\n").map { line in
      var line = line
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  @Test func todayInChineseIsTheGoldenFrameInARealTerminal() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    try cli.remember(role: "patient", name: "Maria Santos")
    let app = try TmuxSession(screensOf: cli, environment: ["CAREJOURNEY_LANG": "zh-Hans"])
    try app.resize(width: 80, height: 24)
    try app.waitFor("Maria Santos · 第+183天 · 第6个月 · 随访")
    try app.send("t")
    try app.waitFor("体温（°C，例如 37.8）：")
    try app.type("38.4")
    try app.send("Enter")
    let expected = try Self.golden("today-fever.zh-Hans")
    let screen = try app.waitFor("Today with the fever logged, as the golden frame") { screen in
      Self.lines(screen).prefix(expected.count) == expected[...]
    }
    let lines = Self.lines(screen)
    // Every line within the 80 cells, the Chinese ones counted two a character.
    for (row, line) in lines.enumerated() {
      #expect(Self.cells(line) <= 80, "row \(row) takes \(Self.cells(line)) cells: \(line)")
    }
    // The tab bar's second screen begins where two cells a character put it.
    let tabs = try #require(lines.first)
    #expect(tabs == " [ 1 今天 ]  2 时间线    3 里程碑    4 趋势    ? 帮助")
    // Help speaks Chinese too, its keys in one column.
    try app.send("?")
    let help = try app.waitFor("Help in Chinese") { $0.contains("今天的按键：") }
    #expect(help.contains("   Tab        下一个界面"))
    #expect(help.contains("   Shift-Tab  上一个界面"))
    try app.send("Escape")
    try app.waitFor("Today again") { $0.contains("今天的记录：") }
    try app.send("q")
    #expect(try app.waitForExit() == 0)
  }
}
