import Foundation
import TerminalUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Timings of the screens for `carejourney-bench`; nothing happens unless its environment
/// variables are set.
///
/// - `CAREJOURNEY_BENCH_FIRST_FRAME=FILE`: once the first frame is drawn, writes `frame NS` to
///   FILE and leaves the screens, as `q` would.
/// - `CAREJOURNEY_BENCH_TIMINGS=FILE`: appends `frame NS` after the first frame, `key READ DRAWN`
///   after the frame of each key (when the key was read, when its frame was drawn), and
///   `loaded NS` once the whole history has been read.
///
/// NS are nanoseconds of the monotonic clock, which the benchmark shares, so it can subtract
/// the moment it started the program or typed the key.
///
/// And for any command, `CAREJOURNEY_BENCH_MEMORY=FILE`: at exit, appends `memory KB`, the
/// process's peak resident memory (`VmHWM`). Not `getrusage`: a program started with
/// `posix_spawn` is charged the peak of the program that started it.
public final class BenchmarkProbe: TerminalBackend {
  let terminal: any TerminalBackend
  /// True when the screens close after the first frame.
  public let firstFrameOnly: Bool
  private let descriptor: Int32
  private var framesDrawn = 0
  private var keyReadAt: UInt64?

  /// Nil unless the benchmark asked for timings.
  public init?(environment: [String: String], terminal: any TerminalBackend) {
    let firstFrame = environment["CAREJOURNEY_BENCH_FIRST_FRAME"].flatMap { $0.isEmpty ? nil : $0 }
    let timings = environment["CAREJOURNEY_BENCH_TIMINGS"].flatMap { $0.isEmpty ? nil : $0 }
    guard let path = firstFrame ?? timings else { return nil }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return nil }
    self.terminal = terminal
    self.descriptor = descriptor
    firstFrameOnly = firstFrame != nil
  }

  deinit { close(descriptor) }

  static func now() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
  }

  private func record(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
  }

  /// Notes that every day file has been read.
  public func historyLoaded() {
    record("loaded \(BenchmarkProbe.now())")
  }

  public var size: Size { terminal.size }
  public var closed: Bool { terminal.closed }

  public func draw(_ buffer: CellBuffer, theme: Theme) {
    terminal.draw(buffer, theme: theme)
    let drawn = BenchmarkProbe.now()
    framesDrawn += 1
    if framesDrawn == 1 { record("frame \(drawn)") }
    if let read = keyReadAt {
      record("key \(read) \(drawn)")
      keyReadAt = nil
    }
  }

  public func readKey(timeoutMilliseconds: Int) -> Key? {
    let key = terminal.readKey(timeoutMilliseconds: timeoutMilliseconds)
    if key != nil { keyReadAt = BenchmarkProbe.now() }
    return key
  }
}

extension BenchmarkProbe {
  /// Where `CAREJOURNEY_BENCH_MEMORY` asks for the peak memory at exit; set once at start.
  nonisolated(unsafe) private static var memoryFile: String?

  /// Arranges for the peak resident memory to be written at exit when the benchmark asks.
  public static func recordPeakMemoryAtExit(environment: [String: String]) {
    guard let path = environment["CAREJOURNEY_BENCH_MEMORY"], !path.isEmpty else { return }
    memoryFile = path
    atexit {
      guard let path = BenchmarkProbe.memoryFile,
        let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kilobytes = line.split(separator: " ").dropFirst().first
      else { return }
      let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else { return }
      let bytes = Array("memory \(kilobytes)\n".utf8)
      _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      close(descriptor)
    }
  }
}
