import JourneyCore

extension JourneyStore {
  /// Reads the day files dated between two dates (inclusive; nil means open-ended) one day at
  /// a time, oldest first, handing each day's entries to `body`, so that years of history are
  /// read without holding them. Returns every problem met, the folder's first.
  @discardableResult
  public func forEachDay(
    from: LocalDate? = nil, to: LocalDate? = nil, _ body: (LocalDate, [Entry]) throws -> Void
  ) throws -> [LineProblem] {
    let listing = directory.dayFiles(from: from, to: to)
    return listing.problems + (try forEachDay(in: listing.files, body))
  }

  /// The same, decoding only the lines `wanted` picks from their bytes (given with the date of
  /// their day): for a reading that needs a few kinds of line out of ten years (the FHIR
  /// export's survey of corrections, medication changes and authors). `wanted` may be called
  /// on two threads at once (``ReadAhead``), each day's lines in order on one of them, each
  /// thread's days oldest first.
  @discardableResult
  public func forEachDay(
    from: LocalDate? = nil, to: LocalDate? = nil,
    decodingOnly wanted: @escaping @Sendable (LocalDate, UnsafeBufferPointer<UInt8>) -> Bool,
    _ body: (LocalDate, [Entry]) throws -> Void
  ) throws -> [LineProblem] {
    let listing = directory.dayFiles(from: from, to: to)
    let lines: @Sendable (LocalDate) -> DayLines<Entry> = { date in
      JourneyStore.entryLines(only: { wanted(date, $0) })
    }
    let problems = try forEachDay(in: listing.files, lines, unreadable: nil, body)
    return listing.problems + problems
  }

  /// The same, each day's entries made into what `making` gives on the thread that read them
  /// (either one: ``ReadAhead``), and that handed to `body` in their place, in order: for a
  /// command whose work on each day can share the two cores (the backup encodes a day's lines
  /// there, so ten years are encoded while the next days are read). The entries are let go on
  /// the thread that made them.
  @discardableResult
  public func forEachDay<Made: Sendable>(
    from: LocalDate? = nil, to: LocalDate? = nil,
    making: @escaping @Sendable (LocalDate, [Entry]) -> Made,
    _ body: (LocalDate, Made) throws -> Void
  ) throws -> [LineProblem] {
    try forEachDay(from: from, to: to, JourneyStore.entryLines(), making: making, body)
  }

  /// The same, each entry with the SHA-256 the hash chain records for its stored line
  /// (``JourneyStore/recordedHashes(_:prevs:)``: the next line's `prev`, or the hash of the
  /// line's bytes where no line after it records one), each day's made into what `making`
  /// gives: for an export that lets a receiving system check each value against the patient's
  /// files (FHIR's Provenance, whose resources are written there). The line kept when two
  /// files hold an id is the one ``forEachDay(from:to:_:)`` keeps.
  @discardableResult
  public func forEachDayHashed<Made: Sendable>(
    from: LocalDate? = nil, to: LocalDate? = nil,
    making: @escaping @Sendable (LocalDate, [(entry: Entry, hash: String)]) -> Made,
    _ body: (LocalDate, Made) throws -> Void
  ) throws -> [LineProblem] {
    try forEachDay(from: from, to: to, JourneyStore.hashedLines, making: making, body)
  }

  /// The days between two dates read as `lines` says, each made into what `making` gives.
  private func forEachDay<Value, Made: Sendable>(
    from: LocalDate?, to: LocalDate?, _ lines: DayLines<Value>,
    making: @escaping @Sendable (LocalDate, [Value]) -> Made,
    _ body: (LocalDate, Made) throws -> Void
  ) throws -> [LineProblem] {
    let listing = directory.dayFiles(from: from, to: to)
    // What is made goes through the reading as `any Sendable`, so the reading is compiled for
    // each kind of value once, and not run as unspecialised generic code for a caller's type
    // (which looked up type metadata for every value handed over).
    let erased: @Sendable (LocalDate, [Value]) -> any Sendable = { making($0, $1) }
    let each: @Sendable (LocalDate) -> DayLines<Value> = { _ in lines }
    let problems = try forEachDay(in: listing.files, each, making: erased, unreadable: nil) {
      date, made in try body(date, made as! Made)
    }
    return listing.problems + problems
  }

  /// The same over files listed already (by ``DataDirectory/dayFiles(from:to:)``, sorted by
  /// date): a day in two files (one in the wrong folder) comes as one day, in listing order.
  ///
  /// A file that cannot be read (its permissions, a disk error, a pipe or a link put in its
  /// place, a size no day reaches) never stops the reading: it is one problem (line 0, the
  /// reason), `unreadable` is told of it when given, and the other days are read. Only an
  /// error thrown by `body` stops it. The days ahead are read on a second thread while `body`
  /// works, and on this one while it would wait (``ReadAhead``); `body` and `unreadable` are
  /// called on this one, in order.
  public func forEachDay(
    in files: [(date: LocalDate, path: String)],
    unreadable: ((String, any Error) -> Void)? = nil,
    _ body: (LocalDate, [Entry]) throws -> Void
  ) throws -> [LineProblem] {
    let lines = JourneyStore.entryLines()
    return try forEachDay(in: files, { _ in lines }, unreadable: unreadable, body)
  }

  /// How a day file's lines are read into values: entries (of every line, or of the lines
  /// picked from their bytes), or entries with the hash the chain records for each line.
  struct DayLines<Value: Sendable>: Sendable {
    /// Picks the lines to read from their bytes; nil reads every line.
    var picking: (@Sendable (UnsafeBufferPointer<UInt8>) -> Bool)? = nil
    /// A file's values with their line numbers, and its problems.
    var decode:
      @Sendable (_ contents: LineFileContents, _ name: String) -> (
        values: [Value], lines: [Int], problems: [LineProblem]
      )
    /// The entry a value holds, by which the files of a day are merged.
    var entry: @Sendable (Value) -> Entry
    /// Shows a device's name beside a value's author.
    var device: @Sendable (inout Value, String) -> Void
  }

  /// Each line's entry; only of the lines `wanted` picks from their bytes, when given (the
  /// others are not even made text).
  static func entryLines(
    only wanted: (@Sendable (UnsafeBufferPointer<UInt8>) -> Bool)? = nil
  ) -> DayLines<Entry> {
    DayLines(
      picking: wanted,
      decode: { contents, name in
        JourneyStore.decode(contents, name: name) {
          (line) throws(LineCodec.DecodingError) in try LineCodec.decodeEntry(line.text)
        }
      }, entry: { $0 }, device: { $0.device = $1 })
  }

  /// Each line's entry, with the hash the chain records for the line.
  static let hashedLines = DayLines<(entry: Entry, hash: String)>(
    decode: { contents, name in
      JourneyStore.decodeHashed(contents, name: name, LineCodec.readEntry) { ($0, $1) }
    }, entry: \.entry, device: { $0.entry.device = $1 })

  /// The reading of the days: each date's values, read as `lines` says for that date.
  func forEachDay<Value>(
    in files: [(date: LocalDate, path: String)],
    _ lines: @escaping @Sendable (LocalDate) -> DayLines<Value>,
    unreadable: ((String, any Error) -> Void)?, _ body: (LocalDate, [Value]) throws -> Void
  ) throws -> [LineProblem] {
    try forEachDay(in: files, lines, making: { $1 }, unreadable: unreadable, body)
  }

  /// The same, what `making` gives for each day's values handed to `body`: made on the thread
  /// that read the day.
  func forEachDay<Value, Made: Sendable>(
    in files: [(date: LocalDate, path: String)],
    _ lines: @escaping @Sendable (LocalDate) -> DayLines<Value>,
    making: @escaping @Sendable (LocalDate, [Value]) -> Made,
    unreadable: ((String, any Error) -> Void)?, _ body: (LocalDate, Made) throws -> Void
  ) throws -> [LineProblem] {
    var days: [[(date: LocalDate, path: String)]] = []
    for file in files {
      if let last = days.last?.first?.date, last == file.date {
        days[days.count - 1].append(file)
      } else {
        days.append([file])
      }
    }
    var problems: [LineProblem] = []
    let (store, dates) = (self, days)
    let names = files.contains { directory.device(of: $0.path) != nil } ? shownDeviceNames() : [:]
    try ReadAhead(count: dates.count) { place in
      var day = store.readDay(dates[place], names: names, lines(dates[place][0].date))
      let made = making(day.date, day.values)
      day.values = []
      return (day, made)
    }.inOrder { day, made in
      problems += day.problems
      for (path, error) in day.unreadable { unreadable?(path, error) }
      try body(day.date, made)
    }
    return problems
  }

  /// One date's values, from every file listed for it, with what went wrong reading them.
  struct DayRead<Value: Sendable>: Sendable {
    var date: LocalDate
    var values: [Value] = []
    var problems: [LineProblem] = []
    /// Files that could not be read at all, with why.
    var unreadable: [(path: String, error: StoreError)] = []
  }

  /// One day's entries from several files (each in file order) merged by id in time order, as
  /// every reader merges the devices' files: for a reader that read them one at a time. A line
  /// whose id came already with other content is left out (the first is shown) and counted in
  /// `differing`, as the other readers report it.
  public static func merged(_ files: [[Entry]]) -> (entries: [Entry], differing: Int) {
    let merged = LineMerge.merged(files, time: \.recordedAt, id: \.id, same: sameEntry)
    return (merged.values, merged.differing)
  }

  /// Whether two entries with one id are the same line: their content, whichever device's
  /// name the reading put beside the author.
  static func sameEntry(_ a: Entry, _ b: Entry) -> Bool {
    var (a, b) = (a, b)
    (a.device, b.device) = (nil, nil)
    return a == b
  }

  /// A date's files read and decoded, merged by id in time order when there are several (the
  /// devices' files, a conflict copy: ``LineMerge``). A file that cannot be read is one
  /// problem (line 0, the reason); the date's other files are still read. `names` are the
  /// devices' names to show beside authors; the lines read as `lines` says.
  func readDay<Value>(
    _ files: [(date: LocalDate, path: String)], names: [String: String], _ lines: DayLines<Value>
  ) -> DayRead<Value> {
    var day = DayRead<Value>(date: files[0].date)
    var sources: [LineMerge.Source<Value>] = []
    for file in files {
      do {
        let (source, problems) = try readDay(file.path, names: names, lines)
        sources.append(source)
        day.problems += problems
      } catch {
        day.problems.append(
          LineProblem(file: directory.relative(file.path), line: 0, reason: error.message))
        day.unreadable.append((file.path, error))
      }
    }
    guard !sources.isEmpty else { return day }
    let entry = lines.entry
    let merged = LineMerge.merge(
      sources, time: { entry($0).recordedAt }, id: { entry($0).id },
      same: { JourneyStore.sameEntry(entry($0), entry($1)) })
    day.values = merged.values
    day.problems += merged.problems
    return day
  }

  /// One day file's entries and a problem for each line that could not be read.
  func readDay(_ path: String) throws(StoreError) -> (entries: [Entry], problems: [LineProblem]) {
    let names = directory.device(of: path) == nil ? [:] : shownDeviceNames()
    let (source, problems) = try readDay(path, names: names, JourneyStore.entryLines())
    return (source.values, problems)
  }

  /// One day file's values with their line numbers, each carrying its device's name from
  /// `names`, and a problem for each line that could not be read; the lines read as `lines`
  /// says.
  func readDay<Value>(
    _ path: String, names: [String: String], _ lines: DayLines<Value>
  ) throws(StoreError) -> (source: LineMerge.Source<Value>, problems: [LineProblem]) {
    let name = directory.relative(path)
    let contents = try LineFile.read(path, relativeName: name, picking: lines.picking)
    var (decoded, numbers, problems) = lines.decode(contents, name)
    if let device = directory.device(of: path), let shown = names[device] {
      for index in decoded.indices { lines.device(&decoded[index], shown) }
    }
    return (LineMerge.Source(name: name, values: decoded, lines: numbers), problems)
  }
}
