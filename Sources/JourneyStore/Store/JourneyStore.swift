import Foundation
import JourneyCore

/// The journey's files, read and written as events and entries.
///
/// Every write happens under the data directory's lock, after re-reading what another terminal
/// may have written meanwhile, so a change that became illegal while waiting is refused.
public struct JourneyStore: Sendable {
  public let directory: DataDirectory
  /// Whether each append is synced before it returns (always, but for an import's staging
  /// folder, which is synced whole before it counts: ``restore(protocolText:events:entries:)``).
  let syncsEachWrite: Bool
  /// The device this store writes as (its folder `devices/<id>/`); nil writes into the data
  /// folder's own files.
  public let deviceSource: DeviceSource?

  /// A store over `directory`, writing as the device `deviceSource` gives (nil: into the data
  /// folder's own files, as an import's staging folder does).
  public init(directory: DataDirectory, deviceSource: DeviceSource? = nil) {
    self.init(directory: directory, syncsEachWrite: true, deviceSource: deviceSource)
  }

  init(directory: DataDirectory, syncsEachWrite: Bool, deviceSource: DeviceSource? = nil) {
    self.directory = directory
    self.syncsEachWrite = syncsEachWrite
    self.deviceSource = deviceSource
  }

  /// The journey's protocol copy, written once by `init`.
  public var protocolFile: String { directory.root + "/protocol.toml" }

  /// True when anything is at the data folder's own `journey.jsonl` (a file, or a link, a
  /// folder or a pipe in its place: ``journeyDamage()`` tells whether it holds a journey's
  /// start), or a device's folder holds a `journey.jsonl`.
  public var hasJourney: Bool {
    FileSystem.kind(of: directory.journeyFile) != .missing
      || !directory.journeyFiles().files.isEmpty
  }

  /// The text of `protocol.toml`, or nil when there is none.
  ///
  /// Read as every file of the data folder is: a link, a pipe or a file over
  /// ``DataDirectory/largestFile`` is refused (``StoreError``), never followed or waited on.
  public func readProtocolText() throws(StoreError) -> String? {
    try FileSystem.readAll(protocolFile).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Why `journey.jsonl` does not hold a journey, when it is there but does not start with a
  /// readable `created` line (the journey's start: patient, protocol); nil when it does, or
  /// when there is no `journey.jsonl` at all.
  ///
  /// An empty file, a first line that cannot be read or is another event, a link, a pipe or a
  /// folder in its place: such a journey is damaged, never "no journey yet", so nothing offers
  /// to start a new one over it. The problem names the line (0 for the whole file).
  public func journeyDamage() -> LineProblem? {
    guard hasJourney else { return nil }
    if FileSystem.kind(of: directory.journeyFile) != .missing {
      return startProblem(directory.journeyFile)
    }
    // Only device folders: one of their journey files holds the start (the device that began
    // the journey); the others begin with whatever their device wrote first.
    let files = directory.journeyFiles().files
    if files.contains(where: { startProblem($0.path) == nil }) { return nil }
    if files.count == 1 { return startProblem(files[0].path) }
    return LineProblem(
      file: directory.relative(files.first?.path ?? directory.journeyFile), line: 0,
      reason: tr(
        "no device's journey.jsonl holds the journey's start (created: patient, protocol): if "
          + "this folder is still being synced, wait until it is done; otherwise restore the "
          + "devices folder from a backup"))
  }

  /// Why the journey file at `path` does not start with the journey's start; nil when it does.
  func startProblem(_ path: String) -> LineProblem? {
    let name = directory.relative(path)
    func damaged(_ line: Int, _ reason: String) -> LineProblem {
      LineProblem(file: name, line: line, reason: reason)
    }
    let contents: LineFileContents
    do {
      contents = try LineFile.read(path, relativeName: name)
    } catch {
      return damaged(0, error.message)
    }
    let numbers = contents.lines.map(\.number) + contents.problems.map(\.line).filter { $0 > 0 }
    guard let first = numbers.min() else {
      return damaged(
        0,
        tr(
          "empty: the journey's start (patient, protocol) is not in it; restore journey.jsonl "
            + "from a backup (if this folder never held a journey, remove the empty file)"))
    }
    let what: String
    if let line = contents.lines.first(where: { $0.number == first }) {
      do {
        let event = try LineCodec.decodeEvent(line.text)
        if case .created = event.body { return nil }
        what = tr("it is a %s event", event.type)
      } catch {
        what = error.reason
      }
    } else {
      what = contents.problems.first { $0.line == first }?.reason ?? tr("it cannot be read")
    }
    return damaged(
      first,
      tr(
        "the journey's first line must be its start (created: patient, protocol), but %s; "
          + "restore journey.jsonl from a backup, or mend that line in a text editor", what))
  }

  /// Reads every journey file (the data folder's own `journey.jsonl`, each device's and the
  /// sync tools' conflict copies): their events merged by id in time order (``LineMerge``),
  /// and a problem for each line that could not be read.
  ///
  /// The data folder's own `journey.jsonl` that cannot be read throws, as it always did; a
  /// device's that cannot be read is a problem, and the others are read.
  public func readEvents() throws -> (events: [JourneyEvent], problems: [LineProblem]) {
    let (lines, problems) = try readEventLines(hashing: false)
    return (lines.map(\.event), problems)
  }

  /// The SHA-256 the hash chain records for each journey event's stored line
  /// (``recordedHashes(_:prevs:)``), by the event's id: what an export gives a receiving
  /// system to check a value against the patient's files. The line kept when two files hold an
  /// id is the one ``readEvents()`` keeps.
  public func eventLineHashes() throws -> [String: String] {
    var hashes: [String: String] = [:]
    for line in try readEventLines(hashing: true).lines {
      hashes[line.event.id] = line.hash
    }
    return hashes
  }

  /// ``readEvents()``'s reading, each event with the hash the chain records for its line when
  /// `hashing`.
  func readEventLines(hashing: Bool) throws
    -> (lines: [(event: JourneyEvent, hash: String?)], problems: [LineProblem])
  {
    let listing = directory.journeyFiles()
    let names = listing.files.count > 1 ? shownDeviceNames() : [:]
    var problems = listing.problems
    var sources: [LineMerge.Source<(event: JourneyEvent, hash: String?)>] = []
    for file in listing.files {
      let name = directory.relative(file.path)
      let contents: LineFileContents
      do {
        contents = try LineFile.read(file.path, relativeName: name)
      } catch {
        guard file.device != nil || file.path != directory.journeyFile else { throw error }
        problems.append(LineProblem(file: name, line: 0, reason: error.message))
        continue
      }
      var (values, lines, found) =
        hashing
        ? JourneyStore.decodeHashed(contents, name: name, LineCodec.readEvent) {
          (event: $0, hash: $1)
        }
        : JourneyStore.decode(contents, name: name) {
          (line) throws(LineCodec.DecodingError) -> (event: JourneyEvent, hash: String?) in
          (try LineCodec.decodeEvent(line.text), nil)
        }
      if let device = file.device, let shown = names[device] {
        for index in values.indices { values[index].event.device = shown }
      }
      problems += found
      sources.append(LineMerge.Source(name: name, values: values, lines: lines))
    }
    let merged = LineMerge.merge(sources, time: \.event.recordedAt, id: \.event.id) {
      var (a, b) = ($0.event, $1.event)
      (a.device, b.device) = (nil, nil)
      return a == b
    }
    return (merged.values, problems + merged.problems)
  }

  /// Reads the day files between two dates (inclusive; nil means open-ended).
  public func readEntries(from: LocalDate? = nil, to: LocalDate? = nil) throws
    -> (entries: [Entry], problems: [LineProblem])
  {
    var entries: [Entry] = []
    let problems = try forEachDay(from: from, to: to) { _, day in entries += day }
    return (entries, problems)
  }

  /// Reads one day file (a path from ``DataDirectory/dayFiles(from:to:)``): the entries it
  /// could read, and a problem for each line it could not.
  public func readDayFile(_ path: String) throws -> (entries: [Entry], problems: [LineProblem]) {
    try readDay(path)
  }

  /// Reads the journey folded from its events, the entries of the day files between two dates
  /// (inclusive; nil means open-ended, so `load()` reads them all), and every problem met.
  ///
  /// A short range keeps a command that needs a day or two (`remind`) fast after years of data.
  public func load(entriesFrom from: LocalDate? = nil, to: LocalDate? = nil) throws
    -> JourneySnapshot
  {
    var snapshot = try loadJourney()
    let (entries, entryProblems) = try readEntries(from: from, to: to)
    snapshot.entries = entries
    snapshot.problems += entryProblems
    return snapshot
  }

  /// Reads the journey folded from its events and no day file (for a command that reads them
  /// one day at a time, ``forEachDay(from:to:_:)``).
  public func loadJourney() throws -> JourneySnapshot {
    let (events, eventProblems) = try readEvents()
    let journey = Journey(events: events)
    let foldProblems = journey.problems.map {
      LineProblem(file: "journey.jsonl", line: 0, reason: $0)
    }
    return JourneySnapshot(journey: journey, entries: [], problems: eventProblems + foldProblems)
  }

  /// Decodes the lines of a file read already, each once, in order: the values and their line
  /// numbers (two lists, so that the values can be handed on without copying each), and the
  /// file's problems followed by one for each line that could not be decoded.
  static func decode<T>(
    _ contents: LineFileContents, name: String,
    _ decodeLine: (StoredLine) throws(LineCodec.DecodingError) -> T
  ) -> (values: [T], lines: [Int], problems: [LineProblem]) {
    var values: [T] = []
    var numbers: [Int] = []
    values.reserveCapacity(contents.lines.count)
    numbers.reserveCapacity(contents.lines.count)
    // One problem per line: "N lines could not be read" counts lines, and a torn last line that
    // does not decode has already been reported as incomplete (and maybe as not UTF-8).
    var reported = Set<Int>()
    var problems = contents.problems.filter { $0.line == 0 || reported.insert($0.line).inserted }
    for line in contents.lines {
      do {
        values.append(try decodeLine(line))
        numbers.append(line.number)
      } catch {
        // A cut-off last line is one problem, not two: say why it is cut off and unreadable.
        if line.isTorn, let torn = problems.firstIndex(where: { $0.line == line.number }) {
          problems[torn] = LineProblem(
            file: name, line: line.number, reason: problems[torn].reason + ": " + error.reason)
        } else if reported.insert(line.number).inserted {
          problems.append(LineProblem(file: name, line: line.number, reason: error.reason))
        }
      }
    }
    return (values, numbers, problems)
  }

  /// Appends journey events decided under the lock.
  ///
  /// `decide` gets the journey as it is on disk now (another terminal may have changed it) and
  /// returns the events to write, or throws to write nothing. Returns the journey after them.
  @discardableResult
  public func recordEvents(_ decide: (Journey) throws -> [JourneyEvent]) throws -> Journey {
    try directory.ensureExists()
    return try StoreLock.withExclusiveLock(in: directory) {
      let journey = Journey(events: try readEvents().events)
      let events = try decide(journey)
      try appendChained(events, to: try writeHome().journeyFile, LineCodec.encode)
      return Journey(events: journey.events + events)
    }
  }

  /// Appends entries to their day files (by the local date they were observed), under the lock.
  public func appendEntries(_ entries: [Entry]) throws {
    try directory.ensureExists()
    try StoreLock.withExclusiveLock(in: directory) {
      let home = try writeHome()
      let byDay = Dictionary(grouping: entries) { $0.observedAt.date }
      for date in byDay.keys.sorted() {
        try appendChained(byDay[date] ?? [], to: home.dayFile(for: date), LineCodec.encode)
      }
    }
  }

  /// Appends `items` as lines that each carry the hash of the line before them in the file.
  ///
  /// The caller holds the lock: the last line read here is still the last line at the append.
  func appendChained<T>(
    _ items: [T], to path: String, _ encode: (T, String?) -> String
  ) throws {
    guard !items.isEmpty else { return }
    try checkFolders(of: path)
    let lines = LineFile.chained(items, after: try LineFile.chainHash(after: path)) {
      encode($0, $1)
    }
    try LineFile.append(lines, to: path, syncing: syncsEachWrite)
  }

  /// Refuses to write `path` when a folder between the data folder and it is not a folder of
  /// its own: a link among them (days/, days/2026 or devices/ pointing elsewhere) is never
  /// written through.
  func checkFolders(of path: String) throws(StoreError) {
    var folder = FileSystem.parent(of: path)
    while folder.count > directory.root.count, folder.hasPrefix(directory.root + "/") {
      let kind = FileSystem.kind(of: folder)
      guard kind == .directory || kind == .missing else {
        throw StoreError.notAFile(folder, kind, action: .writeInto)
      }
      folder = FileSystem.parent(of: folder)
    }
  }

  /// Writes a whole file at once (temporary file, fsync, rename, fsync of the folder), so a crash
  /// leaves either no file or the whole file. Used for `protocol.toml`, written once by `init`.
  public func writeNewFile(_ path: String, contents: String) throws {
    try directory.ensureExists()
    try WholeFile.write(path, contents: contents, replacing: true)
  }
}
