import Foundation
import Testing

extension ScreensEndToEndTests {
  /// The demo at 80x24 in tmux, the nurse's screens open, the SLEDAI-2K form just opened.
  func sledaiFormOnTheDemo(_ cli: CLIHarness) throws -> TmuxSession {
    try cli.prepare([["demo"]])
    let nurse = try app(
      cli, ["TERM": "xterm-256color"], ["--role", "nurse", "--name", "Ana Weber"], width: 80,
      height: 24)
    try nurse.waitFor("Milestones · Follow-up")
    try nurse.send("s")
    // The demo's hydroxychloroquine started months ago: its row is there once the older days
    // are read (27 rows).
    try nurse.waitFor("the form with the whole medication list") {
      $0.contains("SLEDAI-2K 0 of 105 · clinical SLEDAI 0") && $0.contains(" of 27 ·")
    }
    return nurse
  }

  /// At 80x24: the nurse scores SLEDAI-2K on the form (the cursor on the focused row, for screen
  /// readers), saves it and reads DORIS with the reason; then finds IgG on Trends, marked low.
  @Test func nurseScoresSledaiAndReadsIgGOnTrends() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let nurse = try sledaiFormOnTheDemo(cli)
    // Rash is the 15th descriptor.
    for _ in 0..<14 { try nurse.send("j") }
    try nurse.send("Space")
    try nurse.waitFor("SLEDAI-2K 2 of 105 · clinical SLEDAI 2")
    // Down to the physician global, the 25th row.
    for _ in 0..<10 { try nurse.send("Down") }
    try nurse.type("0.3")
    // The terminal's cursor sits on the focused row, where a screen reader reads.
    try nurse.waitFor("the cursor on the focused field") { screen in
      let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
      guard let y = Int(nurse.value("#{cursor_y}")), rows.indices.contains(y) else { return false }
      return rows[y].contains("› Physician global assessment, 0–3: 0.3")
    }
    try nurse.send("Enter")
    // Waiting for the whole of what is checked: a frame may be caught half drawn.
    try nurse.waitFor("the saved assessment with DORIS") {
      $0.contains("Saved: SLEDAI-2K 2 (clinical 2) · DORIS not met: clinical SLEDAI 2 > 0")
    }

    try nurse.send("4")
    try nurse.waitFor("↑/↓ labs")
    for _ in 0..<6 { try nurse.send("Down") }
    try nurse.waitFor("IgG against its range, the last visit marked low") {
      $0.contains("Trends · IgG · every visit") && $0.contains("Reference range 700–1600 mg/dL")
        && $0.contains("Day +180 · Month 6  2026-11-19  610 mg/dL (6.1 g/L)      ▼ low")
    }
    try nurse.send("q")
    #expect(try nurse.waitForExit() == 0)
    let day = String(
      decoding: FileManager.default.contents(atPath: cli.mine + "/days/2026/2026-11-22.jsonl")
        ?? Data(), as: UTF8.self)
    #expect(day.contains("\"type\":\"assessment\""))
    #expect(day.contains("\"rash\""))
  }
}

extension ScreensEndToEndTests {
  /// Home and End as tmux sends them under TERM=xterm-256color (`ESC [1~`, `ESC [4~`), which
  /// that terminfo entry does not name: they move within the form instead of arriving as Escape
  /// and closing it.
  @Test func homeAndEndMoveWithinAFormInTmux() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let nurse = try sledaiFormOnTheDemo(cli)
    try nurse.send("End")
    try nurse.waitFor("the last row focused, the form still open") {
      $0.contains("SLEDAI-2K 0 of 105")
        && $0.contains("› [ ] immunosuppressant, antimalarial or biologic: hydroxychloroquine")
    }
    try nurse.send("Home")
    try nurse.waitFor("the first row focused, the form still open") {
      $0.contains("SLEDAI-2K 0 of 105") && $0.contains("›") && $0.contains("Seizure")
        && !$0.contains("› [ ] immunosuppressant")
    }
    try nurse.send("Escape")
    try nurse.waitFor("Milestones · Follow-up")
    try nurse.send("q")
    #expect(try nurse.waitForExit() == 0)
  }
}
