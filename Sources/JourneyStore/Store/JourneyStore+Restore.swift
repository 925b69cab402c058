import Foundation
import JourneyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension JourneyStore {
  /// A data folder that already holds something, so a journey cannot be restored into it.
  public struct NotEmpty: Error, Equatable, CustomStringConvertible {
    public let root: String
    /// What is there (sorted names).
    public let names: [String]

    public var description: String {
      let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", ..." : "")
      return "\(root) already holds files (\(shown)): import only into a new or empty folder, "
        + "e.g. --data \(root)-imported; nothing was written"
    }
  }

  /// Refuses (``NotEmpty``) when the data folder holds anything but its lock file: a journey is
  /// restored only into a new or empty folder. A missing folder is fine, and is not created.
  public func checkEmpty() throws {
    let lock = directory.relative(directory.lockFile)
    let names = (try FileSystem.entries(of: directory.root) ?? []).filter { $0 != lock }.sorted()
    guard names.isEmpty else { throw NotEmpty(root: directory.root, names: names) }
  }

  /// Writes a whole journey (a backup being restored) into the data folder, which must be
  /// missing or hold nothing but its lock file.
  ///
  /// Everything goes through the usual writes (``writeNewFile(_:contents:)``,
  /// ``recordEvents(_:)``, ``appendEntries(_:)``), so every line is chained afresh, into a hidden
  /// folder inside the data folder; ``Verifier`` checks it; the folder is made durable at once
  /// (one sync, not one per day file: ten years took 20 to 35 seconds that way); only then are
  /// the protocol, the day files and, last, `journey.jsonl` renamed into place. A failure
  /// removes what was written (and the data folder, when this call made it), and a crash
  /// part-way leaves no journey, only the hidden folder. The data folder's lock is held
  /// throughout, so no other window writes meanwhile.
  public func restore(protocolText: String?, events: [JourneyEvent], entries: [Entry]) throws {
    // A file size limit must fail the write (and be undone), not kill the process part-way.
    LineFile.ignoreFileSizeSignal()
    let existed = FileSystem.isDirectory(directory.root)
    do {
      try StoreLock.withExclusiveLock(in: directory) {
        try checkEmpty()
        try restoreUnderLock(protocolText: protocolText, events: events, entries: entries)
      }
    } catch {
      let lock = directory.relative(directory.lockFile)
      if !existed, (try? FileSystem.entries(of: directory.root)) == [lock] {
        unlink(directory.lockFile)
        rmdir(directory.root)
      }
      throw error
    }
  }

  /// The writes of ``restore(protocolText:events:entries:)``, the lock held and the folder empty.
  private func restoreUnderLock(
    protocolText: String?, events: [JourneyEvent], entries: [Entry]
  ) throws {
    let root = directory.root
    let hidden = "/.import-" + String(UInt64.random(in: 1...UInt64.max), radix: 16)
    let staging = JourneyStore(
      directory: DataDirectory(root: root + hidden), syncsEachWrite: false)
    let from = staging.directory.root
    defer { try? FileManager.default.removeItem(atPath: from) }
    // The journey file last: the folder holds a journey only once all of it is there.
    let parts = [protocolFile, directory.daysDirectory, directory.journeyFile].map {
      directory.relative($0)
    }
    var placed: [String] = []
    do {
      if let protocolText {
        try staging.writeNewFile(staging.protocolFile, contents: protocolText)
      }
      try staging.recordEvents { _ in events }
      try staging.appendEntries(entries)
      if let problem = Verifier(directory: staging.directory).verify().problems.first {
        throw StoreError(
          code: .io,
          message: tr(
            "The restored journey did not verify (%1$s line %2$s: %3$s), so nothing was written; "
              + "this is a bug, please report it.", problem.file, String(problem.line),
            problem.reason),
          path: from)
      }
      try FileSystem.syncTree(from)
      for part in parts where FileManager.default.fileExists(atPath: from + "/" + part) {
        guard rename(from + "/" + part, root + "/" + part) == 0 else {
          throw StoreError(errno: errno, path: root + "/" + part, action: .create)
        }
        placed.append(part)
      }
      try FileSystem.syncDirectory(root)
    } catch {
      for part in placed { try? FileManager.default.removeItem(atPath: root + "/" + part) }
      throw error
    }
  }
}
