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

  /// The same over files listed already (by ``DataDirectory/dayFiles(from:to:)``, sorted by
  /// date): a day in two files (one in the wrong folder) comes as one day, in listing order.
  ///
  /// A file that cannot be read (its permissions, a disk error, a pipe or a link put in its
  /// place, a size no day reaches) never stops the reading: it is one problem (line 0, the
  /// reason), `unreadable` is told of it when given, and the other days are read. Only an
  /// error thrown by `body` stops it. The days ahead are read on a second thread while `body`
  /// works (``ReadAhead``); `body` and `unreadable` are called on this one, in order.
  public func forEachDay(
    in files: [(date: LocalDate, path: String)],
    unreadable: ((String, any Error) -> Void)? = nil,
    _ body: (LocalDate, [Entry]) throws -> Void
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
    try ReadAhead(count: dates.count) { store.readDay(dates[$0]) }.inOrder { day in
      problems += day.problems
      for (path, error) in day.unreadable { unreadable?(path, error) }
      try body(day.date, day.entries)
    }
    return problems
  }

  /// One date's entries, from every file listed for it, with what went wrong reading them.
  struct DayRead: Sendable {
    var date: LocalDate
    var entries: [Entry] = []
    var problems: [LineProblem] = []
    /// Files that could not be read at all, with why.
    var unreadable: [(path: String, error: StoreError)] = []
  }

  /// A date's files read and decoded. A file that cannot be read is one problem (line 0, the
  /// reason); the date's other files are still read.
  func readDay(_ files: [(date: LocalDate, path: String)]) -> DayRead {
    var day = DayRead(date: files[0].date)
    for file in files {
      do {
        let (entries, problems) = try readDay(file.path)
        day.entries += entries
        day.problems += problems
      } catch {
        day.problems.append(
          LineProblem(file: directory.relative(file.path), line: 0, reason: error.message))
        day.unreadable.append((file.path, error))
      }
    }
    return day
  }

  /// One day file's entries and a problem for each line that could not be read.
  func readDay(_ path: String) throws(StoreError) -> (entries: [Entry], problems: [LineProblem]) {
    let name = directory.relative(path)
    let contents = try LineFile.read(path, relativeName: name)
    let (decoded, problems) = JourneyStore.decode(contents, name: name) {
      (line) throws(LineCodec.DecodingError) in try LineCodec.decodeEntry(line.text)
    }
    return (decoded.map(\.value), problems)
  }
}
