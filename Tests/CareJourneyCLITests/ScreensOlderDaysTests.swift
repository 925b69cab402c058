import Foundation
import Testing

/// The built screens on the demo (183 days): the first frame is drawn from the last days, the
/// older ones are read after it; the Timeline reaches all of them, and alerts judged against
/// an old visit are there.
@Suite(.serialized, .onWaitingThreads) struct ScreensOlderDaysTests {
  @Test func theTimelineReachesTheFirstDays() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let app = try TmuxSession(screensOf: cli, arguments: ["--role", "caregiver"])
    try app.waitFor("the older days read") {
      $0.contains("Timeline · newest first · showing all") && !$0.contains("reading older days")
    }
    // Day -5, six months back: in a day file read after the first frame.
    try app.send("g")
    try app.type("2026-05-18")
    try app.send("Enter")
    try app.waitFor("Note: First day of chemo. Nervous but ready.")
    try app.waitFor("LYMPHODEPLETION  2026-05-18")
    // G: the last row, the oldest.
    try app.send("G")
    try app.waitFor("Journey started for Maria Santos")
    // The oldest first, filtered to temperatures: the first reading is Day -5's.
    try app.send("o", "f")
    try app.waitFor("oldest first · showing temperatures") {
      $0.contains("oldest first · showing temperatures") && $0.contains("2026-05-18")
    }
    try app.send("q")
    #expect(try app.waitForExit() == 0)
  }

  /// A visit today whose creatinine is 150 % of the first one, months ago: the alert shows.
  @Test func aLabAlertAgainstAnOldVisitShows() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    try cli.ok(["visit", "--lab", "creatinine=1.3", "--role", "nurse", "--name", "Ana Weber"])
    let app = try TmuxSession(screensOf: cli)
    try app.waitFor("the creatinine alert") {
      $0.contains("CALL TODAY") && $0.contains("Creatinine 1.3 mg/dL (")
        && $0.contains("% of the first recorded, 0.8 mg/dL)")
        && !$0.contains("Checking today's labs")
    }
    try app.send("q")
    #expect(try app.waitForExit() == 0)
  }
}
