import JourneyCore
import JourneyStore

extension AppContext {
  /// What judging the alerts in force at `now` needs (``RedFlags/active(journey:entries:
  /// protocol:now:hours:)``): the started journey, its protocol, and the day files up to `now`
  /// (listed once) from the days the last `hours` touch back to the longest time a medicine
  /// can hide a fever before them; older day files only when an entry of those hours is one a
  /// rule compares with long before it (a lab against earlier visits, a symptom that must have
  /// lasted, a watch-list sign past its window while the B-cell count is low:
  /// ``RedFlags/needsHistory(_:on:journey:protocol:)``), and then only back to the day those
  /// entries have what they are judged by (``RedFlags/historyIsEnough(_:from:judging:journey:
  /// protocol:)``).
  ///
  /// So `status` after ten years reads a few files, not 3,650 (with a watch-list sign logged,
  /// back to the last B-cell count); the problems returned are those of the files read
  /// (`verify` reads every file).
  public func loadForAlerts(at now: Timestamp, hours: Int = RedFlags.activeHours) throws
    -> (JourneySnapshot, CareProtocol)
  {
    // The listing and the days every protocol needs come first: the protocol is still being
    // read on the other core then (``CareProtocol/readAhead(toml:)``), and waiting for it
    // was a quarter of `status`. Reading them throws nothing (a file that cannot be read is
    // a problem), so a missing or damaged journey is still refused first, by loadStarted.
    let listing = store.directory.dayFiles(to: now.date)
    let files = listing.files
    /// The first day a rule looking `hoursBack` hours back from `now` needs, and its first file.
    func first(_ hoursBack: Int) -> (date: LocalDate, index: Int) {
      let date = now.date.adding(days: -((hoursBack + 23) / 24))
      return (date, files.firstIndex { $0.date >= date } ?? files.count)
    }
    let open = max(hours, RedFlags.openDays * 24)
    var (readFrom, start) = first(open)
    var (entries, problems) = try read(files[start...])
    var (snapshot, care) = try loadStarted(readingEntries: false)
    // Back to the longest time one of its medicines can hide a fever before them.
    let masking = care.redFlags.compactMap(\.masking?.withinHours).max() ?? 0
    let (maskedFrom, masked) = first(open + masking)
    if masked < start {
      let older = try read(files[masked..<start])
      (entries, problems) = (older.entries + entries, older.problems + problems)
    }
    (readFrom, start) = (maskedFrom, min(start, masked))
    let since = now.unixSeconds - hours * 3600
    // The entries of those hours, judged against every file.
    let judged = entries.filter { $0.observedAt.unixSeconds >= since }
    let needsMore = judged.contains { entry in
      RedFlags.needsHistory(
        entry.body, on: entry.observedAt.date, journey: snapshot.journey, protocol: care)
    }
    if needsMore {
      // Back a week, then twice as far as the time before, until those entries are judged as
      // every file would judge them; every file at worst.
      var step = 8
      while start > 0,
        !RedFlags.historyIsEnough(
          entries, from: readFrom, judging: judged, journey: snapshot.journey, protocol: care)
      {
        // A date is read whole: its files (a device's, a conflict copy) are never split.
        var earlier = max(0, start - step)
        while earlier > 0, files[earlier - 1].date == files[earlier].date { earlier -= 1 }
        let older = try read(files[earlier..<start])
        entries = older.entries + entries
        problems = older.problems + problems
        (start, readFrom) = (earlier, files[earlier].date)
        step *= 2
      }
    }
    snapshot.entries = entries
    snapshot.problems += listing.problems + problems
    return (snapshot, care)
  }

  /// The entries of some listed day files, and the problems of reading them.
  private func read(_ files: ArraySlice<(date: LocalDate, path: String)>) throws
    -> (entries: [Entry], problems: [LineProblem])
  {
    var entries: [Entry] = []
    let problems = try store.forEachDay(in: Array(files)) { _, day in entries += day }
    return (entries, problems)
  }
}
