import Foundation
import Testing

/// Journeys written once per test run by real command lines (`demo`, or an `init` and the
/// `med` changes a suite starts from), each kept in a folder of its own, so a test that starts
/// from one gets a fresh copy of the very files those commands write instead of writing them
/// again (the demo is 97 files).
///
/// A journey is keyed by its command lines, the clock and the computer they ran with; the
/// folders are removed when the test process exits.
final class PreparedJourneys: @unchecked Sendable {
  static let shared = PreparedJourneys()

  private let lock = NSLock()
  private var folders: [String: String] = [:]
  /// Where the journeys are kept, one folder per test process.
  let root = FileManager.default.temporaryDirectory
    .appendingPathComponent("carejourney-prepared-\(UUID().uuidString)").path

  private init() {
    atexit {
      try? FileManager.default.removeItem(atPath: PreparedJourneys.shared.root)
    }
  }

  /// The data folder `commands` write, run in this process on a harness of `device` with the
  /// clock at `now`; written by the first caller, the same folder for every later one.
  func folder(
    _ commands: [[String]], now: String, device: String, sourceLocation: SourceLocation
  ) throws -> String {
    let key = "\(device) \(now) \(commands)"
    return try lock.withLock {
      if let folder = folders[key] { return folder }
      var writer = try CLIHarness(device: device)
      writer.now = now
      defer { writer.cleanUp() }
      for command in commands {
        let result = try writer.run(command)
        try #require(
          result.status == 0, "\(command) failed: \(result.stderr)", sourceLocation: sourceLocation)
      }
      let folder = root + "/\(folders.count)"
      try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
      try FileManager.default.moveItem(atPath: writer.data, toPath: folder)
      folders[key] = folder
      return folder
    }
  }
}
