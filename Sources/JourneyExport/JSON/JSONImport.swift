import Foundation
import JourneyCore

/// Reads a whole-journey backup written by `carejourney export json` (see `JSONExport`), and
/// checks all of it before anything is written: a file that would import as a broken or partial
/// journey is refused whole, with the first thing wrong.
public enum JSONImport {
  /// A journey read back from a backup, ready to be written as it was.
  public struct Backup: Sendable {
    /// In the order of `journey.jsonl`.
    public var events: [JourneyEvent]
    /// Each day's in the order they were written.
    public var entries: [Entry]
    /// The text for `protocol.toml`; nil when the journey uses a built-in protocol.
    public var protocolText: String?
    /// The journey the events make.
    public var journey: Journey
    /// Whether the backup carried the hashes that show it unchanged since export (format
    /// version 2 on); an older one imports unchecked.
    public var checked = false
    /// The first thing changed after export (`entry 17 (id …, 2026-11-21, temperature)`),
    /// when the change was accepted (``read(_:acceptingEdited:)``); nil when there was none.
    public var edited: String?
  }

  /// Why a file is not a backup that can be imported, as a sentence that says what to do.
  public struct Refusal: Error, Equatable, CustomStringConvertible {
    public let description: String

    /// The object at `place` (`entry 3`) does not read, for `reason`.
    init(unreadable place: String, reason: String) {
      self.init(description: tr("%1$s cannot be read: %2$s", place, reason))
    }

    init(description: String) {
      self.description = description
    }
  }

  /// The document's top level; every field optional, so a missing one is named.
  struct Document: Decodable {
    var format: String?
    var version: Int?
    var `protocol`: String?
    var events: [LineCodec.Embedded]?
    var entries: [LineCodec.Embedded]?
    var entryChain: [String]?
    var eventChain: [String]?
    var protocolSha256: String?
  }

  /// Reads and checks a backup; throws the first problem found, having kept nothing. A backup
  /// changed after it was exported is refused, naming the first change, unless
  /// `acceptingEdited` (then ``Backup/edited`` names it).
  public static func read(_ data: Data, acceptingEdited: Bool = false) throws(Refusal) -> Backup {
    let document: Document
    do {
      // The quick way for a backup as CareJourney writes it; anything else as before.
      document =
        try LineCodec.quickDocument(data).map(Document.init)
        ?? JSONDecoder().decode(Document.self, from: data)
    } catch {
      throw Refusal(
        description: tr(
          "it is not a CareJourney backup: it does not read as a JSON object with "
            + "\"format\": \"%s\" (make one with `carejourney export json`)",
          JSONExport.formatName))
    }
    guard document.format == JSONExport.formatName else {
      throw Refusal(
        description: tr(
          "it is not a CareJourney backup: its \"format\" is not \"%s\" (make one with "
            + "`carejourney export json`)", JSONExport.formatName))
    }
    guard let version = document.version, version >= 1 else {
      throw Refusal(
        description: tr("it has no format \"version\": it was not written by CareJourney"))
    }
    guard version <= JSONExport.version else {
      throw Refusal(
        description: tr(
          "it was written in backup format %1$s by a newer CareJourney; this one reads up to "
            + "%2$s: update CareJourney to import it", String(version), String(JSONExport.version)))
    }
    guard let embeddedEvents = document.events, let embeddedEntries = document.entries else {
      throw Refusal(
        description: tr("it has no \"events\" or no \"entries\" list: it is not whole"))
    }

    var ids: [String: String] = [:]
    let events = try decodeAll(embeddedEvents, eventPlace, &ids, { try $0.event() }, id: \.id)
    let entries = try decodeAll(embeddedEntries, entryPlace, &ids, { try $0.entry() }, id: \.id)

    guard case .created = events.first?.body else {
      throw Refusal(description: tr("its events do not start with the journey's start (created)"))
    }
    let journey = Journey(events: events)
    if let problem = journey.problems.first {
      throw Refusal(description: tr("its journey breaks the journey's rules: %s", "\(problem)"))
    }
    let care = try checkProtocol(document.protocol, for: journey)
    for (index, entry) in entries.enumerated() {
      if let reason = care.implausibleLabs(in: entry.body).first {
        throw Refusal(unreadable: entryPlace(index), reason: "\(reason)")
      }
    }
    // After the checks above, which name a broken journey more precisely; an edit that keeps
    // it whole (36.1 °C made 39.9 °C) is found here.
    var edited: Edit?
    if version >= 2 {
      edited = try firstEdit(document, events: events, entries: entries)
      if let edited, !acceptingEdited { throw Refusal(editedAfterExport: edited) }
    }
    return Backup(
      events: events, entries: entries, protocolText: document.protocol, journey: journey,
      checked: version >= 2, edited: edited?.words)
  }

  /// An event's place in the backup, counted from 1 (`event 3`), in ``Language/current``.
  static func eventPlace(_ index: Int) -> String { tr("event %s", String(index + 1)) }

  /// An entry's place in the backup, counted from 1 (`entry 17`), in ``Language/current``.
  static func entryPlace(_ index: Int) -> String { tr("entry %s", String(index + 1)) }

  /// Each object decoded, or the first that cannot be, named by its place (`entry 17`, made by
  /// `place` from its index); an id already in `ids` is refused too, as `verify` would.
  static func decodeAll<T>(
    _ objects: [LineCodec.Embedded], _ place: (Int) -> String, _ ids: inout [String: String],
    _ decode: (LineCodec.Embedded) throws -> T, id: (T) -> String
  ) throws(Refusal) -> [T] {
    var values: [T] = []
    for (index, object) in objects.enumerated() {
      let place = place(index)
      let value: T
      do {
        value = try decode(object)
      } catch {
        throw Refusal(unreadable: place, reason: "\(error)")
      }
      if let first = ids[id(value)] {
        throw Refusal(
          description: tr(
            "%1$s uses the id %2$s, as %3$s does: ids are unique", place, id(value), first))
      }
      ids[id(value)] = place
      values.append(value)
    }
    return values
  }

  /// The protocol text must read, or the journey's built-in protocol must exist; returns it.
  static func checkProtocol(
    _ text: String?, for journey: Journey
  ) throws(Refusal) -> CareProtocol {
    guard let text else {
      let name = journey.protocolID ?? ""
      if let care = try? CareProtocol.builtIn(named: name) { return care }
      throw Refusal(
        description: tr(
          "it holds no protocol text, and its protocol %s is not built into this CareJourney",
          name))
    }
    do {
      return try CareProtocol(toml: text, fileName: "protocol.toml")
    } catch {
      throw Refusal(description: tr("its protocol does not read: %s", "\(error)"))
    }
  }
}

extension JSONImport.Document {
  /// The top level read the quick way.
  init(_ quick: LineCodec.QuickDocument) {
    self.init(
      format: quick.format, version: quick.version, protocol: quick.protocolText,
      events: quick.events, entries: quick.entries, entryChain: quick.entryChain,
      eventChain: quick.eventChain, protocolSha256: quick.protocolSha256)
  }
}
