import JourneyCore

/// The visit report's entries read a day at a time, oldest day first, keeping only what its
/// sections show, its red flags judged as the days come: ten years of entries are never held
/// (all 40,000 of them made the report take 54 MB).
///
/// Kept: every entry but the readings the daily charts draw (temperatures, vital signs,
/// symptoms, nine in ten of all entries), of which only those of the days the charts may still
/// cover; the entries corrections correct; and today's, which say whether a reading is
/// missing. Every entry is judged against the red-flag rules with what was observed up to its
/// day (``RedFlagDays``), so the alerts are those judged from every entry at once.
///
/// That holds for days as CareJourney writes them. A day that is not (an entry dated another
/// day than its file, a correction of another day's entry, an id used twice: a file edited by
/// hand) makes ``collect(_:days:)`` give nil, and the report is made from every entry.
enum ReportDays {
  /// Reads the days, oldest first, handing `body` each day's entries.
  typealias Reader = (_ body: (LocalDate, [Entry]) throws -> Void) throws -> Void

  /// What the report is made of, from the days `days` reads: the entries kept, in the order
  /// read, the alerts in force as of `input.now` and the red flags of the period; nil when a
  /// day is not as CareJourney writes it.
  static func collect(_ input: ExportInput, days: Reader) throws
    -> (entries: [Entry], active: [Alert], raised: [Alert])?
  {
    let now = input.now
    let end = Report.chartEnd(input)
    var judge = RedFlagDays(journey: input.journey, protocol: input.care)
    // Each entry with its place in the reading, so the two lists merge back in order.
    var kept: [(place: Int, entry: Entry)] = []
    var charted: [(place: Int, entry: Entry)] = []
    var firstCharted = 0
    var today: [Entry] = []
    var (open, raised): ([Alert], [Alert]) = ([], [])
    var ids: Set<Int> = []
    var place = 0
    var lastReading: LocalDate?
    do {
      try days { date, day in
        var dayIDs: Set<String> = []
        for entry in day {
          guard entry.observedAt.date == date, ids.insert(entry.id.hashValue).inserted else {
            throw Unusual()
          }
          dayIDs.insert(entry.id)
        }
        var corrected: Set<String> = []
        for entry in day {
          guard case .correction(let target, _, _) = entry.body else { continue }
          guard dayIDs.contains(target) else { throw Unusual() }
          corrected.insert(target)
        }
        let judging = { (entry: Entry) in
          input.includes(entry.observedAt.date) || RedFlags.isOpen(entry.observedAt, now: now)
        }
        for alert in judge.add(day, judging: judging) {
          if input.includes(alert.at.date) { raised.append(alert) }
          if RedFlags.isOpen(alert.at, now: now) { open.append(alert) }
        }
        if date == now.date { today += day }
        if date <= end, DailyTrends.current(day).contains(where: { Report.placesCharts($0.body) }) {
          lastReading = date
        }
        let drawn = date <= end && input.from.map { date >= $0 } ?? true
        for entry in day {
          place += 1
          if Report.isCharted(entry.body), !corrected.contains(entry.id) {
            if drawn { charted.append((place, entry)) }
          } else {
            kept.append((place, entry))
          }
        }
        // The charts end on the last reading, never before one read already (nor before this
        // day, or the last day they may end on, when none is): readings before their earliest
        // start are dropped.
        let earliest =
          input.from
          ?? (lastReading ?? min(date, end)).adding(days: -(Report.defaultChartDays - 1))
        while firstCharted < charted.count, charted[firstCharted].entry.observedAt.date < earliest {
          firstCharted += 1
        }
        if firstCharted > 1024, firstCharted * 2 > charted.count {
          charted.removeFirst(firstCharted)
          firstCharted = 0
        }
      }
    } catch is Unusual {
      return nil
    }
    let entries = merged(kept, charted[firstCharted...])
    let answered = RedFlags.answered(
      open
        + RedFlags.missing(journey: input.journey, entries: today, protocol: input.care, now: now),
      answers: AlertAcknowledgement.all(in: entries))
    let active = input.journey.isStarted ? RedFlags.active(answered, now: now) : []
    return (entries, active, raised)
  }

  /// Thrown to stop reading at a day not as CareJourney writes it.
  private struct Unusual: Error {}

  /// Two lists of entries, each in reading order, as one in reading order.
  static func merged(
    _ a: [(place: Int, entry: Entry)], _ b: ArraySlice<(place: Int, entry: Entry)>
  ) -> [Entry] {
    var result: [Entry] = []
    result.reserveCapacity(a.count + b.count)
    var (i, j) = (a.startIndex, b.startIndex)
    while i < a.endIndex || j < b.endIndex {
      if j == b.endIndex || (i < a.endIndex && a[i].place < b[j].place) {
        result.append(a[i].entry)
        i += 1
      } else {
        result.append(b[j].entry)
        j += 1
      }
    }
    return result
  }
}
