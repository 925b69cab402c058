import Foundation
import JourneyCore
import JourneyStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Notices when another terminal or another computer (through a sync tool) wrote to the
/// journey: every device's journey file and today's and yesterday's day files, and the folders
/// a new device's folder or a sync tool's conflict copy appears in, by size and modification
/// time (cheap enough to check twice a second).
struct ChangeWatcher {
  let store: JourneyStore
  var seen: [String: [Int]] = [:]

  init(store: JourneyStore, today: LocalDate) {
    self.store = store
    remember(today: today)
  }

  func paths(today: LocalDate) -> [String] {
    let directory = store.directory
    var paths = [directory.root, directory.devicesDirectory]
    for home in directory.homes().homes {
      let folder = home.folder
      paths += [
        folder.root, folder.journeyFile, folder.dayFile(for: today),
        folder.dayFile(for: today.adding(days: -1)),
        folder.daysDirectory + "/" + today.description.prefix(4),
      ]
    }
    return paths
  }

  /// The signature of a file that is not there.
  static let missing = [-1]

  /// The signatures of several files, one after another.
  static func signature(_ paths: [String]) -> [Int] {
    paths.flatMap { signature($0) }
  }

  static func signature(_ path: String) -> [Int] {
    var info = stat()
    guard stat(path, &info) == 0 else { return missing }
    return [
      Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_ino),
    ]
  }

  /// True when any watched file changed since last asked (or remembered).
  mutating func changed(today: LocalDate) -> Bool {
    var changed = false
    for path in paths(today: today) {
      let now = ChangeWatcher.signature(path)
      if seen[path, default: [-1]] != now { changed = true }
      seen[path] = now
    }
    return changed
  }

  /// Takes our own writes as seen, so they do not count as another terminal's.
  mutating func remember(today: LocalDate) {
    for path in paths(today: today) { seen[path] = ChangeWatcher.signature(path) }
  }
}
