import Foundation
import JourneyCore
import JourneyStore
import TerminalUI

/// What the screens show, read from the data directory a little at a time, so that ten years
/// of history open as fast as one month and a key never waits for old files.
///
/// What the first frame is drawn from: `journey.jsonl`, the protocol, and the day files of the
/// last ``firstDays`` days (and tomorrow's, if a time zone put an entry there). With those,
/// Today, the alerts of the last 24 hours, Milestones and the newest part of the Timeline are
/// exactly what reading everything would show. The one alert that can depend on older files is
/// a lab logged in the last day that a rule compares with earlier visits (the first creatinine,
/// the previous UPCR); the screens mark the alerts as pending until those files are in
/// (``DerivedViews/alertsPending``).
///
/// Once the first frame is drawn, a thread of its own reads the rest in two steps: the other
/// recent days' files (to ``OlderHistory/recentDays``, the longest Trends period), kept as
/// entries and shown within milliseconds; then the older files, oldest first, into an
/// ``OlderHistory``: the Timeline's rows for those days and the labs, assessments and
/// medication changes among them. Until both are in, the Timeline's heading says so. After
/// that, a save or another terminal's write re-reads only the files that changed (by size, time
/// and inode); the older files are read again only when the journey changes what their rows say
/// (the temperature unit, Day 0, the phases of those days) or the protocol file changes.
final class ScreenHistory {
  let context: AppContext
  /// The first day kept as entries once the recent days are read, fixed for the session (the
  /// window only grows past midnight).
  let recentFrom: LocalDate
  /// The first day read for the first frame.
  let firstFrom: LocalDate
  /// How many days (today included) the first frame is drawn from: a screen of timeline rows
  /// and then some.
  static let firstDays = 7

  private var journeyFile: (signature: [Int], events: [JourneyEvent], unreadable: Int)?
  private var protocolFile: (signature: [Int], care: CareProtocol, warning: String?)?
  /// The recent day files read, by path.
  private var recentFiles: [String: DayFile] = [:]
  /// Whether the recent days before ``firstFrom`` are in.
  private var recentRead = false
  private var older: OlderHistory?
  private var scan: OlderScan?
  /// What the current scan's rows depend on.
  private var scanKey: HistoryKey?
  /// Whether the older day files may be read yet: not before the first frame is drawn.
  private var olderAllowed = false
  /// What the older days' reading needs, kept until it may start.
  private var waiting: (journey: Journey, care: CareProtocol)?
  /// Whether the last ``read(now:)`` found anything new.
  private(set) var changed = false
  /// Whether a started journey was read.
  private var started = false

  /// One day file as last read.
  struct DayFile: Sendable {
    var date: LocalDate
    var signature: [Int]
    var entries: [Entry]
    var unreadable: Int
  }

  init(context: AppContext) {
    self.context = context
    let today = context.currentTime().date
    recentFrom = today.adding(days: 1 - OlderHistory.recentDays)
    firstFrom = today.adding(days: 1 - ScreenHistory.firstDays)
  }

  /// True until every day file of a journey is read, and while the older ones are read again.
  var reading: Bool { started && (!recentRead || older == nil || scan != nil) }

  /// True when the background reading has something the last ``read(now:)`` did not take.
  var olderArrived: Bool { scan?.hasNews(recentTaken: recentRead) ?? false }

  /// Lets the rest of the day files be read, on a thread of their own; called once the first
  /// frame is drawn, so that reading them never delays it.
  func startReadingOlder() {
    olderAllowed = true
    guard let (journey, care) = waiting else { return }
    waiting = nil
    scan = OlderScan(
      store: context.store, journey: journey, care: care, recentFrom: recentFrom,
      alreadyRead: recentRead ? nil : Set(recentFiles.keys))
  }

  /// Everything the screens show, re-reading only what changed; nil when there is no journey
  /// yet. A missing `journey.jsonl` beside day files, and a damaged one (empty, or not starting
  /// with the journey's start), are refused with that message, rather than showing the Start
  /// screen, whose keys write, as if there were no journey.
  func read(now: Timestamp) throws -> JourneyData? {
    changed = false
    if let missing = context.missingJourneyFile() { throw missing }
    let store = context.store
    guard store.hasJourney else { return nil }
    let journeySignature = ChangeWatcher.signature(store.directory.journeyFile)
    if journeyFile?.signature != journeySignature {
      if let damaged = context.damagedJourney() { throw damaged }
      let (events, problems) = try store.readEvents()
      journeyFile = (journeySignature, events, LineProblem.lineCount(problems))
      changed = true
    }
    let journey = Journey(events: journeyFile?.events ?? [])
    guard journey.isStarted else { return nil }
    started = true
    let protocolSignature = ChangeWatcher.signature(store.protocolFile)
    if protocolFile?.signature != protocolSignature {
      let (care, warning) = try context.protocolWithWarning(for: journey)
      protocolFile = (protocolSignature, care, warning)
      changed = true
    }
    guard let care = protocolFile?.care else { return nil }
    try takeScanned(journey: journey, care: care, protocolSignature: protocolSignature)
    try readRecent(today: now.date)

    let recent = recentFiles.sorted { ($0.value.date, $0.key) < ($1.value.date, $1.key) }
      .map(\.value)
    let entries = (older?.kept ?? []) + recent.flatMap(\.entries)
    let unreadable =
      (journeyFile?.unreadable ?? 0) + recent.reduce(0) { $0 + $1.unreadable }
      + (older?.unreadableLines ?? 0)
    return JourneyData(
      journey: journey, entries: entries, care: care, unreadableLines: unreadable, now: now,
      entriesFrom: recentRead ? recentFrom : firstFrom, older: older,
      protocolWarning: protocolFile?.warning)
  }

  /// Reads each recent day's own file that is new or changed since last read (files in the
  /// wrong folder come from the background listing).
  private func readRecent(today: LocalDate) throws {
    let store = context.store
    var paths = recentFiles.map { ($0.value.date, $0.key) }
    let known = Set(recentFiles.keys)
    var day = recentRead ? recentFrom : firstFrom
    while day <= today.adding(days: 1) {
      let path = store.directory.dayFile(for: day)
      if !known.contains(path) { paths.append((day, path)) }
      day = day.adding(days: 1)
    }
    for (date, path) in paths {
      let signature = ChangeWatcher.signature(path)
      guard recentFiles[path]?.signature != signature else { continue }
      if signature == ChangeWatcher.missing {
        if recentFiles.removeValue(forKey: path) != nil { changed = true }
        continue
      }
      recentFiles[path] = OlderScan.readOrCount(
        path, date: date, signature: signature, store: store)
      changed = true
    }
  }

  /// Starts the background reading when nothing has read the older files for this journey and
  /// protocol, and takes what it has found.
  private func takeScanned(journey: Journey, care: CareProtocol, protocolSignature: [Int]) throws {
    let key = HistoryKey(journey: journey, protocolFile: protocolSignature, before: recentFrom)
    if scanKey != key {
      scanKey = key
      waiting = (journey, care)
      if olderAllowed { startReadingOlder() }
    }
    guard let scan else { return }
    if !recentRead, let files = scan.recent {
      // A file read here meanwhile (a save) is newer than the background's copy.
      for (path, file) in files where recentFiles[path] == nil { recentFiles[path] = file }
      recentRead = true
      changed = true
    }
    guard let result = scan.older else { return }
    self.scan = nil
    older = try result.get()
    changed = true
  }
}

/// What the older days' rows depend on besides their files: if any of it changes, they are read
/// again.
struct HistoryKey: Equatable {
  var unit: TemperatureUnit
  var dayZero: LocalDate?
  /// The phases entered before the recent days, with their dates.
  var stays: [String]
  var protocolFile: [Int]

  init(journey: Journey, protocolFile: [Int], before: LocalDate) {
    unit = journey.temperatureUnit
    dayZero = journey.dayZero
    stays = journey.stays.filter { $0.start.map { $0 < before } ?? true }.map {
      "\($0.phase.rawValue) \($0.start?.description ?? "undated")"
    }
    self.protocolFile = protocolFile
  }
}

/// The day files the first frame was drawn without, read on a thread of their own: first the
/// recent days' (as entries), then the older days' (into an ``OlderHistory``).
final class OlderScan: @unchecked Sendable {
  private let lock = NSLock()
  private var recentFiles: [String: ScreenHistory.DayFile]?
  private var olderRows: Result<OlderHistory, any Error>?

  /// Starts reading. `alreadyRead` lists the recent files read for the first frame; nil when
  /// the recent days are all read and only the older ones are wanted.
  init(
    store: JourneyStore, journey: Journey, care: CareProtocol, recentFrom: LocalDate,
    alreadyRead: Set<String>?
  ) {
    Thread.detachNewThread { [self] in
      let listing = store.directory.dayFiles().files
      let recent = {
        var files: [String: ScreenHistory.DayFile] = [:]
        guard let alreadyRead else { return files }
        for file in listing where file.date >= recentFrom && !alreadyRead.contains(file.path) {
          let signature = ChangeWatcher.signature(file.path)
          files[file.path] = OlderScan.readOrCount(
            file.path, date: file.date, signature: signature, store: store)
        }
        return files
      }()
      lock.withLock { recentFiles = recent }
      let older = Result {
        try OlderScan.rows(
          listing.filter { $0.date < recentFrom }, store: store, journey: journey, care: care)
      }
      lock.withLock { olderRows = older }
    }
  }

  /// The recent days' files, once read.
  var recent: [String: ScreenHistory.DayFile]? { lock.withLock { recentFiles } }

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
  ) -> ScreenHistory.DayFile {
    guard let (entries, problems) = try? store.readDayFile(path) else {
      return ScreenHistory.DayFile(date: date, signature: signature, entries: [], unreadable: 1)
    }
    return ScreenHistory.DayFile(
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
    let problems = try store.forEachDay(in: files, unreadable: { _, _ in unreadableFiles += 1 }) {
      _, entries in builder.add(entries)
    }
    builder.add([], unreadableLines: LineProblem.lineCount(problems) + unreadableFiles)
    return builder.finish()
  }
}
