import JourneyCore
import JourneyStore

extension Journal {
  /// What a correction wrote: a correction entry for a logged entry (with its new value, nil
  /// when struck out, and what was read under the lock), or a correction event.
  public enum Corrected: Sendable {
    case entry(correction: Entry, replacement: Entry.Body?, basis: SaveBasis)
    case event(JourneyEvent, movedTo: LocalDate?)
  }

  /// Corrects the line `id`, whichever file it is in, by `author` (default: the context's):
  /// the one path `carejourney amend` and the screens' detail take. A logged entry takes a new
  /// value of its own kind or is struck out; a journey event is moved to another date or
  /// struck out. Checked under the lock (see ``correctEntry`` and ``correctEvent``).
  public func correct(
    _ id: String, reason: String, change: CorrectionChange, care: CareProtocol,
    author: Author? = nil
  ) throws -> Corrected {
    let corrected = try correctEntry(id, reason: reason, care: care, author: author) { entry in
      switch change {
      case .strike: return nil
      case .date:
        throw AppError(
          tr(
            "%s is a logged entry, not a journey event: strike it out (--strike) and log it "
              + "again with --at", id))
      case .value(let body):
        guard body.type == entry.body.type else {
          throw AppError(
            tr(
              "%1$s is a %2$s entry: correct it with a new %2$s value, or strike it out with "
                + "--strike", id, entry.body.type))
        }
        return body
      }
    }
    if let (correction, replacement, basis) = corrected {
      return .entry(correction: correction, replacement: replacement, basis: basis)
    }
    let date: LocalDate?
    switch change {
    case .strike: date = nil
    case .date(let on): date = on
    case .value:
      throw AppError(
        tr(
          "%s is not a logged entry; a journey event is corrected with --on DATE or --strike", id))
    }
    let event = try correctEvent(id, reason: reason, on: date, care: care, author: author)
    return .event(event, movedTo: date)
  }

  /// Corrects a logged entry: strikes it out (`replacement` returns nil) or replaces its value
  /// with one of the same kind. Checked under the lock, against the entries as they are on disk
  /// then, so two terminals cannot both correct one entry: a correction cannot be corrected, an
  /// entry is corrected once (then its newest version is), and only by a role that may write it.
  ///
  /// Returns nil when `id` is no entry (it may be a journey event: ``correctEvent``).
  public func correctEntry(
    _ id: String, reason: String, care: CareProtocol, author: Author? = nil,
    replacement: (Entry) throws -> Entry.Body?
  ) throws -> (correction: Entry, replacement: Entry.Body?, basis: SaveBasis)? {
    let author = author ?? context.author
    var result: (Entry, Entry.Body?, SaveBasis)?
    try context.store.appendEntries { snapshot in
      guard let entry = snapshot.entries.first(where: { $0.id == id }) else { return [] }
      if case .correction = entry.body {
        throw AppError(tr("%s is itself a correction; correct the original entry instead", id))
      }
      try requireWriter(
        Signer.of(entry.body), of: "\(id) (\(entry.body.type))", id: id, author: author)
      if snapshot.entries.contains(where: {
        if case .correction(let target, _, _) = $0.body { return target == id }
        return false
      }) {
        throw AppError(tr("%s was already corrected; correct the newest version instead", id))
      }
      let new = try replacement(entry)
      if let new, let problem = new.implausibility { throw AppError(problem) }
      // The correction goes into the corrected entry's day file, dated like it.
      let correction = Entry(
        id: context.newID(), recordedAt: context.currentTime(), observedAt: entry.observedAt,
        author: author, body: .correction(target: id, reason: reason, replacement: new))
      result = (
        correction, new,
        SaveBasis(
          journey: snapshot.journey, care: care, entries: snapshot.entries,
          problems: snapshot.problems, complete: true)
      )
      return [correction]
    }
    return result
  }

  /// Corrects a journey event: moves it to `date`, or strikes it out (nil). Checked under the
  /// lock: the event must be there, not itself a correction, not struck out already, and the
  /// author's role must be one that may write it.
  public func correctEvent(
    _ id: String, reason: String, on date: LocalDate?, care: CareProtocol, author: Author? = nil
  ) throws -> JourneyEvent {
    let author = author ?? context.author
    return try record(author: author) { journey in
      guard let old = journey.events.first(where: { $0.id == id }) else {
        throw AppError(
          tr(
            "%s is not an event or entry of this journey; `carejourney timeline --json` shows "
              + "the ids", id))
      }
      if case .corrected = old.body {
        throw AppError(tr("%s is itself a correction; correct the original event instead", id))
      }
      let signer = Signer.of(old, in: journey, protocol: care, today: context.today)
      try requireWriter(signer, of: "\(id) (\(old.type))", id: id, author: author)
      if journey.struckOut[id] != nil { throw AppError(tr("%s is already struck out", id)) }
      return .corrected(target: id, reason: reason, on: date)
    }.event
  }

  /// Refuses a correction by someone whose role may not write the line corrected: a patient
  /// cannot strike out or move a nurse's signature, ICE score or grading.
  func requireWriter(_ signer: Signer, of what: String, id: String, author: Author) throws {
    guard !signer.allows(author.role) else { return }
    throw AppError(
      tr(
        "%1$s is a nurse's, so only a nurse may correct it: run it as `carejourney --role "
          + "nurse --name NAME amend %2$s ...`; nothing was written", what, id))
  }
}
