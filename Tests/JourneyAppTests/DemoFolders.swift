import Foundation
import JourneyApp
import JourneyCore
import JourneyStore

/// The demo journey's data folder, written once for each moment and copied for each
/// ``ScreensHarness``: writing it makes every line durable one at a time, which the screen
/// tests, opening the demo dozens of times, need only once. The copies are the same files;
/// the originals are removed when the tests end.
final class DemoFolders: @unchecked Sendable {
  static let shared = DemoFolders()

  private let lock = NSLock()
  private var folders: [Timestamp: String] = [:]
  private let root = FileManager.default.temporaryDirectory
    .appendingPathComponent("carejourney-demo-\(UUID().uuidString)").path

  private init() {
    atexit { try? FileManager.default.removeItem(atPath: DemoFolders.shared.root) }
  }

  /// Copies the demo journey, as `writeDemo` writes it at `now`, to `data` (which must not
  /// exist yet).
  func copy(at now: Timestamp, to data: String) throws {
    let source = try lock.withLock { () throws -> String in
      if let folder = folders[now] { return folder }
      let folder = root + "/\(folders.count)"
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let context = AppContext(
        store: JourneyStore(directory: DataDirectory(root: folder + "/data")),
        clock: .fixed(
          now,
          timeZone: TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600)!),
        ids: .counting(prefix: "t"), environment: ["HOME": folder, "USER": "tester"],
        config: ConfigFolder(root: folder + "/config"), remembered: nil, role: .patient,
        name: "Maria Santos")
      try context.writeDemo()
      folders[now] = folder + "/data"
      return folder + "/data"
    }
    try FileManager.default.copyItem(atPath: source, toPath: data)
  }
}
