import Foundation
import JourneyCore
import JourneyStore
import TerminalUI

/// What the screens show, read from the data directory a little at a time, so that ten years
/// of history open as fast as one month and a key never waits for old files.
///
/// What the first frame is drawn from: `journey.jsonl`, the protocol, and the day files of the
/// last ``OlderHistory/recentDays`` days (and any dated later). With those, Today, the alerts
/// of the last 24 hours, Milestones, Trends (7, 30 or 90 days) and the newest part of the
/// Timeline are exactly what reading everything would show. The one alert that can depend on
/// older files is a lab logged in the last day that a rule compares with earlier visits (the
/// first creatinine, the previous UPCR); the screens mark the alerts as pending until those
/// files are in (``DerivedViews/alertsPending``).
///
/// The older day files are read once, oldest first, on a thread of their own, into an
/// ``OlderHistory``: the Timeline's rows for those days and the labs, assessments and
/// medication changes among them. After that, a save or another terminal's write re-reads only
/// the files that changed (by size, time and inode); the older files are read again only when
/// the journey changes what their rows say (the temperature unit, Day 0, the phases of those
/// days) or the protocol file changes.
final class ScreenHistory {
  let context: AppContext
  /// The first day kept as entries, fixed for the session (the window only grows past midnight).
  let recentFrom: LocalDate

  private var journeyFile: (signature: [Int], events: [JourneyEvent], unreadable: Int)?
  private var protocolFile: (signature: [Int], care: CareProtocol)?
  /// The recent day files read, by path.
  private var recentFiles: [String: DayFile] = [:]
  private var older: OlderHistory?
  private var scan: OlderScan?
  /// What the current scan's rows depend on.
  private var scanKey: HistoryKey?
  /// Whether the last ``read(now:)`` found anything new.
  private(set) var changed = false

  struct DayFile {
    var date: LocalDate
    var signature: [Int]
    var entries: [Entry]
    var unreadable: Int
  }

  init(context: AppContext) {
    self.context = context
    recentFrom = context.currentTime().date.adding(days: 1 - OlderHistory.recentDays)
  }

  /// Whether the older day files may be read yet: not before the first frame is drawn.
  private var olderAllowed = false
  /// What the older days' reading needs, kept until it may start.
  private var waiting: (journey: Journey, care: CareProtocol)?

  /// True until the older day files are read, and while they are read again.
  var reading: Bool { older == nil || scan != nil }

  /// Lets the older day files be read, on a thread of their own; called once the first frame
  /// is drawn, so that reading them never delays it.
  func startReadingOlder() {
    olderAllowed = true
    guard let (journey, care) = waiting else { return }
    waiting = nil
    scan = OlderScan(store: context.store, journey: journey, care: care, before: recentFrom)
  }

  /// True when the older day files were read since the last ``read(now:)``.
  var olderArrived: Bool { scan?.result != nil }

  /// Everything the screens show, re-reading only what changed; nil when there is no journey
  /// yet. A missing `journey.jsonl` beside day files is refused with that message, rather than
  /// showing the start screen as if the day files were not there.
  func read(now: Timestamp) throws -> JourneyData? {
    changed = false
    if let missing = context.missingJourneyFile() { throw missing }
    let store = context.store
    guard store.hasJourney else { return nil }
    let journeySignature = ChangeWatcher.signature(store.directory.journeyFile)
    if journeyFile?.signature != journeySignature {
      let (events, problems) = try store.readEvents()
      journeyFile = (journeySignature, events, LineProblem.lineCount(problems))
      changed = true
    }
    let journey = Journey(events: journeyFile?.events ?? [])
    guard journey.isStarted else { return nil }
    let protocolSignature = ChangeWatcher.signature(store.protocolFile)
    if protocolFile?.signature != protocolSignature {
      protocolFile = (protocolSignature, try context.loadProtocol(for: journey))
      changed = true
    }
    guard let care = protocolFile?.care else { return nil }
    try readRecent(today: now.date)
    try takeOlder(journey: journey, care: care, protocolSignature: protocolSignature)

    let recent = recentFiles.sorted { ($0.value.date, $0.key) < ($1.value.date, $1.key) }
      .map(\.value)
    let entries = (older?.kept ?? []) + recent.flatMap(\.entries)
    let unreadable =
      (journeyFile?.unreadable ?? 0) + recent.reduce(0) { $0 + $1.unreadable }
      + (older?.unreadableLines ?? 0)
    return JourneyData(
      journey: journey, entries: entries, care: care, unreadableLines: unreadable, now: now,
      entriesFrom: recentFrom, older: older)
  }

  /// Reads the recent day files that are new or changed since last read.
  private func readRecent(today: LocalDate) throws {
    let store = context.store
    var paths: [(LocalDate, String)]
    if recentFiles.isEmpty {
      // The first time: list them, misplaced ones included.
      paths = store.directory.dayFiles(from: recentFrom).files.map { ($0.date, $0.path) }
    } else {
      // Then: the files known, and each day's own file for days that had none.
      paths = recentFiles.map { ($0.value.date, $0.key) }
      var day = recentFrom
      let known = Set(recentFiles.keys)
      while day <= today.adding(days: 1) {
        let path = store.directory.dayFile(for: day)
        if !known.contains(path) { paths.append((day, path)) }
        day = day.adding(days: 1)
      }
    }
    for (date, path) in paths {
      let signature = ChangeWatcher.signature(path)
      guard recentFiles[path]?.signature != signature else { continue }
      if signature == [-1] {
        if recentFiles.removeValue(forKey: path) != nil { changed = true }
        continue
      }
      let (entries, problems) = try store.readDayFile(path)
      recentFiles[path] = DayFile(
        date: date, signature: signature, entries: entries,
        unreadable: LineProblem.lineCount(problems))
      changed = true
    }
  }

  /// Starts reading the older day files when nothing has read them for this journey and
  /// protocol, and takes what a finished reading found.
  private func takeOlder(journey: Journey, care: CareProtocol, protocolSignature: [Int]) throws {
    let key = HistoryKey(journey: journey, protocolFile: protocolSignature, before: recentFrom)
    if scanKey != key {
      scanKey = key
      waiting = (journey, care)
      if olderAllowed { startReadingOlder() }
    }
    guard let result = scan?.result else { return }
    scan = nil
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
    stays = journey.stays.filter { $0.start < before }.map { "\($0.phase.rawValue) \($0.start)" }
    self.protocolFile = protocolFile
  }
}

/// The older day files, read on a thread of their own into an ``OlderHistory``.
final class OlderScan: @unchecked Sendable {
  private let lock = NSLock()
  private var finished: Result<OlderHistory, any Error>?

  init(store: JourneyStore, journey: Journey, care: CareProtocol, before: LocalDate) {
    Thread.detachNewThread { [self] in
      let result = Result {
        try OlderScan.read(store: store, journey: journey, care: care, before: before)
      }
      lock.withLock { finished = result }
    }
  }

  /// What the reading found, once it has finished.
  var result: Result<OlderHistory, any Error>? { lock.withLock { finished } }

  /// Reads every day file dated before `before`, oldest first, one day at a time.
  static func read(
    store: JourneyStore, journey: Journey, care: CareProtocol, before: LocalDate
  ) throws -> OlderHistory {
    var builder = OlderHistory.Builder(journey: journey, care: care)
    let files = store.directory.dayFiles(to: before.adding(days: -1)).files
    // Room for every row at once (a line is about 250 bytes): growing the rows' array by
    // doubling would briefly hold it twice, the largest part of the screens' peak memory.
    var bytes = 0
    for file in files {
      var info = stat()
      if stat(file.path, &info) == 0 { bytes += Int(info.st_size) }
    }
    builder.reserveCapacity(rows: bytes / 200)
    var index = 0
    while index < files.count {
      // A day's lines may be in two files (one in the wrong folder): judged together.
      let date = files[index].date
      var entries: [Entry] = []
      var unreadable = 0
      while index < files.count, files[index].date == date {
        let (read, problems) = try store.readDayFile(files[index].path)
        entries += read
        unreadable += LineProblem.lineCount(problems)
        index += 1
      }
      builder.add(entries, unreadableLines: unreadable)
    }
    return builder.finish()
  }
}
