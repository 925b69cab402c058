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
public final class ScreenHistory {
  public let context: AppContext
  /// The first day kept as entries once the recent days are read, fixed for the session (the
  /// window only grows past midnight).
  let recentFrom: LocalDate
  /// The first day read for the first frame.
  let firstFrom: LocalDate
  /// How many days (today included) the first frame is drawn from: a screen of timeline rows
  /// and then some.
  static let firstDays = 7

  private var journeyFile:
    (signature: [Int], events: [JourneyEvent], unreadable: Int, sync: SyncNotices)?
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
  public private(set) var changed = false
  /// Whether a started journey was read.
  private var started = false

  /// The history of `context`'s data directory, nothing read yet.
  public init(context: AppContext) {
    self.context = context
    let today = context.currentTime().date
    recentFrom = today.adding(days: 1 - OlderHistory.recentDays)
    firstFrom = today.adding(days: 1 - ScreenHistory.firstDays)
  }

  /// True until every day file of a journey is read, and while the older ones are read again.
  public var reading: Bool { started && (!recentRead || older == nil || scan != nil) }

  /// True when the background reading has something the last ``read(now:)`` did not take.
  public var olderArrived: Bool { scan?.hasNews(recentTaken: recentRead) ?? false }

  /// Lets the rest of the day files be read, on a thread of their own; called once the first
  /// frame is drawn, so that reading them never delays it.
  public func startReadingOlder() {
    olderAllowed = true
    guard let (journey, care) = waiting else { return }
    waiting = nil
    // The rows speak the screens' language, the patient's, as ``JourneyData/languages`` says.
    let language = (try? context.languages(for: journey))?.patient ?? .english
    scan = OlderScan(
      store: context.store, journey: journey, care: care, recentFrom: recentFrom,
      alreadyRead: recentRead ? nil : Set(recentFiles.keys), language: language)
  }

  /// Everything the screens show, re-reading only what changed; nil when there is no journey
  /// yet. A missing `journey.jsonl` beside day files, and a damaged one (empty, or not starting
  /// with the journey's start), are refused with that message, rather than showing the Start
  /// screen, whose keys write, as if there were no journey.
  public func read(now: Timestamp) throws -> JourneyData? {
    changed = false
    if let missing = context.missingJourneyFile() { throw missing }
    let store = context.store
    guard store.hasJourney else { return nil }
    // Every device's journey file (and conflict copies): a change to any is read again.
    let journeySignature = ChangeWatcher.signature(store.directory.journeyFiles().files.map(\.path))
    if journeyFile?.signature != journeySignature {
      if let damaged = context.damagedJourney() { throw damaged }
      let (events, problems) = try store.readEvents()
      journeyFile = (
        journeySignature, events, LineProblem.unreadableCount(problems),
        SyncNotices(problems: problems)
      )
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
    // A day in several files (the devices', a conflict copy): merged by id in time order, a
    // line whose id came already with other content counted, as the other readers report it.
    var days: [[Entry]] = []
    var sync = SyncNotices(
      conflictCopies: recentFiles.keys.filter(SyncConflict.isCopy(path:)).count,
      journeyConflicts: AppContext.conflictLines(journey))
    for (index, file) in recent.enumerated() {
      if index > 0, recent[index - 1].date == file.date {
        let merged = JourneyStore.merged([days[days.count - 1], file.entries])
        days[days.count - 1] = merged.entries
        sync.differingLines += merged.differing
      } else {
        days.append(file.entries)
      }
    }
    let entries = (older?.kept ?? []) + days.joined()
    let unreadable =
      (journeyFile?.unreadable ?? 0) + recent.reduce(0) { $0 + $1.unreadable }
      + (older?.unreadableLines ?? 0)
    var data = JourneyData(
      journey: journey, entries: entries, care: care, unreadableLines: unreadable, now: now,
      entriesFrom: recentRead ? recentFrom : firstFrom, older: older,
      protocolWarning: protocolFile?.warning)
    data.languages = (try? context.languages(for: journey)) ?? .english
    data.sync = sync + (journeyFile?.sync ?? SyncNotices()) + (older?.sync ?? SyncNotices())
    return data
  }

  /// Reads each recent day's own file that is new or changed since last read (files in the
  /// wrong folder come from the background listing).
  private func readRecent(today: LocalDate) throws {
    let store = context.store
    var paths = recentFiles.map { ($0.value.date, $0.key) }
    let known = Set(recentFiles.keys)
    let homes = store.directory.homes().homes
    var day = recentRead ? recentFrom : firstFrom
    // A sync tool's conflict copy of a recent day, arrived since the listing: read it too.
    for copy in store.directory.conflictCopies(from: day) where !known.contains(copy.path) {
      paths.append(copy)
    }
    while day <= today.adding(days: 1) {
      for home in homes {
        let path = home.folder.dayFile(for: day)
        if !known.contains(path) { paths.append((day, path)) }
      }
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
