import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Real `carejourney log` processes killed at random moments over one data directory: whatever a
/// run reported saved is there afterwards, at most the last line of a file is torn, the app
/// still starts and reports it, and the next write starts on a fresh line.
///
/// Counts: `StressCounts` (12 SIGKILLs and 5 of each gentler signal by default; 200 and 60
/// with `CAREJOURNEY_STRESS=full`). `CAREJOURNEY_SEED` replays the kill moments of a run.
@Suite(.onWaitingThreads) struct InterruptedWriterTests {
  static let days = [
    "2026-11-20T08:00:00+01:00", "2026-11-21T08:00:00+01:00", "2026-11-22T08:00:00+01:00",
  ]

  @Test(arguments: [SIGKILL, SIGTERM, SIGINT, SIGHUP])
  func writersEndedMidFlightLoseNothingTheyReported(signal: Int32) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-11-01T09:00:00+01:00")
    let target = signal == SIGKILL ? StressCounts.kills : StressCounts.gentleKills
    let seed = StressCounts.seed()
    var random = SeededGenerator(seed: seed)
    let started = Date()

    // How long one log takes here, kept up to date as the machine's load changes, so the kills
    // land across a run's whole life (loading, waiting for the lock, writing, printing). A run
    // that ended before its signal took less than its delay: the estimate shrinks; a kill lets
    // it grow a little. About three runs in four are then killed, the rest end first, and the
    // moments still cover the whole run, however loaded the machine.
    var reported: [String] = []
    var typical = 0.0
    for day in Self.days {
      let begin = Date()
      let child = try cli.launch(["log", "--temp", "37.0", "--note", "warm-up"], now: day)
      #expect(child.wait() == .exited(0), "\(child.errors)")
      reported += LineAudit.savedIDs(child.output)
      typical = max(typical, Date().timeIntervalSince(begin))
    }

    var kills = 0
    var attempts = 0
    // A run that finished before its signal is not a kill: on an idle machine most do (a log
    // takes a few milliseconds), so the attempts allowed are many times the kills wanted.
    while kills < target && attempts < target * 15 {
      attempts += 1
      let child = try cli.launch(
        [
          "log", "--temp", "37.\(attempts % 10)", "--symptom", "chills=1",
          "--note", "attempt \(attempts) " + String(repeating: "·", count: attempts % 300),
        ],
        now: Self.days[attempts % Self.days.count])
      let delay = typical * Double.random(in: 0.3...1.2, using: &random)
      usleep(useconds_t(delay * 1_000_000))
      child.signal(signal)
      switch child.wait() {
      case .exited(0):
        reported += LineAudit.savedIDs(child.output)
        typical *= 0.85
      case .signaled(signal):
        kills += 1
        typical *= 1.05
      case let other: Issue.record("log run \(attempts) ended with \(other): \(child.errors)")
      }
    }
    #expect(kills >= target, "only \(kills) of \(attempts) runs were still running when signalled")

    // Every reported entry is there, and only a last line may be torn.
    var audit = cli.auditLines()
    #expect(audit.damaged.isEmpty, "damaged lines: \(audit.damaged)")
    let shown = try cli.timelineIDs()
    let missing = reported.filter { !shown.contains($0) }
    #expect(missing.isEmpty, "reported saved but missing: \(missing)")
    #expect(Set(audit.entryIDs).isSubset(of: shown))
    #expect(try cli.unreadableLines() == audit.tornTails.count)
    let tornByKills = audit.tornTails.count

    // A torn tail (made here if no kill left one), then one more log: it starts on a fresh line
    // and the torn bytes stay as they were.
    if audit.tornTails.isEmpty {
      let path = cli.mine + "/days/2026/2026-11-22.jsonl"
      let handle = try #require(FileHandle(forWritingAtPath: path))
      try handle.seekToEnd()
      try handle.write(contentsOf: Data(#"{"v":1,"id":"torn-by-the-test","ts":"2026-11"#.utf8))
      try handle.close()
      audit = cli.auditLines()
    }
    let (tornName, _) = try #require(audit.tornTails.first)
    let before = try #require(cli.snapshot()[tornName])
    let day = String(tornName.dropFirst((CLIHarness.mine + "days/2026/").count).prefix(10))
    #expect(try cli.unreadableLines() == audit.tornTails.count)
    let out = try cli.ok(["log", "--note", "after the crashes"], now: day + "T18:00:00+01:00")
    let id = try #require(LineAudit.savedIDs(out).first)
    let after = try #require(cli.snapshot()[tornName])
    #expect(after.prefix(before.count) == before, "the torn bytes are untouched")
    let added = String(decoding: after.dropFirst(before.count), as: UTF8.self)
    #expect(added.hasPrefix("\n{") && added.hasSuffix("}\n") && added.contains(id))
    #expect(added.dropFirst().dropLast().contains("\n") == false, "one whole line was added")
    #expect(try cli.timelineIDs().contains(id))

    print(
      "interrupted writers (signal \(signal)): seed \(seed), \(kills) killed of \(attempts) runs, "
        + "\(reported.count) reported entries all present, \(audit.entryIDs.count) lines "
        + "checked, \(tornByKills) torn tails left by the kills, "
        + String(format: "%.1f s", Date().timeIntervalSince(started)))
  }
}
