import JourneyCore
import JourneyStore

extension AppContext {
  /// What judging the alerts in force at `now` needs (``RedFlags/active(journey:entries:
  /// protocol:now:hours:)``): the started journey, its protocol, and the day files from the days the last `hours` touch
  /// back to the longest time a medicine can hide a fever before them; every day file only
  /// when an entry of those hours is one a rule compares with long before it (a lab against
  /// earlier visits, a symptom that must have lasted: ``RedFlags/needsHistory(_:on:journey:
  /// protocol:)``).
  ///
  /// So `status` after ten years reads a few files, not 3,650; the problems returned are
  /// those of the files read (`verify` reads every file).
  public func loadForAlerts(at now: Timestamp, hours: Int = RedFlags.activeHours) throws
    -> (JourneySnapshot, CareProtocol)
  {
    var (snapshot, care) = try loadStarted(readingEntries: false)
    let masking = care.redFlags.compactMap(\.masking?.withinHours).max() ?? 0
    let back = max(hours, RedFlags.openDays * 24) + masking
    let from = now.date.adding(days: -((back + 23) / 24))
    var read = try store.readEntries(from: from, to: now.date)
    let since = now.unixSeconds - hours * 3600
    let needsAll = read.entries.contains { entry in
      entry.observedAt.unixSeconds >= since
        && RedFlags.needsHistory(
          entry.body, on: entry.observedAt.date, journey: snapshot.journey, protocol: care)
    }
    if needsAll { read = try store.readEntries() }
    snapshot.entries = read.entries
    snapshot.problems += read.problems
    return (snapshot, care)
  }
}
