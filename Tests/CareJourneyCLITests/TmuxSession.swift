import Foundation
import Testing

/// The built binary in a real terminal: tmux on its own server socket, keys in, screen out.
///
/// Every wait polls with a deadline; nothing sleeps for a fixed time.
final class TmuxSession {
  let socket = "cj-\(UUID().uuidString.prefix(8))"
  let name = "app"
  /// Where the wrapper shell writes the program's exit status (tmux's own report of it is not
  /// reliable when the pane closes before tmux reaps the process).
  let statusFile = FileManager.default.temporaryDirectory
    .appendingPathComponent("cj-status-\(UUID().uuidString)").path

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// Starts `command` in a detached session of the given size with the given environment.
  init(width: Int = 100, height: Int = 30, environment: [String: String], command: [String]) throws
  {
    // remain-on-exit is set before the program starts, so a program that exits at once (an
    // error) still leaves its pane, and its exit status, to read.
    var arguments = [
      "-u", "-f", "/dev/null", "start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
      "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
    ]
    // tmux sets TERM in the pane itself, so the environment goes through env(1).
    let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    // The shell waits for the program, passing signals on (`trap :` resets them in the child),
    // and writes its exit status (128 + signal when a signal ended it).
    let wrapper = ["/bin/sh", "-c", "trap : INT TERM HUP; \"$@\"; echo $? > \(statusFile)", "sh"]
    arguments.append(
      (wrapper + ["/usr/bin/env"] + assignments + command).map(TmuxSession.quote).joined(
        separator: " "))
    // The server that new-session starts outlives the call: it must not hold our pipe open.
    try tmux(arguments, capture: false)
  }

  /// The screens on `cli`'s data directory, with its fixed clock, in an xterm-256color pane of
  /// the given size. A person is remembered in `cli`'s config folder unless `remembering` is
  /// false (then the screens first ask who is typing); `environment` adds to the pane's
  /// (`CAREJOURNEY_LANG`).
  convenience init(
    screensOf cli: CLIHarness, arguments: [String] = [], remembering: Bool = true,
    environment: [String: String] = [:], width: Int = 100, height: Int = 30
  ) throws {
    try self.init(
      width: width, height: height,
      environment: [
        "LANG": "C.UTF-8", "TZ": "Europe/Berlin", "CAREJOURNEY_NOW": cli.now, "HOME": "/tmp",
        "TERM": "xterm-256color", "SWIFT_BACKTRACE": "enable=no",
      ].merging(cli.screensConfig(remembering: remembering)) { $1 }.merging(environment) { $1 },
      command: [CLIHarness.binary.path, "--data", cli.data] + arguments)
  }

  deinit {
    _ = try? tmux(["kill-server"])
    try? FileManager.default.removeItem(atPath: statusFile)
  }

  /// Runs a program and waits for it: the tmux server it may start must see SIGCHLD to learn
  /// its panes' exit statuses, so it starts with no signal blocked (``ChildProcess``).
  static func spawn(_ argv: [String]) -> Int32 {
    guard let child = try? ChildProcess(argv) else { return -1 }
    switch child.wait() {
    case .exited(let status): return status
    case .signaled(let signal): return 128 + signal
    }
  }

  static func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  @discardableResult
  func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["tmux", "-L", socket] + arguments
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    guard capture else {
      // Foundation's Process waits for descriptors the forked tmux server would inherit and
      // keep open; the shell's own wait on the client's pid does not.
      let status = TmuxSession.spawn(["/usr/bin/env", "tmux", "-L", socket] + arguments)
      guard status == 0 else { throw Failure(description: "tmux \(arguments) failed: \(status)") }
      return ""
    }
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// Keys as tmux names them (`Enter`, `Tab`, `C-c`) or literal text with `literal: true`.
  func send(_ keys: String..., literal: Bool = false) throws {
    try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
  }

  func type(_ text: String) throws { try send(text, literal: true) }

  var screen: String { (try? tmux(["capture-pane", "-t", name, "-p"])) ?? "" }

  func value(_ format: String) -> String {
    ((try? tmux(["display-message", "-t", name, "-p", format])) ?? "")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Waits until the screen satisfies `condition`, or fails with the screen as it was.
  ///
  /// The screen counts once a second capture, taken straight after, is the same: a capture
  /// taken while ncurses writes a frame holds part of it (the row waited for, and not yet the
  /// status line drawn after it), and a test reading the rest of the frame would fail.
  @discardableResult
  func waitFor(
    _ what: String, timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = screen
      if condition(last) {
        if screen == last { return last }
        continue
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Failure(description: "timed out waiting for \(what); the screen was:\n\(last)")
  }

  @discardableResult
  func waitFor(_ text: String, timeout: Double = 30) throws -> String {
    try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
  }

  /// Waits until the program has exited; returns its exit status.
  func waitForExit(timeout: Double = 30) throws -> Int {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let data = FileManager.default.contents(atPath: statusFile),
        let status = Int(
          String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return status
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Failure(description: "the program did not exit; the screen was:\n\(screen)")
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
  }
}
