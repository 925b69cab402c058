import Foundation

/// A program run to its end: how long it took and how it ended.
///
/// Not its peak memory from `wait4`: a child started with `posix_spawn` (or `fork`) is charged
/// the peak of its parent when it calls `exec`, so ten years generated here would show in every
/// child. The children report their own (`CAREJOURNEY_BENCH_MEMORY`).
struct Finished {
  var startedAt: UInt64
  var endedAt: UInt64
  var exitStatus: Int32?
  var signal: Int32?

  var seconds: Double { Double(endedAt - startedAt) / 1e9 }
  var succeeded: Bool { exitStatus == 0 }
}
