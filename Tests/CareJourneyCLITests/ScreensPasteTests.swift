import Foundation
import Testing

/// A paste in the real terminal: tmux sends it bracketed (`paste-buffer -p`) when the program
/// asked for bracketed paste, as xterm, GNOME Terminal and iTerm2 do.
@Suite(.serialized, .onWaitingThreads) struct ScreensPasteTests {
  /// "went for a walk⏎t39.4⏎s" pasted into a note saved a 39.4 °C reading with an URGENT alert
  /// that nobody entered; now the note holds the text, on one line, until Enter.
  @Test func aMultiLinePasteIntoANoteIsText() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let screens = try TmuxSession(screensOf: cli)
    try screens.waitFor("Logged today:")
    try screens.send("n")
    try screens.waitFor("Note:")
    try screens.tmux(["set-buffer", "--", "went for a walk\nt39.4\ns\n"])
    try screens.tmux(["paste-buffer", "-p", "-t", screens.name])
    try screens.waitFor("Note: went for a walk t39.4 s")
    #expect(!screens.screen.contains("URGENT"), "\(screens.screen)")
    try screens.send("Enter")
    try screens.waitFor("Saved: Note: went for a walk t39.4 s")
    #expect(!screens.screen.contains("39.4 °C"), "\(screens.screen)")

    // On Today with no text field open, a paste is no keys at all.
    try screens.tmux(["set-buffer", "--", "t39.4\nq"])
    try screens.tmux(["paste-buffer", "-p", "-t", screens.name])
    try screens.waitFor("Pasted text is taken only where text is typed")
    try screens.send("q")
    #expect(try screens.waitForExit() == 0)
    let day = String(
      decoding: FileManager.default.contents(atPath: cli.mine + "/days/2026/2026-11-22.jsonl")
        ?? Data(),
      as: UTF8.self)
    #expect(!day.contains("\"celsius\":39.4"), "a temperature nobody typed was saved")
    #expect(day.contains("\"text\":\"went for a walk t39.4 s\""))
  }
}
