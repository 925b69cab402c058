import Foundation
import JourneyCore
import JourneyStore

extension AppContext {
  /// Reads everything (or the day files between two dates), refusing with a helpful line when
  /// there is no journey yet, or when `journey.jsonl` is missing beside day files (saying so,
  /// rather than "no journey yet").
  public func loadStarted(
    entriesFrom from: LocalDate? = nil, to: LocalDate? = nil, readingEntries: Bool = true
  ) throws -> (JourneySnapshot, CareProtocol) {
    try requireJourneyFile()
    let snapshot = try readingEntries ? store.load(entriesFrom: from, to: to) : store.loadJourney()
    guard snapshot.journey.isStarted else { throw AppError.noJourney(store.directory.root) }
    return (snapshot, try loadProtocol(for: snapshot.journey))
  }

  /// Refuses when `journey.jsonl` is missing: "no journey yet", or, when day files are there,
  /// that the journey file is gone and `verify` lists what is left; and when it is damaged
  /// (empty, or not starting with the journey's start), naming the line.
  public func requireJourneyFile() throws {
    if let damaged = damagedJourney() { throw damaged }
    guard !store.hasJourney else { return }
    throw missingJourneyFile() ?? AppError.noJourney(store.directory.root)
  }

  /// The refusal for a `journey.jsonl` that is there but holds no journey's start; nil when it
  /// is missing or starts as it should.
  public func damagedJourney() -> AppError? {
    store.journeyDamage().map { AppError.journeyDamaged(store.directory.root, $0) }
  }

  /// The refusal for a missing `journey.jsonl` beside day files; nil when the journey file is
  /// there, or when nothing is (a new folder: "no journey yet" is right then).
  public func missingJourneyFile() -> AppError? {
    guard !store.hasJourney else { return nil }
    let dayFiles = store.directory.dayFiles().files.count
    return dayFiles == 0 ? nil : AppError.journeyMissing(store.directory.root, dayFiles)
  }

  /// Reads everything for display: like ``loadStarted()``, but when `journey.jsonl` is missing
  /// beside day files, the entries are still returned (with an empty journey and the problem),
  /// so nothing readable is hidden.
  ///
  /// Without `readingEntries`, only the journey is read (for a command that reads the day files
  /// one at a time itself, ``JourneyStore/forEachDay(from:to:_:)``).
  public func loadReadable(readingEntries: Bool = true) throws -> (JourneySnapshot, CareProtocol) {
    if let damage = store.journeyDamage() {
      // What can be read is shown: the events that decode, and every day file.
      let read = try? store.readEvents()
      var snapshot = JourneySnapshot(
        journey: Journey(events: read?.events ?? []), entries: [],
        problems: [damage] + (read?.problems ?? []))
      if readingEntries {
        let (entries, problems) = try store.readEntries()
        snapshot.entries = entries
        snapshot.problems += problems
      }
      warn("\(AppError.journeyDamaged(store.directory.root, damage))")
      return (snapshot, try loadProtocol(for: snapshot.journey))
    }
    let dayFiles = store.hasJourney ? 0 : store.directory.dayFiles().files.count
    guard dayFiles > 0 else { return try loadStarted(readingEntries: readingEntries) }
    var snapshot = try readingEntries ? store.load() : store.loadJourney()
    snapshot.problems.insert(Verifier.missingJourney(dayFiles: dayFiles), at: 0)
    warn("\(AppError.journeyMissing(store.directory.root, dayFiles))")
    return (snapshot, try loadProtocol(for: snapshot.journey))
  }

  /// The journey's own protocol copy, saying on standard error when it cannot be used (see
  /// ``protocolWithWarning(for:)``).
  public func loadProtocol(for journey: Journey) throws -> CareProtocol {
    let (care, warning) = try protocolWithWarning(for: journey)
    if let warning { warn(warning) }
    return care
  }

  /// The journey's own protocol copy (`protocol.toml`, which `init` writes), and nil; or, when
  /// it is missing, cannot be read, is a link or a pipe, the built-in protocol the journey
  /// names (else cd19-sle) and the warning every command and screen shows with it: its alerts
  /// follow the built-in rules only, which may not be the centre's. A copy that does not
  /// parse is refused: a typo must not change a threshold silently.
  public func protocolWithWarning(for journey: Journey) throws -> (CareProtocol, warning: String?) {
    let path = store.protocolFile
    let text: String?
    var why = tr("protocol.toml is missing from %s", store.directory.root)
    do {
      text = try store.readProtocolText()
    } catch {
      text = nil
      why = error.message.hasSuffix(".") ? String(error.message.dropLast()) : error.message
    }
    if let text {
      do {
        return (try CareProtocol.reading(toml: text, fileName: path), nil)
      } catch {
        throw AppError(
          tr("%1$s — fix %2$s, or copy a built-in protocol over it", "\(error)", path))
      }
    }
    let named = journey.protocolID ?? "cd19-sle"
    guard
      let care = try CareProtocol.builtIn(named: named) ?? CareProtocol.builtIn(named: "cd19-sle")
    else { throw AppError(tr("protocol %1$s is neither in %2$s nor built in", named, path)) }
    return (
      care,
      tr(
        "alerts and milestones follow the built-in %1$s rules only, not this journey's own "
          + "protocol (%2$s); they may differ from your centre's (its fever line, its "
          + "schedule): restore protocol.toml from a backup, and ask your CAR-T team when unsure",
        care.id, why)
    )
  }
}
