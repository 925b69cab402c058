import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Rules that went silent, times that never were, and answers that were wrong: a missing
/// protocol.toml, hostile protocol numbers, a `remind --exec` that never ends, CSV escape
/// sequences on a terminal, a time in the clocks' spring jump, a patient striking a nurse's
/// signature, and a timeline range that ends before it starts.
@Suite(.onWaitingThreads) struct ProtocolTimeAndRoleTests {
  /// A centre's copy of the built-in protocol whose fever line is 37.5 °C.
  static func centreProtocol(_ cli: CLIHarness) throws -> String {
    let scratch = try CLIHarness()
    defer { scratch.cleanUp() }
    try scratch.ok(["init", "--patient", "X"])
    let builtIn = try String(contentsOfFile: scratch.data + "/protocol.toml", encoding: .utf8)
    let centre = builtIn.replacingOccurrences(of: "at-least = 38.0", with: "at-least = 37.5")
    #expect(centre != builtIn)
    let path = cli.root.path + "/centre.toml"
    try Data(centre.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// The centre's 37.5 °C fever line stopped alerting when protocol.toml went missing, and
  /// `verify` said 0 problems: now every command says loudly that the built-in rules judge.
  @Test func aMissingProtocolIsSaidByEveryCommand() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.ok(["init", "--patient", "Maria", "--protocol", try Self.centreProtocol(cli)])
    try cli.ok(["log", "--temp", "37.7"])
    #expect(try cli.ok(["status"]).contains("Temperature 37.7 °C"), "the centre's line alerts")
    let notice = "This report does not follow the journey&#39;s own protocol."
    #expect(!(try cli.ok(["export", "html"]).contains(notice)), "the journey's own is used")

    let warning = "alerts and milestones follow the built-in cd19-sle rules only"
    for replacement in ["missing", "folder", "pipe"] {
      let path = cli.data + "/protocol.toml"
      try? FileManager.default.removeItem(atPath: path)
      switch replacement {
      case "folder":
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      case "pipe": #expect(mkfifo(path, 0o600) == 0)
      default: break
      }
      for command in [
        ["status"], ["log", "--temp", "37.6"], ["timeline"], ["export", "csv"], ["remind"],
        ["milestones"],
      ] {
        let run = try cli.launch(command)
        guard let ending = run.ending(within: 10, "\(command), protocol.toml a \(replacement)")
        else {
          continue
        }
        #expect(
          ending == .exited(0) || command == ["remind"], "\(replacement) \(command): \(run.errors)")
        #expect(
          run.errors.contains("warning: " + warning), "\(replacement) \(command): \(run.errors)")
      }
      // The written report says so too, at its top, with the reason.
      let report = try cli.ok(["export", "html"])
      #expect(report.contains("<strong>! \(notice)</strong> \(warning)"), "\(replacement)")
      let status = try #require(try cli.json(["status", "--json"]) as? [String: Any])
      #expect((status["protocolWarning"] as? String)?.hasPrefix(warning) == true, "\(replacement)")
      let verify = try cli.launch(["verify"])
      #expect(verify.wait(timeout: 10) == .exited(1), "\(replacement)")
      #expect(verify.output.contains("protocol.toml:0: "), "\(replacement): \(verify.output)")
    }
  }

  /// A protocol with a day near `Int.max` crashed `init`, or was taken and crashed `status`.
  @Test func aHostileProtocolIsRefusedByInit() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let text = try String(contentsOfFile: try Self.centreProtocol(cli), encoding: .utf8)
      .replacingOccurrences(of: "day = -5\n", with: "day = 9223372036854775807\n")
    let path = cli.root.path + "/hostile.toml"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let result = try cli.run(["init", "--patient", "Maria", "--protocol", path])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(
      result.stderr.contains("day 9223372036854775807 is outside -36525–36525"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: cli.mine + "/journey.jsonl"))
  }

  /// `remind --exec` with a program that never ends hung `remind` (and cron piled them up):
  /// it is stopped after --exec-timeout, with the processes it started.
  @Test func aRemindProgramThatNeverEndsIsStopped() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-11-01T09:00:00+01:00")
    let started = Date()
    let remind = try cli.launch(
      ["remind", "--exec-timeout", "1", "--exec", "/bin/sh", "-c", "sleep 3217; :"])
    let ending = remind.ending(within: 15, "remind waiting for a program that never ends")
    #expect(ending == .exited(2), "\(remind.errors)")
    #expect(Date().timeIntervalSince(started) < 10)
    #expect(
      remind.errors.contains("had not finished after 1 seconds, so it was stopped"),
      "\(remind.errors)")
    #expect(remind.output.contains("Overdue"), "the reminders are printed: \(remind.output)")
    let sleeping = Self.processes { $0.hasPrefix("sleep\u{0}3217") }
    #expect(sleeping.isEmpty, "the program's own child is still running: \(sleeping)")
    for pid in sleeping { kill(pid, SIGKILL) }
  }

  /// The processes whose command line (NUL-separated) matches.
  static func processes(_ matching: (String) -> Bool) -> [pid_t] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return names.compactMap { name in
      guard let pid = pid_t(name),
        let data = FileManager.default.contents(atPath: "/proc/\(name)/cmdline"),
        matching(String(decoding: data, as: UTF8.self))
      else { return nil }
      return pid
    }
  }

  /// `timeline --csv` and `export csv` printed raw ESC, BEL, C1 and bidi characters to a
  /// terminal (OSC 52 sets the clipboard); a file keeps the exact text.
  @Test func csvOnATerminalShowsControlsEscaped() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]])
    let hostile = "copy \u{1B}]52;c;aGVsbG8=\u{07} \u{9B}31m \u{202E}txt.exe"
    try cli.ok(["log", "--note", hostile])
    // Both commands in one real terminal (a tmux pane); a raw OSC 52 would be obeyed there,
    // not shown.
    let binary = CLIHarness.binary.path
    let both = "\"$0\" --data \"$1\" timeline --csv; echo ---; \"$0\" --data \"$1\" export csv"
    let terminal = try TmuxSession(
      width: 250, height: 30, environment: cli.environment(),
      command: ["/bin/sh", "-c", both, binary, cli.data])
    #expect(try terminal.waitForExit() == 0)
    // The whole pane, its scrolled-off lines and wrapped ones joined.
    let shown = try terminal.tmux(["capture-pane", "-t", terminal.name, "-p", "-J", "-S", "-"])
    let escaped = "copy ^[]52;c;aGVsbG8=^G <U+009B>31m <U+202E>txt.exe"
    #expect(shown.components(separatedBy: escaped).count == 3, "\(shown)")
    #expect(shown.components(separatedBy: "date,").count == 3, "the rows are still rows: \(shown)")
    let out = cli.root.path + "/journey.csv"
    try cli.ok(["export", "csv", "--out", out])
    #expect(
      try String(contentsOfFile: out, encoding: .utf8).contains(hostile),
      "the file keeps the exact text")
    #expect(try cli.ok(["timeline", "--csv"]).contains(hostile), "a pipe keeps the exact text")
  }

  /// 02:30 on 2026-03-29 never happened in Europe/Berlin: it was stored an hour early and
  /// misordered. It is refused, saying so; the times either side are taken.
  @Test func aTimeTheClocksSkippedIsRefused() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-03-01T09:00:00+01:00")
    let now = "2026-04-01T09:00:00+02:00"
    let skipped = try cli.run(["log", "--at", "2026-03-29T02:30", "--temp", "38.1"], now: now)
    #expect(skipped.status == 1)
    #expect(
      skipped.stderr.contains(
        "there was no 02:30 on 2026-03-29 in Europe/Berlin, the clocks jumped from 02:00 to 03:00"),
      "\(skipped.stderr)")
    #expect(skipped.stderr.contains("(03:30, if it was after the change)"), "\(skipped.stderr)")
    #expect(!FileManager.default.fileExists(atPath: cli.mine + "/days/2026/2026-03-29.jsonl"))

    try cli.ok(["log", "--at", "2026-03-29T01:45", "--note", "before"], now: now)
    try cli.ok(["log", "--at", "2026-03-29T03:15", "--note", "after"], now: now)
    let day = try cli.ok(["timeline", "--from", "2026-03-29", "--to", "2026-03-29"], now: now)
    let before = try #require(day.range(of: "01:45  Note: before"))
    let after = try #require(day.range(of: "03:15  Note: after"))
    #expect(before.lowerBound < after.lowerBound)
  }

  /// A patient could strike a nurse's signature (and an ICE score) that a patient cannot write.
  @Test func correctingALineNeedsTheRoleThatMayWriteIt() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let rows = try #require(try cli.json(["timeline", "--json"]) as? [[String: Any]])
    func id(_ type: String, _ words: String) throws -> String {
      try #require(
        rows.first {
          $0["type"] as? String == type && ($0["text"] as? String)?.contains(words) == true
        }?["id"]
          as? String)
    }
    // A nurse's milestone (its protocol signer is nurse) and an ICE score.
    let signature = try id("milestone", "Signed: Alemtuzumab")
    let ice = try id("ice", "ICE")
    for target in [signature, ice] {
      for role in ["patient", "caregiver"] {
        let before = cli.snapshot()
        let refused = try cli.run(["--role", role, "amend", target, "--strike", "--reason", "mine"])
        #expect(refused.status == 1, "\(role) struck \(target)")
        #expect(refused.stderr.contains("only a nurse may correct it"), "\(refused.stderr)")
        #expect(cli.snapshot() == before)
      }
      try cli.ok([
        "--role", "nurse", "--name", "Ana Weber", "amend", target, "--strike", "--reason",
        "entered twice",
      ])
    }
    // The patient's own entries stay the patient's to correct.
    let temperature = try id("temperature", "36.9")
    try cli.ok(["amend", temperature, "--temp", "37.0", "--reason", "misread"])
  }

  @Test func aTimelineRangeThatEndsBeforeItStartsIsRefused() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    for format in [[], ["--json"], ["--csv"]] {
      let result = try cli.run(["timeline", "--from", "2026-11-22", "--to", "2026-11-01"] + format)
      #expect(result.status == 1, "\(format)")
      #expect(
        result.stderr.contains(
          "--to 2026-11-01 is before --from 2026-11-22: give the earlier date first"),
        "\(result.stderr)")
      #expect(result.stdout.isEmpty, "\(format): \(result.stdout)")
    }
  }
}
