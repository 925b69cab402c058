import Foundation
import Testing

/// The built binary in a real terminal: tmux on its own server socket, keys in, screen out.
///
/// Every wait polls with a deadline; nothing sleeps for a fixed time.
final class TmuxSession {
  let socket = "cj-\(UUID().uuidString.prefix(8))"
  let name = "app"

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// Starts `command` in a detached session of the given size with the given environment.
  init(width: Int = 100, height: Int = 30, environment: [String: String], command: [String]) throws {
    var arguments = ["-u", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)"]
    // tmux sets TERM in the pane itself, so the environment goes through env(1).
    let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    arguments.append((["/usr/bin/env"] + assignments + command).map(TmuxSession.quote).joined(separator: " "))
    try tmux(arguments)
    try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
  }

  deinit {
    _ = try? tmux(["kill-server"])
  }

  static func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["tmux", "-L", socket] + arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
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
  @discardableResult
  func waitFor(
    _ what: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = screen
      if condition(last) { return last }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Failure(description: "timed out waiting for \(what); the screen was:\n\(last)")
  }

  @discardableResult
  func waitFor(_ text: String, timeout: Double = 10) throws -> String {
    try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
  }

  /// Waits until the program has exited; returns its exit status.
  func waitForExit(timeout: Double = 10) throws -> Int {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if value("#{pane_dead}") == "1" { return Int(value("#{pane_dead_status}")) ?? -1 }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Failure(description: "the program did not exit; the screen was:\n\(screen)")
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
  }
}
