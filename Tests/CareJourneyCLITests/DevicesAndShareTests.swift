import Foundation
import Testing

/// Two computers on one data folder (issue 17), without a sync tool in between: each writes its
/// own device folder; `devices` lists them, the timeline names the computer beside the author,
/// `share` writes the .stignore, and a folder this computer cannot write opens read-only.
@Suite("devices and share", .onWaitingThreads)
struct DevicesAndShareTests {
  @Test("two computers: devices lists both, the timeline names the computer, a name given shows")
  func twoComputers() throws {
    let laptop = try CLIHarness(device: "aaaaaaaaaaaaaaaa")
    var home = try CLIHarness(device: "bbbbbbbbbbbbbbbb")
    defer {
      laptop.cleanUp()
      home.cleanUp()
    }
    home.data = laptop.data
    try laptop.ok(["init", "--patient", "Maria"])
    try laptop.ok(["log", "--temp", "38.4"], now: "2026-11-22T10:00:00+01:00")
    // One computer alone: no computer named beside the author.
    #expect(!(try laptop.ok(["timeline"])).contains(" on laptop"))
    try home.ok(
      ["--role", "caregiver", "--name", "Ana", "log", "--note", "gave water"],
      now: "2026-11-22T11:00:00+01:00")

    let rows = try #require(try laptop.json(["devices", "--json"]) as? [[String: Any]])
    #expect(rows.map { $0["id"] as? String } == ["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"])
    #expect(rows.map { $0["name"] as? String } == ["laptop aaaa", "laptop bbbb"])
    #expect(rows.map { $0["thisComputer"] as? Bool } == [true, false])
    #expect(
      rows.map { $0["lastLine"] as? String } == [
        "2026-11-22T10:00:00+01:00", "2026-11-22T11:00:00+01:00",
      ])

    let timeline = try laptop.ok(["timeline"])
    #expect(
      timeline.contains("Temperature 38.4 °C  — Maria (patient) on laptop aaaa"), "\(timeline)")
    #expect(timeline.contains("gave water  — Ana (caregiver) on laptop bbbb"), "\(timeline)")

    let renamed = try home.ok(["devices", "--device-name", "Ana's laptop"])
    #expect(renamed.contains("This computer is now \"Ana's laptop\" (device bbbbbbbbbbbbbbbb)."))
    #expect(try laptop.ok(["timeline"]).contains("gave water  — Ana (caregiver) on Ana's laptop"))
    let verify = try laptop.run(["verify"])
    #expect(verify.status == 0, "\(verify.stdout)")
  }

  @Test(
    "share prints the .stignore and the steps; --write writes it once and never replaces another")
  func share() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let shown = try cli.ok(["share"])
    #expect(shown.contains("  .lock\n"))
    #expect(shown.contains("On the second computer:"))
    #expect(!FileManager.default.fileExists(atPath: cli.data + "/.stignore"))
    #expect(try cli.ok(["share", "--write"]).hasPrefix("Wrote \(cli.data)/.stignore:"))
    let written = try String(contentsOfFile: cli.data + "/.stignore", encoding: .utf8)
    #expect(written.split(separator: "\n").contains(".lock"))
    #expect(try cli.ok(["share", "--write"]).contains("is already there, as below"))
    try Data("// mine\n".utf8).write(to: URL(fileURLWithPath: cli.data + "/.stignore"))
    #expect(try cli.ok(["share", "--write"]).contains("left as it is"))
    #expect(try String(contentsOfFile: cli.data + "/.stignore", encoding: .utf8) == "// mine\n")
  }

  @Test(
    "a data folder this computer cannot write: the screens open read-only and say so",
    .enabled(if: FailedWriteTests.canMountReadOnly, "needs unshare -m and mount"))
  func readOnlyFolder() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]])
    let before = cli.snapshot()
    let app = try TmuxSession(
      environment: [
        "LANG": "C.UTF-8", "TZ": "Europe/Berlin", "CAREJOURNEY_NOW": cli.now, "HOME": "/tmp",
        "TERM": "xterm-256color", "SWIFT_BACKTRACE": "enable=no",
      ].merging(cli.screensConfig()) { $1 },
      command: [
        "/usr/bin/unshare", "-m", "/bin/sh", "-c",
        "mount --bind -o ro \"$1\" \"$1\" && exec \"$0\" --data \"$1\"", CLIHarness.binary.path,
        cli.data,
      ])
    let screen = try app.waitFor("Read-only: ")
    #expect(screen.contains("cannot be written on"), "\(screen)")
    try app.send("q")
    #expect(try app.waitForExit() == 0)
    #expect(cli.snapshot() == before)
  }
}
