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

  public init(directory: DataDirectory) {
    self.init(directory: directory, syncsEachWrite: true)
  }

  init(directory: DataDirectory, syncsEachWrite: Bool) {
    self.directory = directory
    self.syncsEachWrite = syncsEachWrite
  }

  /// The journey's protocol copy, written once by `init`.
  public var protocolFile: String { directory.root + "/protocol.toml" }

  /// True when anything is at `journey.jsonl`: a file, or a link, a folder or a pipe in its
  /// place (``journeyDamage()`` tells whether it holds a journey's start).
  public var hasJourney: Bool { FileSystem.kind(of: directory.journeyFile) != .missing }

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
    let name = directory.relative(directory.journeyFile)
    guard hasJourney else { return nil }
    func damaged(_ line: Int, _ reason: String) -> LineProblem {
      LineProblem(file: name, line: line, reason: reason)
    }
    let contents: LineFileContents
    do {
      contents = try LineFile.read(directory.journeyFile, relativeName: name)
    } catch {
      return damaged(0, error.message)
    }
    let numbers = contents.lines.map(\.number) + contents.problems.map(\.line).filter { $0 > 0 }
    guard let first = numbers.min() else {
      return damaged(
        0,
        "empty: the journey's start (patient, protocol) is not in it; restore journey.jsonl "
          + "from a backup (if this folder never held a journey, remove the empty file)")
    }
    let what: String
    if let line = contents.lines.first(where: { $0.number == first }) {
      do {
        let event = try LineCodec.decodeEvent(line.text)
        if case .created = event.body { return nil }
        what = "it is a \(event.type) event"
      } catch {
        what = error.reason
      }
    } else {
      what = contents.problems.first { $0.line == first }?.reason ?? "it cannot be read"
    }
    return damaged(
      first,
      "the journey's first line must be its start (created: patient, protocol), but \(what); "
        + "restore journey.jsonl from a backup, or mend that line in a text editor")
  }

  /// Reads `journey.jsonl`: the events it could read, and a problem for each line it could not.
  public func readEvents() throws -> (events: [JourneyEvent], problems: [LineProblem]) {
    try decode(directory.journeyFile, LineCodec.decodeEvent)
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

  func decode<T>(
    _ path: String, _ decodeLine: (String) throws(LineCodec.DecodingError) -> T
  ) throws -> ([T], [LineProblem]) {
    let name = directory.relative(path)
    let contents = try LineFile.read(path, relativeName: name)
    let (decoded, problems) = JourneyStore.decode(contents, name: name) {
      (line) throws(LineCodec.DecodingError) in try decodeLine(line.text)
    }
    return (decoded.map(\.value), problems)
  }

  /// Decodes the lines of a file read already, each once, in order: the values with their line
  /// numbers, and the file's problems followed by one for each line that could not be decoded.
  static func decode<T>(
    _ contents: LineFileContents, name: String,
    _ decodeLine: (StoredLine) throws(LineCodec.DecodingError) -> T
  ) -> (values: [(value: T, line: Int)], problems: [LineProblem]) {
    var values: [(value: T, line: Int)] = []
    values.reserveCapacity(contents.lines.count)
    // One problem per line: "N lines could not be read" counts lines, and a torn last line that
    // does not decode has already been reported as incomplete (and maybe as not UTF-8).
    var reported = Set<Int>()
    var problems = contents.problems.filter { $0.line == 0 || reported.insert($0.line).inserted }
    for line in contents.lines {
      do {
        values.append((try decodeLine(line), line.number))
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
    return (values, problems)
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
      try appendChained(events, to: directory.journeyFile, LineCodec.encode)
      return Journey(events: journey.events + events)
    }
  }

  /// Appends entries to their day files (by the local date they were observed), under the lock.
  public func appendEntries(_ entries: [Entry]) throws {
    try directory.ensureExists()
    try StoreLock.withExclusiveLock(in: directory) {
      let byDay = Dictionary(grouping: entries) { $0.observedAt.date }
      for date in byDay.keys.sorted() {
        try appendChained(byDay[date] ?? [], to: directory.dayFile(for: date), LineCodec.encode)
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
    // The folders between the data folder and the file are its own: a link among them (days/
    // or days/2026 pointing elsewhere) is never written through.
    var folder = FileSystem.parent(of: path)
    while folder.count > directory.root.count, folder.hasPrefix(directory.root + "/") {
      let kind = FileSystem.kind(of: folder)
      guard kind == .directory || kind == .missing else {
        throw StoreError.notAFile(folder, kind, action: "write into")
      }
      folder = FileSystem.parent(of: folder)
    }
    let lines = LineFile.chained(items, after: try LineFile.chainHash(after: path)) {
      encode($0, $1)
    }
    try LineFile.append(lines, to: path, syncing: syncsEachWrite)
  }

  /// Writes a whole file at once (temporary file, fsync, rename, fsync of the folder), so a crash
  /// leaves either no file or the whole file. Used for `protocol.toml`, written once by `init`.
  public func writeNewFile(_ path: String, contents: String) throws {
    try directory.ensureExists()
    try WholeFile.write(path, contents: contents, replacing: true)
  }
}

/// Everything read from a data directory at one moment.
public struct JourneySnapshot: Sendable {
  public var journey: Journey
  public var entries: [Entry]
  /// Lines that could not be read, and events the journey's rules refused: reported, never
  /// dropped from the files.
  public var problems: [LineProblem]

  /// Makes a snapshot of what was read.
  public init(journey: Journey, entries: [Entry], problems: [LineProblem]) {
    self.journey = journey
    self.entries = entries
    self.problems = problems
  }
}
