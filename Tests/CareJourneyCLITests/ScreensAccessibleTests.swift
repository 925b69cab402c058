import Foundation
import Testing

/// The built binary's accessible screens in tmux, read from the captured screen as a screen
/// reader reads it: `--accessible`, or `CAREJOURNEY_ACCESSIBLE=1`.
@Suite(.serialized) struct ScreensAccessibleTests {
  /// Box drawing, block elements, braille, the charts' marks (`•`, `▲`, `▼`, `·`, `…`) and the
  /// stroke of struck-out text, wherever they are on the screen.
  static func glyphs(_ screen: String) -> [String] {
    let chart: Set<Unicode.Scalar> = ["•", "▲", "▼", "·", "…", "\u{336}"]
    return screen.unicodeScalars.filter { scalar in
      (0x2500...0x259F).contains(scalar.value) || (0x2800...0x28FF).contains(scalar.value)
        || chart.contains(scalar)
    }.map { "U+\(String($0.value, radix: 16, uppercase: true))" }
  }

  @Test func helpSaysHowToAskForIt() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let help = try cli.ok(["--help"])
    #expect(help.contains("--accessible"))
    #expect(help.contains("Screens for screen readers: text only, charts as"))
    #expect(help.contains("CAREJOURNEY_ACCESSIBLE=1 does the same."))
  }

  @Test func withTheOptionChartsAreSentencesAndNoGlyphIsDrawn() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let screens = try TmuxSession(screensOf: cli, arguments: ["--accessible"])
    let today = try screens.waitFor("Logged today:")
    #expect(today.contains(" Maria Santos, Day +183, Month 6, Follow-up"), "\(today)")
    #expect(Self.glyphs(today).isEmpty, "\(today)")

    try screens.send("Tab")
    let timeline = try screens.waitFor("Timeline, newest first, showing all")
    #expect(timeline.contains(" FOLLOW-UP  2026-11-22  Day +183, Month 6"), "\(timeline)")
    #expect(Self.glyphs(timeline).isEmpty, "\(timeline)")
    // The real cursor is on the selected row, for the screen reader to follow.
    #expect(screens.value("#{cursor_flag}") == "1")
    let row = Int(screens.value("#{cursor_y}")) ?? -1
    let lines = timeline.components(separatedBy: "\n")
    #expect(lines.indices.contains(row) && lines[row].contains("FOLLOW-UP  2026-11-22"))

    try screens.send("4")
    try screens.waitFor("Trends, last 30 days")
    try screens.send("Left")
    let trends = try screens.waitFor(
      "Temperature, last 7 days (+177 to +183): no day at or above the fever line")
    let days =
      " Highest temperature each day, last 7 days, in °C: 36.9, no reading for 2 days, 36.6,"
    #expect(trends.contains(days + " no reading\n   for 2 days, 36.9.\n"), "\(trends)")
    #expect(Self.glyphs(trends).isEmpty, "\(trends)")
    try screens.send("q")
    #expect(try screens.waitForExit() == 0)
  }

  @Test func theEnvironmentVariableDoesTheSameAndTheNoticeIsAtTheBottom() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let screens = try TmuxSession(screensOf: cli, environment: ["CAREJOURNEY_ACCESSIBLE": "1"])
    try screens.waitFor("Logged today:")
    try screens.send("t")
    try screens.waitFor("Temperature (°C")
    try screens.type("38.4")
    try screens.send("Enter")
    let saved = try screens.waitFor("✓ Saved: Temperature 38.4 °C")
    let lines = saved.components(separatedBy: "\n")
    // 30 rows: the notice on row 28, right above the status line.
    #expect(lines.count >= 30 && lines[28] == " ✓ Saved: Temperature 38.4 °C", "\(saved)")
    #expect(lines[29].hasPrefix(" Follow-up, Day +183, Month 6 | tester (patient) |"), "\(saved)")
    #expect(saved.contains("!! URGENT: Call your CAR-T team now on +49 9131 85-33010."))
    #expect(Self.glyphs(saved).isEmpty, "\(saved)")

    try screens.send("4")
    try screens.send("Left")
    let trends = try screens.waitFor(
      "Temperature, last 7 days (+177 to +183): at or above the fever line")
    #expect(trends.contains("(38.0 °C) on 1 day: +183."), "\(trends)")
    #expect(trends.contains("38.4 (above the fever line)."), "\(trends)")
    #expect(Self.glyphs(trends).isEmpty, "\(trends)")
    try screens.send("q")
    #expect(try screens.waitForExit() == 0)
  }
}
