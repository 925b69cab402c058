import JourneyCore

extension JourneyStore {
  /// Appends entries decided under the lock, as ``recordEvents(_:)`` does for events.
  ///
  /// `decide` gets the journey and the entries as they are on disk now (another terminal may
  /// have written since they were last read) and returns the entries to write, or throws to
  /// write nothing. A correction checked here cannot race another one for the same line.
  @discardableResult
  public func appendEntries(_ decide: (JourneySnapshot) throws -> [Entry]) throws -> [Entry] {
    try directory.ensureExists()
    return try StoreLock.withExclusiveLock(in: directory) {
      let entries = try decide(try load())
      let home = try writeHome()
      let byDay = Dictionary(grouping: entries) { $0.observedAt.date }
      for date in byDay.keys.sorted() {
        try appendChained(byDay[date] ?? [], to: home.dayFile(for: date), LineCodec.encode)
      }
      return entries
    }
  }
}
