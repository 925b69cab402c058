import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Several terminals writing to one journey at once: every line whole, none lost, none
/// interleaved, and a journey event that became illegal while it waited for the lock refused.
@Suite(.onWaitingThreads) struct ConcurrentWriterTests {
  /// Four shell loops of `carejourney log`, all started before any is waited for.
  /// Counts: 4 × 20 by default, 4 × 500 with `CAREJOURNEY_STRESS=full`.
  @Test func fourWritersAtOnceKeepEveryEntry() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-11-01T09:00:00+01:00")
    let count = StressCounts.entriesPerWriter
    let started = Date()
    let loop = """
      i=0; while [ $i -lt \(count) ]; do
        "$0" --data "$1" log --note "writer $2 entry $i" || exit 1; i=$((i+1)); done
      """
    let writers = try (1...4).map { writer in
      try cli.launch(program: [
        "/bin/sh", "-c", loop, CLIHarness.binary.path, cli.data, "\(writer)",
      ])
    }
    for writer in writers {
      #expect(writer.wait() == .exited(0), "\(writer.errors)")
    }
    let reported = writers.flatMap { LineAudit.savedIDs($0.output) }
    #expect(reported.count == 4 * count)
    #expect(Set(reported).count == 4 * count)

    let audit = cli.auditLines()
    #expect(audit.damaged.isEmpty, "damaged lines: \(audit.damaged.prefix(5))")
    #expect(audit.tornTails.isEmpty)
    #expect(audit.entryIDs.sorted() == reported.sorted())
    #expect(try cli.timelineIDs().isSuperset(of: reported))
    #expect(try cli.unreadableLines() == 0)

    // Each writer's entries are in the file in the order it wrote them.
    let day = String(
      decoding: cli.snapshot()[CLIHarness.mine + "days/2026/2026-11-22.jsonl"] ?? Data(),
      as: UTF8.self)
    for writer in 1...4 {
      let order = day.split(separator: "\n").compactMap { line -> Int? in
        guard let range = line.range(of: "writer \(writer) entry ") else { return nil }
        return Int(line[range.upperBound...].prefix { $0.isNumber })
      }
      #expect(order == Array(0..<count), "writer \(writer)'s entries out of order")
    }
    print(
      "four writers: \(4 * count) entries, all whole and readable, "
        + String(format: "%.1f s", Date().timeIntervalSince(started)))
  }

  /// Two commands that cannot both happen, both started while the lock is held, so both have read
  /// the journey before either writes; two logs wait alongside them.
  struct Race: CustomTestStringConvertible, Sendable {
    let name: String
    let command: [String]
    let refusal: String
    let check: [String]
    var testDescription: String { name }
  }

  static let races = [
    Race(
      name: "two leukapheresis advances", command: ["advance", "leukapheresis"],
      refusal: "leukapheresis", check: ["phase", "leukapheresis"]),
    Race(
      name: "two signatures of one milestone",
      command: ["--role", "nurse", "--name", "Ana Weber", "sign", "eligibility-confirmed"],
      refusal: "already signed", check: []),
  ]

  @Test(arguments: races)
  func conflictingEventsOneWinsOneIsRefused(race: Race) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-11-01T09:00:00+01:00")
    let journeyBefore = try #require(cli.snapshot()[CLIHarness.mine + "journey.jsonl"])

    let lock = open(cli.data + "/.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    try #require(lock >= 0 && flock(lock, LOCK_EX) == 0)
    let events = try (0..<2).map { _ in try cli.launch(race.command) }
    let logs = try (0..<2).map { try cli.launch(["log", "--note", "while racing \($0)"]) }
    try waitForBlockedLockers(4, on: cli.data + "/.lock")
    close(lock)  // O_CLOEXEC above: a child holding a copy would keep the lock held

    let endings = events.map { $0.wait() }
    for log in logs { #expect(log.wait() == .exited(0), "\(log.errors)") }
    #expect(endings.filter { $0 == .exited(0) }.count == 1, "endings: \(endings)")
    let loser = try #require(events.first { $0.wait() != .exited(0) })
    #expect(loser.errors.contains(race.refusal), "refused with: \(loser.errors)")

    let journeyAfter = try #require(cli.snapshot()[CLIHarness.mine + "journey.jsonl"])
    let added = String(decoding: journeyAfter.dropFirst(journeyBefore.count), as: UTF8.self)
    #expect(journeyAfter.prefix(journeyBefore.count) == journeyBefore)
    #expect(added.split(separator: "\n").count == 1, "one event written: \(added)")
    let audit = cli.auditLines()
    #expect(audit.damaged.isEmpty && audit.tornTails.isEmpty)
    #expect(audit.entryIDs.count == 2)
    let status = try #require(try cli.json(["status", "--json"]) as? [String: Any])
    #expect(status["unreadableLines"] as? Int == 0)
    if race.check.count == 2 { #expect(status[race.check[0]] as? String == race.check[1]) }
  }

  /// Waits until `count` flock requests are blocked on the file (from /proc/locks).
  func waitForBlockedLockers(_ count: Int, on path: String) throws {
    var info = stat()
    try #require(stat(path, &info) == 0)
    let inode = ":\(info.st_ino) "
    let deadline = Date().addingTimeInterval(30)
    var blocked = 0
    while Date() < deadline {
      let locks = (try? String(contentsOfFile: "/proc/locks", encoding: .utf8)) ?? ""
      blocked =
        locks.split(separator: "\n").filter { $0.contains("->") && $0.contains(inode) }.count
      if blocked >= count { return }
      usleep(20_000)
    }
    Issue.record("only \(blocked) of \(count) processes waited for the lock")
  }
}
