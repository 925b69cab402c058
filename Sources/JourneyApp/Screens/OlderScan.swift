import Foundation
import JourneyCore
import JourneyStore
import TerminalUI

/// The day files the first frame was drawn without, read on a thread of their own: first the
/// recent days' (as entries), then the older days' (into an ``OlderHistory``).
final class OlderScan: @unchecked Sendable {
  private let lock = NSLock()
  private var recentFiles: [String: DayFile]?
  private var olderRows: Result<OlderHistory, any Error>?

  /// Starts reading. `alreadyRead` lists the recent files read for the first frame; nil when
  /// the recent days are all read and only the older ones are wanted. The rows' words are in
  /// `language` (a thread of its own does not inherit ``Language/current``).
  init(
    store: JourneyStore, journey: Journey, care: CareProtocol, recentFrom: LocalDate,
    alreadyRead: Set<String>?, language: Language
  ) {
    Thread.detachNewThread { [self] in
      Language.$current.withValue(language) {
        read(
          store: store, journey: journey, care: care, recentFrom: recentFrom,
          alreadyRead: alreadyRead)
      }
    }
  }

  /// Reads the recent days' files, then the older days' rows, each kept as it is done.
  private func read(
    store: JourneyStore, journey: Journey, care: CareProtocol, recentFrom: LocalDate,
    alreadyRead: Set<String>?
  ) {
    let listing = store.directory.dayFiles().files
    var recent: [String: DayFile] = [:]
    if let alreadyRead {
      for file in listing where file.date >= recentFrom && !alreadyRead.contains(file.path) {
        let signature = ChangeWatcher.signature(file.path)
        recent[file.path] = OlderScan.readOrCount(
          file.path, date: file.date, signature: signature, store: store)
      }
    }
    lock.withLock { recentFiles = recent }
    let older = Result {
      try OlderScan.rows(
        listing.filter { $0.date < recentFrom }, store: store, journey: journey, care: care)
    }
    lock.withLock { olderRows = older }
  }

  /// The recent days' files, once read.
  var recent: [String: DayFile]? { lock.withLock { recentFiles } }

  /// The older days, once read.
  var older: Result<OlderHistory, any Error>? { lock.withLock { olderRows } }

  /// Whether there is a step finished that has not been taken.
  func hasNews(recentTaken: Bool) -> Bool {
    lock.withLock { (!recentTaken && recentFiles != nil) || olderRows != nil }
  }

  /// One day file, as the screens keep it; one that cannot be read (its permissions, a disk
  /// error) counts as one unreadable line, so the banner sends to `carejourney verify`, which
  /// names it, and the other days are still shown.
  static func readOrCount(
    _ path: String, date: LocalDate, signature: [Int], store: JourneyStore
  ) -> DayFile {
    guard let (entries, problems) = try? store.readDayFile(path) else {
      return DayFile(date: date, signature: signature, entries: [], unreadable: 1)
    }
    return DayFile(
      date: date, signature: signature, entries: entries,
      unreadable: LineProblem.lineCount(problems))
  }

  /// The rows of the older days' files, oldest first, one day at a time.
  static func rows(
    _ files: [(date: LocalDate, path: String)], store: JourneyStore, journey: Journey,
    care: CareProtocol
  ) throws -> OlderHistory {
    var builder = OlderHistory.Builder(journey: journey, care: care)
    // Room for every row at once (a line is about 250 bytes): growing the rows' array by
    // doubling would briefly hold it twice, the largest part of the screens' peak memory.
    var bytes = 0
    for file in files {
      var info = stat()
      if stat(file.path, &info) == 0 { bytes += Int(info.st_size) }
    }
    builder.reserveCapacity(rows: bytes / 200)
    // A file that cannot be read (its permissions changed) counts as an unreadable line, so
    // the banner sends to `carejourney verify`, which names it; the others are still shown.
    var unreadableFiles = 0
    let problems = try store.forEachDay(
      in: files, unreadable: { _, _ in unreadableFiles += 1 },
      { _, entries in builder.add(entries) })
    var sync = SyncNotices(problems: problems)
    sync.conflictCopies = files.filter { SyncConflict.isCopy(path: $0.path) }.count
    builder.add(
      [], unreadableLines: LineProblem.unreadableCount(problems) + unreadableFiles, sync: sync)
    return builder.finish()
  }
}
