import Foundation
import Synchronization
import Testing

@testable import carejourney

/// Runs `carejourney` against a temporary data directory: in this process (``run(_:now:environment:)``,
/// the commands' own code with their output caught), or as the built binary where a test needs
/// a process (``spawn(_:now:environment:)``, ``launch(_:now:)``: signals, locks, crashes, tmux,
/// standard input and output).
///
/// The clock is fixed with `CAREJOURNEY_NOW` and the zone with `TZ`, so nothing depends on the
/// machine's clock or time zone.
struct CLIHarness {
  struct Result {
    var status: Int32
    var stdout: String
    /// Standard error without the one warning every run with `CAREJOURNEY_NOW` set prints.
    var stderr: String { CLIHarness.withoutClockWarning(rawStderr) }
    /// Standard error as printed.
    var rawStderr: String
  }

  /// `text` without the line that warns of a fixed clock (`CAREJOURNEY_NOW`), which every run
  /// of the tests prints.
  static func withoutClockWarning(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("warning: CAREJOURNEY_NOW") }.joined(separator: "\n")
  }

  let root: URL
  /// The data directory the runs use (`root/data`; another harness's, for a second computer
  /// on the same folder).
  var data: String
  var now = "2026-11-22T09:00:00+01:00"

  /// The device this harness's "computer" writes as.
  let device: String

  /// A harness whose runs write as `device` (another id makes another computer).
  init(device: String = CLIHarness.device) throws {
    self.device = device
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("carejourney-cli-\(UUID().uuidString)")
    data = root.appendingPathComponent("data").path
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    CLIHarness.removedAtExit.withLock { roots in
      if roots.isEmpty { atexit { CLIHarness.removeAll() } }
      roots.append(root)
    }
    // This "computer" is a device of a known id, so tests can find the files it writes.
    let state = root.appendingPathComponent("state/carejourney")
    try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    try Data(
      "{\"host\":\"host-\(device)\",\"id\":\"\(device)\",\"name\":\"laptop \(device.prefix(4))\"}\n"
        .utf8
    ).write(to: state.appendingPathComponent("device.json"))
  }

  /// The id of the device the runs write as (in `XDG_STATE_HOME`, outside the data directory).
  static let device = "0123456789abcdef"

  /// The folder this computer writes into, relative to the data directory
  /// (`devices/0123456789abcdef/`): its `journey.jsonl` and `days/`.
  static let mine = "devices/\(device)/"

  /// The folder this computer writes into: `data/devices/0123456789abcdef`.
  var mine: String { data + "/devices/" + device }

  func cleanUp() {
    try? FileManager.default.removeItem(at: root)
  }

  /// Every harness's folder, removed when the test process exits: one a test leaves behind
  /// (a harness made by a helper, a test stopped by a failed `#require`) does not stay in the
  /// temporary folder.
  private static let removedAtExit = Mutex<[URL]>([])

  private static func removeAll() {
    for root in removedAtExit.withLock({ $0 }) { try? FileManager.default.removeItem(at: root) }
  }

  /// The binary built beside the test bundle.
  static let binary: URL = {
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var dir = exe.deletingLastPathComponent()
    // The test bundle may sit inside a .xctest folder.
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("carejourney")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return exe.deletingLastPathComponent().appendingPathComponent("carejourney")
  }()

  /// The environment every run gets: a fixed clock and zone, and a home inside `root`.
  func environment(now: String? = nil) -> [String: String] {
    [
      "PATH": "/usr/bin:/bin", "HOME": root.path, "TZ": "Europe/Berlin", "USER": "tester",
      "CAREJOURNEY_NOW": now ?? self.now, "LANG": "C.UTF-8", "XDG_CONFIG_HOME": configHome,
      "XDG_STATE_HOME": root.appendingPathComponent("state").path,
    ]
  }

  /// The config folder the runs get (where the person at the keyboard is remembered).
  var configHome: String { root.appendingPathComponent("config").path }

  /// What the screens in tmux add to their environment: this harness's config folder, with a
  /// person already remembered there (as after the first start, which asks who is typing), so
  /// they open on their screen; `remembering: false` leaves the folder empty.
  func screensConfig(remembering: Bool = true) -> [String: String] {
    if remembering, !FileManager.default.fileExists(atPath: configHome + "/carejourney/person.toml")
    {
      try? remember(role: "patient", name: "tester")
    }
    return [
      "XDG_CONFIG_HOME": configHome, "XDG_STATE_HOME": root.appendingPathComponent("state").path,
    ]
  }

  /// Remembers who uses this "computer", as the screens do when first asked.
  func remember(role: String, name: String) throws {
    let folder = configHome + "/carejourney"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "role = \"\(role)\"\nname = \"\(name)\"\n".write(
      toFile: folder + "/person.toml", atomically: true, encoding: .utf8)
  }

  /// Starts the binary without waiting, its output in files under `root`, so a test can run
  /// several at once or signal one mid-flight.
  func launch(_ arguments: [String], now: String? = nil) throws -> ChildProcess {
    try launch(program: [CLIHarness.binary.path, "--data", data] + arguments, now: now)
  }

  /// Starts any program (a shell running the binary) with the harness's environment.
  func launch(program argv: [String], now: String? = nil) throws -> ChildProcess {
    let name = root.appendingPathComponent("run-\(UUID().uuidString.prefix(8))").path
    return try ChildProcess(
      argv, environment: environment(now: now), output: name + ".out", errors: name + ".err")
  }

  /// Runs one command line in this process, as the binary would run it: the same parsing,
  /// commands, refusals and exit status, with standard output and error caught, no standard
  /// input, and neither stream a terminal.
  @discardableResult
  func run(_ arguments: [String], now: String? = nil, environment: [String: String] = [:])
    throws -> Result
  {
    let variables = self.environment(now: now).merging(environment) { $1 }
    let out = OutputBuffer()
    let err = OutputBuffer()
    let console = Console(
      environment: variables,
      timeZone: variables["TZ"].flatMap(TimeZone.init(identifier:)) ?? .current,
      currentDirectory: root.path, out: { out.append($0) }, err: { err.append($0) },
      input: { Data() }, outputIsTerminal: false, inputIsTerminal: false)
    let status = Console.$current.withValue(console) {
      CareJourney.run(["--data", data] + arguments)
    }
    return Result(status: status, stdout: out.text, rawStderr: err.text)
  }

  /// Runs the built binary as a real process: for what only a process shows (its exit status
  /// as the shell sees it, what it prints to real streams).
  @discardableResult
  func spawn(_ arguments: [String], now: String? = nil, environment: [String: String] = [:])
    throws -> Result
  {
    let process = Process()
    process.executableURL = CLIHarness.binary
    process.arguments = ["--data", data] + arguments
    process.environment = self.environment(now: now).merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      rawStderr: String(decoding: errData, as: UTF8.self))
  }

  /// Gives this harness the journey `commands` write (each must succeed), as if they had just
  /// run here with its computer and its clock (or `now`): a copy of the files they wrote once
  /// for the whole test run (``PreparedJourneys``). The data directory must not exist yet.
  func prepare(
    _ commands: [[String]], now: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let folder = try PreparedJourneys.shared.folder(
      commands, now: now ?? self.now, device: device, sourceLocation: sourceLocation)
    try FileManager.default.copyItem(atPath: folder, toPath: data)
  }

  /// Runs and requires success, returning standard output.
  @discardableResult
  func ok(
    _ arguments: [String], now: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
  )
    throws -> String
  {
    let result = try run(arguments, now: now)
    #expect(
      result.status == 0, "\(arguments) failed: \(result.stderr)", sourceLocation: sourceLocation)
    return result.stdout
  }

  /// Parses JSON output.
  func json(_ arguments: [String], now: String? = nil) throws -> Any {
    let text = try ok(arguments, now: now)
    return try JSONSerialization.jsonObject(with: Data(text.utf8))
  }

  /// Every file under the data directory with its bytes, to prove a refusal wrote nothing.
  func snapshot() -> [String: Data] {
    var files: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: data) else { return files }
    for case let path as String in walker {
      let full = data + "/" + path
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        files[path] = FileManager.default.contents(atPath: full)
      }
    }
    return files
  }
}

/// Text written from any thread, kept in order.
final class OutputBuffer: @unchecked Sendable {
  private let lock = NSLock()
  private var chunks: [String] = []

  func append(_ text: String) { lock.withLock { chunks.append(text) } }
  var text: String { lock.withLock { chunks.joined() } }
}
