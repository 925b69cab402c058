import CWriteBehind
import Foundation

/// Starts the disk writing of a file a few megabytes behind its writer, on a thread of its
/// own, so the `fsync` that ends a large export waits for its last stretch only.
///
/// Written bytes sit in memory until something sends them to the disk; the kernel did not
/// start on its own, and the `fsync` after the ten-year FHIR export (72 MB) waited about 25 ms
/// with both cores idle. Asking for the writing as the file grows (Linux's `sync_file_range`)
/// overlaps it with the making of the rest. The asking can wait on the disk's queue, so it is
/// done on a thread of its own and never holds up the writer. Durability is unchanged: the
/// file is still fsynced before it is put in place.
///
/// The thread is made only once a file passes ``stride``: a small export has none.
final class WriteBehind: @unchecked Sendable {
  /// How far the writer gets ahead before the bytes behind it are sent.
  static var stride: Int64 { 1 << 22 }

  private let start: @Sendable (_ offset: Int64, _ count: Int64) -> Void
  private let condition = NSCondition()
  /// The writer's side: how far it has told the thread of.
  private var told: Int64 = 0
  private var running = false
  private let stopped = DispatchSemaphore(value: 0)
  /// Under `condition`: how far the file is written, how far its writing was started, and
  /// whether the thread should stop.
  private var written: Int64 = 0
  private var started: Int64 = 0
  private var stopping = false

  /// Sends the bytes of `fd` to the disk as they are written, where the system can.
  convenience init(fd: Int32) {
    self.init { offset, count in
      if cwritebehind_available() == 1 { _ = cwritebehind_start(fd, offset, count) }
    }
  }

  /// `start` is called on the thread with each stretch written since the last, in order.
  init(start: @escaping @Sendable (_ offset: Int64, _ count: Int64) -> Void) {
    self.start = start
  }

  /// The writer has written `total` bytes from the start of the file.
  func wrote(upTo total: Int64) {
    guard total - told >= WriteBehind.stride else { return }
    told = total
    if !running {
      running = true
      Thread.detachNewThread { [self] in run() }
    }
    condition.lock()
    written = total
    condition.signal()
    condition.unlock()
  }

  /// Stops the thread, once what it was told of has been started; the file may be closed
  /// after. Called by the writer when it has written everything, or failed.
  func finish() {
    guard running else { return }
    condition.lock()
    stopping = true
    condition.signal()
    condition.unlock()
    stopped.wait()
    running = false
  }

  private func run() {
    while true {
      condition.lock()
      while !stopping && written == started { condition.wait() }
      let (from, to) = (started, written)
      started = written
      condition.unlock()
      if to > from { start(from, to - from) }
      if to == from { break }
    }
    stopped.signal()
  }
}
