import Foundation
import Testing

@testable import JourneyStore

#if canImport(Glibc)
  import Glibc
#endif

/// True when the tests run as root, who ignores file permissions.
let runningAsRoot = geteuid() == 0

/// Runs `body` with a new empty folder (mode 0700) that is removed afterwards, whatever happens.
func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
  var template = Array("/tmp/carejourney-store-test-XXXXXX".utf8CString)
  let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
    guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
    return String(cString: base)
  }
  let path = try #require(made, "mkdtemp failed: \(String(cString: strerror(errno)))")
  defer {
    // Give back any permission a test took away, so the folder can be removed.
    for inside in (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? [] {
      chmod(path + "/" + inside, 0o700)
    }
    try? FileManager.default.removeItem(atPath: path)
  }
  return try body(path)
}

/// The permission bits of `path` (`0o600`), or nil when it cannot be looked at.
func permissions(of path: String) -> mode_t? {
  var info = stat()
  guard lstat(path, &info) == 0 else { return nil }
  return info.st_mode & 0o7777
}

/// The exact bytes of a file.
func bytes(of path: String) throws -> [UInt8] {
  [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// Writes exact bytes, creating the parent folders, without going through the store.
func writeBytes(_ bytes: [UInt8], to path: String) throws {
  let parent = (path as NSString).deletingLastPathComponent
  try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
  try Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// Runs `body` on a thread of its own and waits for it until the deadline: its result, or nil
/// when it is still running then (it blocked; the thread is left behind).
///
/// For "this must never block" checks, which need no process of their own. A forked child of
/// this process, which runs other tests on other threads, can hang on a runtime lock another
/// thread held at the fork: a named-pipe check of `verify` once timed out that way.
func finishing<T: Sendable>(within seconds: Double, _ body: @escaping @Sendable () -> T) -> T? {
  let outcome = ThreadResult<T>()
  let done = DispatchSemaphore(value: 0)
  Thread.detachNewThread {
    let value = body()
    outcome.lock.withLock { outcome.value = value }
    done.signal()
  }
  guard done.wait(timeout: .now() + seconds) == .success else { return nil }
  return outcome.lock.withLock { outcome.value }
}

/// What a thread of ``finishing(within:_:)`` hands back, behind a lock.
private final class ThreadResult<T: Sendable>: @unchecked Sendable {
  let lock = NSLock()
  var value: T?
}

/// How a child process ended.
enum ChildOutcome: Equatable, CustomStringConvertible {
  case exited(Int32)
  case killedBySignal(Int32)
  case timedOut

  var description: String {
    switch self {
    case .exited(let status): "exited with status \(status)"
    case .killedBySignal(let signal): "killed by signal \(signal)"
    case .timedOut: "still running at the deadline, so it was killed"
    }
  }
}

/// Runs `body` in a forked child process and returns how the child ended.
///
/// For what must not happen in the test process, which runs other tests in parallel: lowering a
/// resource limit, changing the umask, resetting a signal. The child calls only code the parent
/// has already run once, then leaves with `_exit` (no test output, no atexit handlers).
///
/// The child first closes the lock files it inherited: another test of this process may hold a
/// data folder's `.lock` open at the moment of the fork, and a `flock` lives as long as any copy
/// of its descriptor, so that test's next lock would fail for as long as the child runs.
func runInChildProcess(deadline seconds: Double = 30, _ body: () -> Int32) -> ChildOutcome {
  waitForChild(startChildProcess(body), deadline: seconds)
}

/// Forks a child that closes its inherited lock files (see ``runInChildProcess(deadline:_:)``)
/// and leaves with `body`'s status; returns its pid, or -1 when it could not be forked.
func startChildProcess(_ body: () -> Int32) -> pid_t {
  let pid = fork()
  if pid == 0 {
    closeInheritedLockFiles()
    _exit(body())
  }
  return pid
}

/// In a forked child: closes every descriptor that is open on a data folder's `.lock`.
func closeInheritedLockFiles() {
  withUnsafeTemporaryAllocation(of: CChar.self, capacity: 4096) { buffer in
    guard let base = buffer.baseAddress else { return }
    for fd in 3..<Int32(1024) {
      let count = readlink("/proc/self/fd/\(fd)", base, 4095)
      guard count > 0 else { continue }
      base[count] = 0
      if String(cString: base).hasSuffix("/.lock") { close(fd) }
    }
  }
}

/// Waits for a child started by ``startChildProcess(_:)`` until the deadline, then kills it.
func waitForChild(_ pid: pid_t, deadline seconds: Double) -> ChildOutcome {
  guard pid > 0 else { return .exited(-1) }
  let end = Date().addingTimeInterval(seconds)
  var status: Int32 = 0
  while waitpid(pid, &status, WNOHANG) != pid {
    if Date() > end {
      kill(pid, SIGKILL)
      waitpid(pid, &status, 0)
      return .timedOut
    }
    usleep(1_000)
  }
  let signal = status & 0x7f
  return signal == 0 ? .exited((status >> 8) & 0xff) : .killedBySignal(signal)
}

/// A child's exit status for the outcome of a store call: 0 for success, 10 + n for error codes.
func exitStatus(_ body: () throws(StoreError) -> Void) -> Int32 {
  do {
    try body()
    return 0
  } catch {
    let codes: [StoreError.Code] = [
      .notWritable, .notReadable, .diskFull, .fileTooLarge, .lockFailed, .invalidLine, .io,
    ]
    return 10 + Int32(codes.firstIndex(of: error.code) ?? 50)
  }
}

/// The exit status ``exitStatus(_:)`` gives for `code`.
func exitStatus(for code: StoreError.Code) -> Int32 {
  exitStatus { () throws(StoreError) in
    throw StoreError(code: code, message: "", path: "")
  }
}

/// Polls `condition` until it holds or `seconds` pass; returns whether it held.
func eventually(within seconds: Double = 10, _ condition: () throws -> Bool) rethrows -> Bool {
  let end = Date().addingTimeInterval(seconds)
  while Date() < end {
    if try condition() { return true }
    usleep(2_000)
  }
  return try condition()
}

/// A data folder's lock, taken as soon as it is free within `seconds`: a child another test of
/// this process forks holds a copy of every descriptor open at the fork until it has closed
/// the lock files among them (``startChildProcess(_:)``), longer when the machine is busy; a
/// single try would fail for that moment. Nil when it stayed taken.
func lockWhenFree(_ directory: DataDirectory, within seconds: Double = 10) throws -> StoreLock? {
  var lock: StoreLock?
  _ = try eventually(within: seconds) {
    lock = try StoreLock.tryExclusiveLock(in: directory)
    return lock != nil
  }
  return lock
}

/// A value shared between threads behind a lock.
final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value

  init(_ value: Value) { self.value = value }

  func withValue<T>(_ body: (inout Value) throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
