import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// SIGINT, SIGTERM and SIGHUP to the screens, idle or right as a save is under way: the
/// program ends with 128 + the signal, the terminal leaves the alternate screen, and no saved
/// line is damaged. (The same signals to `log` writers: InterruptedWriterTests.)
@Suite(.serialized, .onWaitingThreads) struct ScreenSignalTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let signal: Int32
    let whileSaving: Bool
    var testDescription: String { "signal \(signal)\(whileSaving ? " while saving" : "")" }
  }

  static let cases = [SIGINT, SIGTERM, SIGHUP].flatMap {
    [Case(signal: $0, whileSaving: false), Case(signal: $0, whileSaving: true)]
  }

  @Test(arguments: cases)
  func signalRestoresTheTerminal(_ test: Case) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let before = cli.auditLines()
    let app = try TmuxSession(screensOf: cli)
    try app.waitFor("Day +183")
    #expect(app.value("#{alternate_on}") == "1")
    let pid = try programPID(app)
    if test.whileSaving {
      try app.send("t")
      try app.waitFor("Temperature (°C")
      try app.type("37.9")
      try app.send("Enter")
    }
    #expect(kill(pid, test.signal) == 0)
    #expect(try app.waitForExit() == 128 + Int(test.signal))
    #expect(app.value("#{alternate_on}") == "0")

    let after = cli.auditLines()
    #expect(after.damaged.isEmpty && after.tornTails.isEmpty, "\(after.damaged)")
    #expect(Array(after.entryIDs.prefix(before.entryIDs.count)) == before.entryIDs)
    #expect(after.entryIDs.count - before.entryIDs.count <= 1)
    #expect(try cli.unreadableLines() == 0)
  }

  /// The program in the pane: the wrapper shell's only child.
  func programPID(_ app: TmuxSession) throws -> pid_t {
    let shell = app.value("#{pane_pid}")
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline {
      let children =
        (try? String(
          contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
      if let pid = children.split(separator: " ").first.flatMap({ pid_t($0) }) { return pid }
      usleep(20_000)
    }
    throw TmuxSession.Failure(description: "no program under the pane's shell \(shell)")
  }
}
