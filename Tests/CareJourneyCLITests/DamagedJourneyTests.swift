import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A data folder that holds part of a journey is never "no journey": a damaged journey.jsonl,
/// day files without it, a protocol.toml, two `init`s at once, `--data ""` and `demo --force`
/// on a folder that is not a journey. In each, nothing that writes is offered, and nothing is
/// written.
@Suite(.onWaitingThreads) struct DamagedJourneyTests {
  /// What journey.jsonl is made to hold, and the line `status` must name.
  static let damages: [(name: String, bytes: String, line: String)] = [
    ("empty", "", "journey.jsonl:0: empty"),
    ("a damaged first line", "{\"v\":1,\"id\":\n", "journey.jsonl:1: the journey's first line"),
    (
      "a plan first",
      #"{"by":{"name":"Maria","role":"patient"},"date":"2026-12-01","id":"p1","phase":"infusion","ts":"2026-11-22T09:00:00+01:00","type":"planned","v":1}"#
        + "\n",
      "journey.jsonl:1: the journey's first line must be its start (created: patient, protocol), but it is a planned event"
    ),
  ]

  @Test(arguments: damages.map(\.name))
  func aDamagedJourneyIsSaidAndNothingWrites(name: String) throws {
    let damage = try #require(Self.damages.first { $0.name == name })
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]])
    try cli.ok(["log", "--temp", "37.2"])
    try Data(damage.bytes.utf8).write(to: URL(fileURLWithPath: cli.mine + "/journey.jsonl"))
    let before = cli.snapshot()

    let status = try cli.run(["status"])
    #expect(status.status == 1)
    #expect(
      status.stderr.contains("is damaged: " + CLIHarness.mine + damage.line), "\(status.stderr)")
    #expect(!status.stderr.contains("no journey"))
    let bare = try cli.run([])
    #expect(bare.status == 1)
    #expect(
      bare.stderr.contains("is damaged: " + CLIHarness.mine + "journey.jsonl:"), "\(bare.stderr)")
    #expect(!bare.stdout.contains("init"), "offered to start a journey: \(bare.stdout)")
    for command in [["init", "--patient", "Someone Else"], ["demo"], ["log", "--temp", "38.5"]] {
      let refused = try cli.run(command)
      #expect(refused.status == 1, "\(command): \(refused.stdout)")
      #expect(
        refused.stderr.contains("damaged") || refused.stderr.contains("already holds data"),
        "\(command): \(refused.stderr)")
    }
    let remind = try cli.run(["remind"])
    #expect(remind.status == 2, "remind: \(remind.stderr)")
    #expect(remind.stderr.contains("is damaged"))
    // What can be read is still shown: the day's temperature.
    let timeline = try cli.run(["timeline"])
    #expect(timeline.status == 0, "\(timeline.stderr)")
    #expect(timeline.stdout.contains("Temperature 37.2 °C"))
    #expect(timeline.stderr.contains("warning: the journey in"))
    let verify = try cli.run(["verify"])
    #expect(verify.status == 1)
    #expect(
      verify.stdout.contains(damage.line.components(separatedBy: ": ")[0] + ":"), "\(verify.stdout)"
    )
    #expect(cli.snapshot() == before, "something was written")
  }

  /// The screens on a damaged journey: the refusal, never the Start screen whose `d` wrote the
  /// demo's 57 events and 195 entries into the real files.
  @Test func theScreensOnADamagedJourneyOfferNothingThatWrites() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]])
    try cli.ok(["log", "--temp", "37.2"])
    try Data().write(to: URL(fileURLWithPath: cli.mine + "/journey.jsonl"))
    let before = cli.snapshot()

    let screens = try TmuxSession(screensOf: cli)
    // Either the refusal (the program ends) or the Start screen; its `d` is then pressed.
    try screens.waitFor("the refusal or the Start screen") {
      $0.contains("open the demo") || FileManager.default.fileExists(atPath: screens.statusFile)
    }
    try screens.send("d")
    #expect(try screens.waitForExit() == 1)
    // The whole pane, its scrolled-off lines and wrapped ones joined.
    let said = try screens.tmux(["capture-pane", "-t", screens.name, "-p", "-J", "-S", "-"])
    #expect(said.contains("is damaged: " + CLIHarness.mine + "journey.jsonl:0: empty"), "\(said)")
    #expect(!said.contains("open the demo"), "\(said)")
    #expect(cli.snapshot() == before, "the Start screen wrote into a damaged journey")
  }

  @Test func initRefusesOrphanedDayFilesAndKeepsTheirProtocol() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    try FileManager.default.removeItem(atPath: cli.mine + "/journey.jsonl")
    let protocolPath = cli.data + "/protocol.toml"
    let centre =
      try String(contentsOfFile: protocolPath, encoding: .utf8) + "\n# our centre's copy\n"
    try Data(centre.utf8).write(to: URL(fileURLWithPath: protocolPath))
    let before = cli.snapshot()

    let result = try cli.run(["init", "--patient", "Someone Else"])

    #expect(result.status == 1)
    #expect(result.stderr.contains("journey.jsonl is missing from"), "\(result.stderr)")
    #expect(cli.snapshot() == before)
  }

  @Test func initRefusesALoneProtocolToml() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try FileManager.default.createDirectory(atPath: cli.data, withIntermediateDirectories: true)
    try Data("# the centre's protocol, copied here by hand\n".utf8).write(
      to: URL(fileURLWithPath: cli.data + "/protocol.toml"))
    let before = cli.snapshot()
    let result = try cli.run(["init", "--patient", "Maria"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("already holds a protocol.toml"), "\(result.stderr)")
    #expect(cli.snapshot() == before)
  }

  /// Two `init`s, each with its own protocol, both waiting for the lock; the second is held
  /// back (SIGSTOP) until the first has won. The winner's protocol must be the one on disk: the
  /// loser once wrote its own over it before taking the lock, and said "nothing was written".
  @Test func twoInitsAtOnceKeepTheWinnersProtocol() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let builtIn = try #require(
      try String(contentsOf: Self.builtInProtocol(cli), encoding: .utf8))
    var files: [String] = []
    for centre in ["Centre A", "Centre B"] {
      let path = cli.root.path + "/\(centre).toml"
      let text = builtIn.replacingOccurrences(
        of: #"(?m)^name = ".*"$"#, with: "name = \"\(centre)\"", options: .regularExpression)
      #expect(text != builtIn)
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      files.append(path)
    }
    try FileManager.default.createDirectory(atPath: cli.data, withIntermediateDirectories: true)
    let lock = open(cli.data + "/.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    try #require(lock >= 0 && flock(lock, LOCK_EX) == 0)

    let first = try cli.launch(["init", "--patient", "Ana", "--protocol", files[0]])
    try Self.waitUntilWaitingForLock(first.pid, on: cli.data + "/.lock")
    let second = try cli.launch(["init", "--patient", "Ben", "--protocol", files[1]])
    try Self.waitUntilWaitingForLock(second.pid, on: cli.data + "/.lock")
    second.signal(SIGSTOP)
    close(lock)
    #expect(first.wait() == .exited(0), "\(first.errors)")
    second.signal(SIGCONT)
    #expect(second.wait() == .exited(1))
    #expect(second.errors.contains("already holds a journey"), "\(second.errors)")

    let written = try String(contentsOfFile: cli.data + "/protocol.toml", encoding: .utf8)
    #expect(
      written == (try String(contentsOfFile: files[0], encoding: .utf8)),
      "the loser's protocol is in place")
    let status = try cli.ok(["status"])
    #expect(status.contains("Ana · Centre A"), "\(status)")
  }

  /// The built-in protocol's text, as `init` copies it.
  static func builtInProtocol(_ cli: CLIHarness) throws -> URL {
    let folder = cli.root.appendingPathComponent("builtin")
    try cli.prepare([["init", "--patient", "X"]])
    try FileManager.default.moveItem(atPath: cli.data, toPath: folder.path)
    return folder.appendingPathComponent("protocol.toml")
  }

  /// Waits until process `pid` is blocked waiting for the flock on `path` (/proc/locks).
  static func waitUntilWaitingForLock(_ pid: pid_t, on path: String) throws {
    var info = stat()
    try #require(stat(path, &info) == 0)
    let inode = ":\(info.st_ino) "
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline {
      let locks = (try? String(contentsOfFile: "/proc/locks", encoding: .utf8)) ?? ""
      if locks.split(separator: "\n").contains(where: {
        $0.contains("->") && $0.contains(inode) && $0.split(separator: " ").contains("\(pid)")
      }) {
        return
      }
      usleep(10_000)
    }
    Issue.record("process \(pid) never waited for the lock")
  }

  /// `--data ""` meant the default folder: `demo --force` swapped the real journey for the demo.
  @Test func anEmptyDataOptionIsRefused() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let real = cli.root.path + "/.local/share/carejourney"
    let setUp = try cli.launch(program: [
      CLIHarness.binary.path, "--data", real, "init", "--patient", "Maria",
    ])
    #expect(setUp.wait() == .exited(0), "\(setUp.errors)")
    let before = try FileManager.default.contentsOfDirectory(
      atPath: cli.root.path + "/.local/share")

    let run = try cli.launch(program: [CLIHarness.binary.path, "--data", "", "demo", "--force"])

    #expect(run.wait() == .exited(1))
    #expect(run.errors.contains("--data is empty"), "\(run.errors)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: cli.root.path + "/.local/share") == before
    )
    let journey = try String(
      contentsOfFile: real + "/" + CLIHarness.mine + "journey.jsonl", encoding: .utf8)
    #expect(journey.contains("\"patient\":\"Maria\""))
  }

  /// `demo --force --data .` moved a source tree aside; and it must not move a journey another
  /// CareJourney is writing to.
  @Test func demoForceMovesAsideOnlyAJourneyNoOneIsWritingTo() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try FileManager.default.createDirectory(
      atPath: cli.data + "/Sources", withIntermediateDirectories: true)
    try Data("// swift-tools-version:6.0\n".utf8).write(
      to: URL(fileURLWithPath: cli.data + "/Package.swift"))
    let tree = cli.snapshot()
    let refused = try cli.run(["demo", "--force"])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains("not a CareJourney journey (Package.swift"), "\(refused.stderr)")
    #expect(cli.snapshot() == tree)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: cli.root.path).filter {
        $0.contains("before-demo")
      }.isEmpty)

    try FileManager.default.removeItem(atPath: cli.data)
    try cli.prepare([["init", "--patient", "Maria"]])
    let lock = open(cli.data + "/.lock", O_RDWR | O_CLOEXEC)
    try #require(lock >= 0 && flock(lock, LOCK_EX) == 0)
    let busy = try cli.run(["demo", "--force"])
    close(lock)
    #expect(busy.status == 1)
    #expect(busy.stderr.contains("another CareJourney is writing"), "\(busy.stderr)")
    #expect(
      try String(contentsOfFile: cli.mine + "/journey.jsonl", encoding: .utf8).contains("Maria"))
  }
}
