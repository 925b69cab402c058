import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `carejourney demo` killed with SIGKILL at seeded random moments: the data folder then holds
/// either the whole demo, byte for byte what a run that finished writes, or no journey at all;
/// never a journey with part of its lines. `CAREJOURNEY_SEED` replays the kill moments.
@Suite(.onWaitingThreads) struct InterruptedDemoTests {
  /// Runs killed (a run is short, so a few cover its whole life).
  static let kills = 12

  @Test func aDemoKilledPartWayLeavesAllOfItOrNoJourney() throws {
    let reference = try CLIHarness()
    defer { reference.cleanUp() }
    let begin = Date()
    let finished = try reference.launch(["demo"])
    #expect(finished.wait() == .exited(0), "\(finished.errors)")
    // How long a whole run takes here, so the kills land across its whole life.
    let typical = Date().timeIntervalSince(begin)
    let whole = Self.visible(reference.snapshot())
    try #require(whole.keys.contains(CLIHarness.mine + "journey.jsonl"))

    let seed = StressCounts.seed()
    var random = SeededGenerator(seed: seed)
    var wholes = 0
    for run in 1...Self.kills {
      let cli = try CLIHarness()
      defer { cli.cleanUp() }
      let child = try cli.launch(["demo"])
      usleep(useconds_t(typical * Double.random(in: 0.2...1.6, using: &random) * 1_000_000))
      child.signal(SIGKILL)
      let ending = child.wait()
      let files = Self.visible(cli.snapshot())
      guard files.keys.contains(where: { $0.hasSuffix("journey.jsonl") }) else { continue }
      let isWhole = files == whole
      if isWhole { wholes += 1 }
      let days = { (files: [String: Data]) in files.keys.filter { $0.contains("/days/") }.count }
      #expect(
        isWhole,
        """
        run \(run) (\(ending), seed \(seed)) left a journey that is not the whole demo: \
        \(days(files)) of \(days(whole)) day files; differing: \
        \(files.filter { whole[$0.key] != $0.value }.keys.sorted().prefix(3))
        """)
    }
    print(
      "interrupted demo: seed \(seed), \(Self.kills) runs killed, \(wholes) left the whole demo, "
        + "the others no journey")
  }

  /// The files but hidden ones (the lock, a start's folder that a kill left behind).
  static func visible(_ files: [String: Data]) -> [String: Data] {
    files.filter { file in !file.key.split(separator: "/").contains { $0.hasPrefix(".") } }
  }
}
