import Foundation
import Testing

/// Emoji and other grapheme clusters in the built binary's screens, read back from tmux: each
/// cluster whole, and every column after it where the screens put it.
@Suite(.serialized) struct ScreensClusterTests {
  static let nurse = "\u{1F469}\u{200D}\u{2695}\u{FE0F}"  // 👩‍⚕️
  static let flag = "\u{1F1E9}\u{1F1EA}"  // 🇩🇪

  @Test func aNoteWithEmojiShowsWholeOnTheTimelineAndTheColumnsAfterItStayInPlace() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let caregiver = ["--role", "caregiver", "--name", "Tom"]
    try cli.ok(
      caregiver + ["log", "--at", "2026-11-22T08:40", "--note", "\(Self.nurse) \(Self.flag) ok"])
    // Long enough to be cut at the right edge: the letters after the clusters fill the row.
    let letters = String(repeating: "abcdefghij", count: 10)
    try cli.ok(
      caregiver + [
        "log", "--at", "2026-11-22T08:50", "--note", "\(Self.nurse) \(Self.flag) ok \(letters)",
      ])
    let screens = try TmuxSession(screensOf: cli, arguments: caregiver)
    // The whole frame: the note's row and the status line, drawn last (a capture taken while
    // the frame is written may hold the first and not yet the second).
    let screen = try screens.waitFor("the note and the status line") {
      $0.contains("Note: \(Self.nurse) \(Self.flag) ok  — Tom")
        && $0.contains(" │ Tom (caregiver) │ ")
    }
    let lines = screen.components(separatedBy: "\n")
    // The short note whole, with the author after it; the long one cut with `…` in column 99
    // exactly (at 100 columns), so tmux counted each cluster as the screens did.
    #expect(lines.contains("▌   08:40  Note: \(Self.nurse) \(Self.flag) ok  — Tom"), "\(screen)")
    let long = "▌   08:50  Note: \(Self.nurse) \(Self.flag) ok " + String(letters.prefix(73)) + "…"
    #expect(lines.contains(long), "\(screen)")
    // The rows under them are untouched, and the status line ends where it should.
    #expect(lines.contains("▌   08:30  Temperature 36.9 °C  — Maria Santos"), "\(screen)")
    let status =
      " Follow-up · Day +183 · Month 6 │ Tom (caregiver) │ o newest/oldest first  f filter  "
      + "q quit  ? help"
    #expect(lines.contains(status), "\(screen)")
    try screens.send("q")
    #expect(try screens.waitForExit() == 0)
  }
}
