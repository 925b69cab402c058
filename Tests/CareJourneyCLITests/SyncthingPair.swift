import Foundation
import Testing

/// Two real Syncthing instances on loopback, each with its own home and ports, sharing one
/// folder: computer A's data directory and computer B's. Started and stopped by the test;
/// nothing leaves 127.0.0.1 (no discovery, no relays).
final class SyncthingPair {
  /// Where `syncthing` is, or nil when it is not installed (`.ci/run` installs it).
  static let program: String? = {
    for folder in ["/usr/bin", "/usr/local/bin", "/bin"] {
      let path = folder + "/syncthing"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }()

  struct Failure: Error, CustomStringConvertible { var description: String }

  let root: String
  /// The two folders shared: A's and B's data directories.
  let folders: [String]
  private var ids: [String] = []
  private var processes: [ChildProcess?] = [nil, nil]

  /// Generates both homes (keys, certificates) and writes their configuration; starts nothing.
  init(root: String, folders: [String]) throws {
    guard let program = SyncthingPair.program else { throw Failure(description: "no syncthing") }
    self.root = root
    self.folders = folders
    for index in 0..<2 {
      let home = self.home(index)
      let run = try ChildProcess(
        [program, "generate", "--home=\(home)", "--no-default-folder"],
        output: root + "/generate-\(index).log", errors: root + "/generate-\(index).err")
      guard run.wait(timeout: 30) == .exited(0) else {
        run.signal(SIGKILL)
        throw Failure(description: "syncthing generate failed: \(run.errors)")
      }
      let config = try String(contentsOfFile: home + "/config.xml", encoding: .utf8)
      guard let match = config.firstMatch(of: /<device id="([A-Z0-9-]+)"/) else {
        throw Failure(description: "no device id in \(home)/config.xml")
      }
      ids.append(String(match.1))
    }
    let base = Int.random(in: 23_000...40_000)
    for index in 0..<2 {
      try configuration(index, ports: base).write(
        toFile: home(index) + "/config.xml", atomically: true, encoding: .utf8)
    }
  }

  private func home(_ index: Int) -> String { root + "/syncthing-\(index)" }

  /// A's and B's `config.xml`: one send-receive folder watched for changes (a second's
  /// delay), B at a fixed loopback address that A dials every second. Only A dials: when both
  /// dial at once, each may drop the connection the other kept, and on a busy machine the two
  /// then wait out Syncthing's 20 s hello timeout before trying again.
  private func configuration(_ index: Int, ports base: Int) -> String {
    let devices = (0..<2).map { "<device id=\"\(ids[$0])\"></device>" }.joined()
    let addresses = (0..<2).map { device in
      let address = index == 1 && device == 0 ? "dynamic" : "tcp://127.0.0.1:\(base + device)"
      return "<device id=\"\(ids[device])\" name=\"\(device == 0 ? "a" : "b")\">"
        + "<address>\(address)</address></device>"
    }.joined(separator: "\n  ")
    return """
      <configuration version="36">
        <folder id="carejourney" label="carejourney" path="\(folders[index])" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="true" fsWatcherDelayS="1">
          \(devices)
          <maxConflicts>10</maxConflicts>
        </folder>
        \(addresses)
        <gui enabled="true" tls="false"><address>127.0.0.1:\(base + 2 + index)</address><apikey>test</apikey></gui>
        <options>
          <listenAddress>tcp://127.0.0.1:\(base + index)</listenAddress>
          <globalAnnounceEnabled>false</globalAnnounceEnabled>
          <localAnnounceEnabled>false</localAnnounceEnabled>
          <relaysEnabled>false</relaysEnabled>
          <natEnabled>false</natEnabled>
          <startBrowser>false</startBrowser>
          <urAccepted>-1</urAccepted>
          <crashReportingEnabled>false</crashReportingEnabled>
          <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
          <reconnectionIntervalS>1</reconnectionIntervalS>
        </options>
      </configuration>
      """
  }

  /// Starts instance `index` (0: A, 1: B).
  func start(_ index: Int) throws {
    guard let program = SyncthingPair.program, processes[index] == nil else { return }
    processes[index] = try ChildProcess(
      [program, "serve", "--home=\(home(index))", "--no-browser", "--no-restart", "--no-upgrade"],
      environment: ["HOME": root, "STNORESTART": "1", "PATH": "/usr/bin:/bin"],
      output: root + "/serve-\(index).log", errors: root + "/serve-\(index).err")
  }

  /// Stops instance `index` and waits for it (SIGKILL after 10 s).
  func stop(_ index: Int) {
    guard let process = processes[index] else { return }
    process.signal(SIGTERM)
    if process.wait(timeout: 10) == nil {
      process.signal(SIGKILL)
      process.wait()
    }
    processes[index] = nil
  }

  /// Stops both.
  func stopAll() {
    stop(0)
    stop(1)
  }

  /// The last lines of an instance's log, for a failure message.
  func log(_ index: Int) -> String {
    let text = (try? String(contentsOfFile: root + "/serve-\(index).log", encoding: .utf8)) ?? ""
    return String(text.suffix(1500))
  }

  /// Polls `condition` every 100 ms until it holds or `seconds` pass; false at the deadline.
  static func wait(upTo seconds: Double, for condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if try condition() { return true }
      usleep(100_000)
    }
    return try condition()
  }
}
