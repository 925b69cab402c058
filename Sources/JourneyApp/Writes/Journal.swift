import JourneyCore
import JourneyStore

/// The one path every write takes to the files, whoever calls it (a command, a screen, a test):
/// it checks the values, builds the lines (id, time, author) once, saves them in one locked
/// write, and judges the red flags the new entries raise.
public struct Journal: Sendable {
  public let context: AppContext

  /// The journal of `context`'s data directory.
  public init(_ context: AppContext) {
    self.context = context
  }

  /// Saves entries observed at `observedAt` (default: now), written by `author` (default: the
  /// context's), and returns them with the alerts they raise.
  ///
  /// `basis` is what the caller has already read (the screens keep the journey in memory); nil
  /// reads the started journey and the entries the red flags need: the day written to and the
  /// one before (a medicine that hides a fever in the 6 hours before), all of it only when a
  /// rule needs it (a symptom that must have lasted two weeks, a lab compared with earlier
  /// visits), so saving stays fast after ten years.
  @discardableResult
  public func save(
    _ bodies: [Entry.Body], observedAt: Timestamp? = nil, author: Author? = nil,
    basis: SaveBasis? = nil
  ) throws -> SavedEntries {
    let moment = context.currentTime()
    let observed = observedAt ?? moment
    guard !bodies.isEmpty else { throw AppError(tr("nothing to save")) }
    for body in bodies {
      if let problem = body.implausibility {
        throw AppError(tr("%s; nothing was saved", problem))
      }
    }
    var basis = try basis ?? readBasis(for: observed.date)
    try AppContext.requireName(author ?? context.author)
    // The home neuro check is offered in its rule's days only (the screens do not offer it
    // outside them); saved outside them it would not be judged as the acute weeks' check.
    for case .homeNeuroCheck(_) in bodies {
      if let why = HomeNeuroCheck.refusal(
        on: observed.date, journey: basis.journey, protocol: basis.care)
      {
        throw AppError(tr("%s; nothing was saved", why))
      }
    }
    if !basis.complete,
      bodies.contains(where: {
        RedFlags.needsHistory($0, on: observed.date, journey: basis.journey, protocol: basis.care)
      })
    {
      basis = try readBasis(for: nil)
    }
    let entries = bodies.map {
      Entry(
        id: context.newID(), recordedAt: moment, observedAt: observed,
        author: author ?? context.author, body: $0)
    }
    try context.store.appendEntries(entries)
    let languages = try context.languages(for: basis.journey)
    let alerts = RedFlags.ranked(
      RedFlags.alerts(
        for: entries, in: basis.entries + entries, journey: basis.journey, protocol: basis.care)
    ).map { $0.speaking(languages) }
    return SavedEntries(entries: entries, alerts: alerts, basis: basis)
  }

  /// The started journey, its protocol and the entries of `date` and the day before (all of
  /// them for nil).
  public func readBasis(for date: LocalDate?) throws -> SaveBasis {
    let (snapshot, care) = try context.loadStarted(
      entriesFrom: date?.adding(days: -1), to: date)
    return SaveBasis(
      journey: snapshot.journey, care: care, entries: snapshot.entries,
      problems: snapshot.problems, complete: date == nil)
  }
}
