import Foundation

/// A child process, started with `posix_spawn` on a pseudo-terminal or with plain files.
final class Child {
  let pid: pid_t
  let startedAt: UInt64
  /// The pseudo-terminal's controlling side, when the child runs on one.
  let master: Int32?

  /// Starts `argv` (argv[0] a full path) with exactly `environment`.
  ///
  /// - `terminal`: run on a new pseudo-terminal (a session of its own, the terminal as standard
  ///   input, output and error); the caller reads what it draws from ``master``.
  /// - otherwise standard input is /dev/null and output goes to `output` (nil: /dev/null).
  init(_ argv: [String], environment: [String: String], terminal: Bool, output: String? = nil)
    throws
  {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var master: Int32?
    if terminal {
      let (fd, name) = try PseudoTerminal.open()
      master = fd
      // A session of its own: opening the terminal then makes it the controlling terminal.
      flags |= PseudoTerminal.spawnSetSID
      posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
      posix_spawn_file_actions_adddup2(&actions, 0, 1)
      posix_spawn_file_actions_adddup2(&actions, 0, 2)
    } else {
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_addopen(
        &actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    posix_spawnattr_setflags(&attributes, Int16(flags))
    let cArguments = argv.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in cEnvironment { free(pointer) } }
    var pid = pid_t()
    let started = monotonicNanoseconds()
    let status = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
    guard status == 0 else {
      if let master { close(master) }
      throw BenchError("could not start \(argv[0]): \(String(cString: strerror(status)))")
    }
    self.pid = pid
    self.master = master
    startedAt = started
  }

  deinit {
    if let master { close(master) }
  }

  /// Reads and drops what the child drew, waiting up to `milliseconds` for some; false once the
  /// terminal is closed (the child ended).
  @discardableResult
  func drain(milliseconds: Int32) -> Bool {
    guard let master else { return false }
    var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&poller, 1, milliseconds) > 0 else { return true }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    let count = read(master, &buffer, buffer.count)
    return count > 0
  }

  /// Types bytes on the child's terminal.
  func type(_ bytes: [UInt8]) {
    guard let master else { return }
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Waits for the end, reading the terminal meanwhile so the child never blocks on a full one.
  func wait(deadlineSeconds: Double = 60) throws -> Finished {
    let deadline = monotonicNanoseconds() + UInt64(deadlineSeconds * 1e9)
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, master == nil ? 0 : WNOHANG)
      if result == pid { break }
      if result < 0 && errno != EINTR {
        throw BenchError("waiting for \(pid): \(String(cString: strerror(errno)))")
      }
      if monotonicNanoseconds() > deadline {
        kill(pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
        throw BenchError("the program did not finish within \(Int(deadlineSeconds)) s")
      }
      if !drain(milliseconds: 1) { usleep(200) }
    }
    let ended = monotonicNanoseconds()
    let exited = status & 0x7f == 0
    return Finished(
      startedAt: startedAt, endedAt: ended, exitStatus: exited ? (status >> 8) & 0xff : nil,
      signal: exited ? nil : status & 0x7f)
  }

  /// Runs a program to its end without a terminal.
  static func run(
    _ argv: [String], environment: [String: String], output: String? = nil
  ) throws -> Finished {
    try Child(argv, environment: environment, terminal: false, output: output).wait()
  }
}
