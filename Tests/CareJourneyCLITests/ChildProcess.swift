import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A real process started without waiting for it, so a test can signal it mid-flight.
///
/// `posix_spawn` with no signal blocked or ignored: the test runner's threads block signals, and
/// a child that inherited that mask would never see the SIGTERM a test sends it. Output goes to
/// files, so a killed child never leaves a pipe half-read; no other descriptor is inherited.
final class ChildProcess {
  /// How a process ended.
  enum Ending: Equatable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    var description: String {
      switch self {
      case .exited(let status): "exit \(status)"
      case .signaled(let signal): "signal \(signal)"
      }
    }
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  let pid: pid_t
  private let outputPath: String?
  private let errorPath: String?
  private(set) var ending: Ending?

  /// Starts `argv` (argv[0] a full path) with exactly `environment`; standard output and error
  /// go to the given files (nil: /dev/null), standard input is /dev/null.
  init(
    _ argv: [String], environment: [String: String]? = nil, output: String? = nil,
    errors: String? = nil
  ) throws {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    // Nothing else of the test process: a tmux or Syncthing server that outlives its test must
    // not keep another test's descriptors open (a lock file's flock, or the descriptor on
    // which Foundation learns that a process it started has ended).
    _ = spawnClosingFrom(&actions, 3)
    for (fd, path) in [(Int32(1), output), (2, errors)] {
      posix_spawn_file_actions_addopen(
        &actions, fd, path ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    }
    let cArguments = argv.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    let cEnvironment = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
    defer { for pointer in cEnvironment ?? [] { free(pointer) } }
    var pid = pid_t()
    let status =
      if let cEnvironment {
        posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
      } else {
        posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, environ)
      }
    guard status == 0 else {
      throw Failure(description: "could not start \(argv[0]): \(String(cString: strerror(status)))")
    }
    self.pid = pid
    outputPath = output
    errorPath = errors
  }

  /// Sends `signal`; harmless when the process has already ended.
  func signal(_ signal: Int32) {
    if ending == nil { _ = Glibc.kill(pid, signal) }
  }

  /// Waits for the end (once) and tells how it ended.
  @discardableResult
  func wait() -> Ending {
    if let ending { return ending }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let signal = status & 0x7F
    let result: Ending = signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    ending = result
    return result
  }

  /// Waits up to `seconds` for the end; nil (still running) after that. For a program that
  /// must not hang: the test fails instead of waiting forever.
  func wait(timeout seconds: Double) -> Ending? {
    if let ending { return ending }
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      var status: Int32 = 0
      let done = waitpid(pid, &status, WNOHANG)
      if done == pid {
        let signal = status & 0x7F
        let result: Ending = signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
        ending = result
        return result
      }
      usleep(5_000)
    }
    return nil
  }

  /// What it printed on standard output (read after ``wait()``).
  var output: String { ChildProcess.text(of: outputPath) }

  /// What it printed on standard error (read after ``wait()``).
  var errors: String { ChildProcess.text(of: errorPath) }

  private static func text(of path: String?) -> String {
    guard let path, let data = FileManager.default.contents(atPath: path) else { return "" }
    return String(decoding: data, as: UTF8.self)
  }
}

/// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Glibc's module
/// does not show: the child closes every descriptor from the given one on.
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
private func spawnClosingFrom(
  _ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ from: Int32
) -> Int32
