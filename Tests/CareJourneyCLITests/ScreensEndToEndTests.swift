import Foundation
import Testing

/// The built binary in tmux: the screens as a person uses them.
@Suite(.serialized, .onWaitingThreads) struct ScreensEndToEndTests {
  static let now = "2026-11-22T09:00:00+01:00"

  static let terminals: [[String: String]] = [
    ["TERM": "xterm-256color"],
    ["TERM": "xterm-256color", "NO_COLOR": "1"],
    ["TERM": "xterm"],
    ["TERM": "xterm-256color", "LC_ALL": "C"],
  ]

  func environment(_ extra: [String: String]) -> [String: String] {
    [
      "LANG": "C.UTF-8", "TZ": "Europe/Berlin", "CAREJOURNEY_NOW": Self.now, "HOME": "/tmp",
      "SWIFT_BACKTRACE": "enable=no",
    ].merging(extra) { $1 }
  }

  func app(
    _ cli: CLIHarness, _ extra: [String: String], _ arguments: [String] = [], width: Int = 100,
    height: Int = 30
  ) throws -> TmuxSession {
    try TmuxSession(
      width: width, height: height,
      environment: environment(extra).merging(cli.screensConfig()) { $1 },
      command: [CLIHarness.binary.path, "--data", cli.data] + arguments)
  }

  @Test(arguments: terminals)
  func patientLogsAFeverCaregiverFindsItNurseSigns(terminal: [String: String]) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])

    // The patient logs 38.4 with keys and sees the urgent alert at once.
    let patient = try app(cli, terminal)
    try patient.waitFor("Day +183 · Month 6 · Follow-up")
    #expect(patient.value("#{alternate_on}") == "1")
    try patient.send("t")
    try patient.waitFor("Temperature (°C")
    try patient.type("38.4")
    try patient.send("Enter")
    let alert = try patient.waitFor("!! URGENT: Call your CAR-T team now on +49 9131 85-33010.")
    #expect(alert.contains("Seen: Temperature 38.4 °C at 09:00 on 2026-11-22"))
    #expect(alert.contains("!! 09:00  Temperature 38.4 °C"))

    // It is in the Timeline, marked.
    try patient.send("Tab")
    let timeline = try patient.waitFor("Timeline · newest first")
    #expect(timeline.contains("!! 09:00  Temperature 38.4 °C"))

    // Resizing redraws at once, small and large.
    try patient.resize(width: 60, height: 20)
    try patient.waitFor("Smaller than 80x24 (60x20)")
    #expect(patient.screen.contains("!! URGENT"))
    try patient.resize(width: 200, height: 60)
    try patient.waitFor("size 200x60") {
      $0.contains("(Day +183 · Month 6). Temperature of 38.0 °C (100.4 °F) or more.")
    }
    try patient.resize(width: 30, height: 10)
    try patient.waitFor("Terminal too small")
    try patient.resize(width: 100, height: 30)
    try patient.waitFor("Timeline · newest first")

    try patient.send("q")
    #expect(try patient.waitForExit() == 0)
    #expect(patient.value("#{alternate_on}") == "0")
    let day = String(
      decoding: FileManager.default.contents(atPath: cli.mine + "/days/2026/2026-11-22.jsonl")
        ?? Data(), as: UTF8.self)
    #expect(day.contains("\"celsius\":38.4"))
    #expect(day.contains("\"role\":\"patient\""))

    // The nurse signs the next milestone.
    let nurse = try app(cli, terminal, ["--role", "nurse", "--name", "Ana Weber"])
    try nurse.waitFor("Milestones · Follow-up")
    try nurse.waitFor("the selected row") { $0.contains("›○ upcoming Day +270") }
    try nurse.send("Enter")
    try nurse.waitFor("Sign as (Enter confirms")
    try nurse.send("Enter")
    try nurse.waitFor("Saved: milestone signed")
    try nurse.waitFor("✓ done     Day +270")
    try nurse.send("q")
    #expect(try nurse.waitForExit() == 0)
    let journey = String(
      decoding: FileManager.default.contents(atPath: cli.mine + "/journey.jsonl") ?? Data(),
      as: UTF8.self)
    #expect(journey.contains("\"milestone\":\"follow-up-visit-m9\""))
    #expect(journey.contains("\"name\":\"Ana Weber\",\"role\":\"nurse\""))
  }

  @Test func anotherTerminalsEntryShowsWithinASecond() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let screens = try app(cli, ["TERM": "xterm-256color"])
    try screens.waitFor("Logged today:")
    try cli.ok(["--role", "caregiver", "--name", "Tom", "log", "--note", "from the other laptop"])
    let started = Date()
    try screens.waitFor("Note: from the other laptop", timeout: 5)
    #expect(Date().timeIntervalSince(started) < 1.5)
    try screens.send("q")
    _ = try screens.waitForExit()
  }

  @Test(arguments: ["C-c"])
  func interruptRestoresTheTerminal(key: String) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let screens = try app(cli, ["TERM": "xterm-256color"])
    try screens.waitFor("Logged today:")
    try screens.send(key)
    #expect(try screens.waitForExit() == 130)
    #expect(screens.value("#{alternate_on}") == "0")
  }

  @Test func startScreenOpensTheDemo() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let screens = try app(cli, ["TERM": "xterm-256color"])
    try screens.waitFor("There is no journey in this data directory yet.")
    try screens.send("d")
    try screens.waitFor("Maria Santos · Day +183 · Month 6")
    try screens.send("q")
    let status = try screens.waitForExit()
    #expect(status == 0, "\(screens.screen)")
  }

  @Test(arguments: ["dumb", "no-such-terminal"])
  func aTerminalThatCannotDrawGetsAClearError(term: String) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let screens = try app(cli, ["TERM": term])
    #expect(try screens.waitForExit() != 0)
    #expect(screens.screen.contains("carejourney status"), "\(screens.screen)")
  }
}
