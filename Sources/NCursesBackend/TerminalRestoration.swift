@preconcurrency import CNCursesW

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Gives the terminal back however the process ends while a screen is up.
///
/// `q` ends through `NCursesTerminal.stop()`. The rest is here, as checked in
/// ncurses-on-linux.md §3.3: SIGINT, SIGTERM and SIGHUP restore and exit with 128 + the signal;
/// `exit()` restores through `atexit`; and a crash restores, then hands the signal back to the
/// handler that was there before (the Swift backtracer), so the backtrace prints on the normal
/// screen instead of being lost in the alternate one.
enum TerminalRestoration {
  /// How many ncurses screens are up; the handlers touch ncurses only while one is.
  nonisolated(unsafe) static var screensUp = 0

  /// Ends the process with 128 + the signal, as a shell reports it.
  static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
  /// Passed on to the previous handler after restoring.
  static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]

  nonisolated(unsafe) private static var installed = false

  /// The actions in place before ours, indexed by signal number. Allocated, not an array:
  /// `[sigaction]` does not compile because the name resolves to the function.
  nonisolated(unsafe) fileprivate static let previousActions: UnsafeMutablePointer<sigaction> = {
    let count = 65
    let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: count)
    UnsafeMutableRawPointer(actions).initializeMemory(
      as: UInt8.self, repeating: 0, count: count * MemoryLayout<sigaction>.stride)
    return actions
  }()

  /// Installs the handlers and the `atexit` hook, once per process.
  static func install() {
    guard !installed else { return }
    installed = true
    _ = screensUp  // initialised now, never first inside a handler
    for signal in quitSignals {
      setHandler(restoreThenExit, for: signal, flags: 0, saving: nil)
    }
    for signal in crashSignals {
      // SA_ONSTACK: after a stack overflow only the alternate stack (if any) can run us.
      setHandler(
        restoreThenCrash, for: signal, flags: Int32(SA_ONSTACK),
        saving: previousActions + Int(signal))
    }
    atexit(restoreAtExit)
  }

  private static func setHandler(
    _ handler: @escaping @convention(c) (Int32) -> Void, for signal: Int32, flags: Int32,
    saving previous: UnsafeMutablePointer<sigaction>?
  ) {
    let action = UnsafeMutablePointer<sigaction>.allocate(capacity: 1)
    defer { action.deallocate() }
    UnsafeMutableRawPointer(action).initializeMemory(
      as: UInt8.self, repeating: 0, count: MemoryLayout<sigaction>.stride)
    #if canImport(Glibc)
      action.pointee.__sigaction_handler.sa_handler = handler
    #else
      action.pointee.__sigaction_u.__sa_handler = handler
    #endif
    sigemptyset(&action.pointee.sa_mask)
    action.pointee.sa_flags = flags
    sigaction(signal, action, previous)
  }
}

/// SIGINT, SIGTERM, SIGHUP: leave curses mode, then end as the signal would have.
private func restoreThenExit(_ signal: Int32) {
  if TerminalRestoration.screensUp > 0 {
    cn_bracketed_paste(STDOUT_FILENO, 0)
    endwin()
  }
  _exit(128 + signal)
}

/// A crash: leave curses mode, put the previous handler back, and let it handle the signal.
private func restoreThenCrash(_ signal: Int32) {
  if TerminalRestoration.screensUp > 0 {
    cn_bracketed_paste(STDOUT_FILENO, 0)
    endwin()
  }
  sigaction(signal, TerminalRestoration.previousActions + Int(signal), nil)
  raise(signal)
}

/// `exit()` with a screen still up.
private func restoreAtExit() {
  if TerminalRestoration.screensUp > 0, !isendwin() {
    cn_bracketed_paste(STDOUT_FILENO, 0)
    endwin()
  }
}
