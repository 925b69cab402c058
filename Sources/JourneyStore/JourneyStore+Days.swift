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
  /// error thrown by `body` stops it.
  public func forEachDay(
    in files: [(date: LocalDate, path: String)],
    unreadable: ((String, any Error) -> Void)? = nil,
    _ body: (LocalDate, [Entry]) throws -> Void
  ) throws -> [LineProblem] {
    var problems: [LineProblem] = []
    var index = 0
    while index < files.count {
      let date = files[index].date
      var entries: [Entry] = []
      while index < files.count, files[index].date == date {
        defer { index += 1 }
        do {
          let (read, fileProblems) = try readDayFile(files[index].path)
          entries += read
          problems += fileProblems
        } catch {
          problems.append(
            LineProblem(
              file: directory.relative(files[index].path), line: 0,
              reason: (error as? StoreError)?.message ?? "\(error)"))
          unreadable?(files[index].path, error)
        }
      }
      try body(date, entries)
    }
    return problems
  }
}
