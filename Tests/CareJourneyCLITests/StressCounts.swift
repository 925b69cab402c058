import Foundation

/// How hard the abuse tests push: small by default so `swift test` stays quick, the issue's
/// full counts with `CAREJOURNEY_STRESS=full` (README, "Your data", says which run where).
enum StressCounts {
  static let isFull = ProcessInfo.processInfo.environment["CAREJOURNEY_STRESS"] == "full"

  /// Writers killed with SIGKILL at random moments over one data directory.
  static var kills: Int { isFull ? 200 : 12 }
  /// Writers ended with SIGTERM, SIGINT or SIGHUP in the middle of a burst of logs.
  static var gentleKills: Int { isFull ? 60 : 5 }
  /// Entries each of the four concurrent writers logs.
  static var entriesPerWriter: Int { isFull ? 500 : 20 }

  /// `CAREJOURNEY_SEED` to replay a run, else a fresh seed (printed by the test that uses it).
  static func seed() -> UInt64 {
    ProcessInfo.processInfo.environment["CAREJOURNEY_SEED"].flatMap { UInt64($0) }
      ?? UInt64.random(in: 1...UInt64(UInt32.max))
  }
}

/// SplitMix64: the same seed gives the same kill moments.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
