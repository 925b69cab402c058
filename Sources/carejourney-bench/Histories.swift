import Foundation
import JourneyCore
import JourneyStore

/// Data directories holding synthetic histories, written through the real store.
enum Histories {
  /// Writes a history of `days` days ending `today` into `directory` (which must not exist):
  /// the protocol copy, the journey's events, then every entry, as `init`, `sign`, `log`,
  /// `visit`, `med` and `amend` would have written them.
  ///
  /// The store syncs every new file; to keep that from taking minutes for 3,650 day files, the
  /// history is written in `stage` (a memory file system, when there is one) and then copied.
  static func write(
    days: Int, today: LocalDate, seed: UInt64, into directory: String, stage: String?
  ) throws -> (entries: Int, dayFiles: Int) {
    guard let text = CareProtocol.builtInText(named: "cd19-sle"),
      let care = try CareProtocol.builtIn(named: "cd19-sle")
    else { throw BenchError("the built-in protocol cd19-sle is missing") }
    let history = SyntheticHistory(days: days, today: today, seed: seed, protocol: care)
    let target = stage.map { $0 + "/" + (directory as NSString).lastPathComponent } ?? directory
    let store = JourneyStore(directory: DataDirectory(root: target))
    try store.writeNewFile(store.protocolFile, contents: text)
    try store.recordEvents { _ in history.events }
    try store.appendEntries(history.entries)
    if target != directory {
      try copyTree(from: target, to: directory)
      try FileManager.default.removeItem(atPath: target)
    }
    let dayFiles = Set(history.entries.map(\.observedAt.date)).count
    return (history.entries.count, dayFiles)
  }

  /// A writable memory file system for staging, if the machine has one.
  static func memoryStage() -> String? {
    let shm = "/dev/shm"
    guard FileManager.default.isWritableFile(atPath: shm) else { return nil }
    let path = shm + "/carejourney-bench-\(getpid())"
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
      return path
    } catch {
      return nil
    }
  }

  /// Copies folders (0700) and files (0600) as they are.
  static func copyTree(from source: String, to destination: String) throws {
    let manager = FileManager.default
    try manager.createDirectory(
      atPath: destination, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]
    )
    for name in try manager.contentsOfDirectory(atPath: source) {
      let from = source + "/" + name
      let to = destination + "/" + name
      var isDirectory: ObjCBool = false
      _ = manager.fileExists(atPath: from, isDirectory: &isDirectory)
      if isDirectory.boolValue {
        try copyTree(from: from, to: to)
      } else {
        guard let data = manager.contents(atPath: from),
          manager.createFile(atPath: to, contents: data, attributes: [.posixPermissions: 0o600])
        else { throw BenchError("could not copy \(from) to \(to)") }
      }
    }
  }
}
