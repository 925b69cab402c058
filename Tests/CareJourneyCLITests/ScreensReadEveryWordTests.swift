import Foundation
import Testing

/// The built binary read back from tmux (issue 19): a row's detail and a strike from it, Trends
/// at 90 days across the width, and Help wrapping a long description under itself.
@Suite(.serialized, .onWaitingThreads) struct ScreensReadEveryWordTests {
  static let caregiver = ["--role", "caregiver", "--name", "Tom"]

  /// The demo's screens for Tom, the caregiver, once the first frame is drawn.
  static func screens(of cli: CLIHarness, width: Int = 100, height: Int = 30) throws
    -> TmuxSession
  {
    let app = try TmuxSession(screensOf: cli, arguments: caregiver, width: width, height: height)
    try app.waitFor("Today")
    return app
  }

  /// Enter on a note cut at the right edge shows all of it; `s` strikes it out with a reason,
  /// and the row then says so.
  @Test func theDetailShowsTheWholeTextAndStrikesItOut() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let note =
      "Felt dizzy after lunch, sat down for ten minutes, drank two glasses of water, then "
      + "walked to the bathroom alone without trouble"
    try cli.ok(Self.caregiver + ["log", "--at", "2026-11-22T08:45", "--note", note])
    let app = try Self.screens(of: cli)
    try app.send("2")
    try app.waitFor("Timeline · newest first")
    try app.send("Down", "Enter")
    try app.waitFor("the whole note") {
      $0.contains("Detail · note · Esc goes back") && $0.contains("alone without trouble")
        && $0.contains("by Tom (caregiver)")
    }
    try app.send("s")
    try app.waitFor("Why strike it out?")
    try app.type("meant for yesterday")
    try app.send("Enter")
    // The row struck through, letter by letter (U+0336), back on the Timeline.
    let struck = "Note:".map { "\($0)\u{336}" }.joined()
    try app.waitFor("the row struck out") {
      $0.contains("Struck out; it stays visible") && $0.contains("08:45  \(struck) ")
    }
    try app.send("q")
    #expect(try app.waitForExit() == 0)
  }

  /// At 100 columns the 90 days reach the right edge, and the demo's fatigue shows its grade.
  @Test func trendsAtNinetyDaysUseTheWidth() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let app = try Self.screens(of: cli)
    try app.send("4")
    try app.waitFor("Trends · last 30 days")
    try app.send("Right")
    let screen = try app.waitFor("Trends · last 90 days")
    let lines = screen.components(separatedBy: "\n")
    // The last day's label ends within the last four columns.
    let days = try #require(
      lines.first { $0.hasSuffix("+183") && $0.hasPrefix("   ") }, "\(screen)")
    #expect(days.count >= 96, "\(screen)")
    let fatigue = try #require(lines.first { $0.hasPrefix("Fatigue") }, "\(screen)")
    #expect(fatigue.contains("1"), "\(screen)")
    try app.send("q")
    #expect(try app.waitForExit() == 0)
  }

  /// At 80x24 a key's long description wraps under itself; no line reaches the right edge cut.
  @Test func helpWrapsALongDescriptionUnderItself() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let app = try Self.screens(of: cli, width: 80, height: 24)
    try app.send("1", "?")
    let screen = try app.waitFor("Keys on Today:")
    let lines = screen.components(separatedBy: "\n")
    let first = try #require(lines.firstIndex { $0.hasPrefix("   c          home neuro check:") })
    // The description goes on under itself, at column 14, and no line reaches the last column.
    #expect(lines[first + 1].hasPrefix(String(repeating: " ", count: 14)), "\(screen)")
    #expect(lines[first + 1].dropFirst(14).first?.isLetter == true, "\(screen)")
    #expect(lines.allSatisfy { $0.count < 80 }, "\(screen)")
    try app.send("q")
    #expect(try app.waitForExit() == 0)
  }
}
