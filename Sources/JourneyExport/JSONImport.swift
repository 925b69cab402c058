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
        description: "it is not a CareJourney backup: it does not read as a JSON object with "
          + "\"format\": \"\(JSONExport.formatName)\" (make one with `carejourney export json`)")
    }
    guard document.format == JSONExport.formatName else {
      throw Refusal(
        description: "it is not a CareJourney backup: its \"format\" is not "
          + "\"\(JSONExport.formatName)\" (make one with `carejourney export json`)")
    }
    guard let version = document.version, version >= 1 else {
      throw Refusal(description: "it has no format \"version\": it was not written by CareJourney")
    }
    guard version <= JSONExport.version else {
      throw Refusal(
        description: "it was written in backup format \(version) by a newer CareJourney; this "
          + "one reads up to \(JSONExport.version): update CareJourney to import it")
    }
    guard let embeddedEvents = document.events, let embeddedEntries = document.entries else {
      throw Refusal(description: "it has no \"events\" or no \"entries\" list: it is not whole")
    }

    var ids: [String: String] = [:]
    let events = try decodeAll(embeddedEvents, "event", &ids, { try $0.event() }, id: \.id)
    let entries = try decodeAll(embeddedEntries, "entry", &ids, { try $0.entry() }, id: \.id)

    guard case .created = events.first?.body else {
      throw Refusal(description: "its events do not start with the journey's start (created)")
    }
    let journey = Journey(events: events)
    if let problem = journey.problems.first {
      throw Refusal(description: "its journey breaks the journey's rules: \(problem)")
    }
    let care = try checkProtocol(document.protocol, for: journey)
    for (index, entry) in entries.enumerated() {
      if let reason = care.implausibleLabs(in: entry.body).first {
        throw Refusal(description: "entry \(index + 1) cannot be read: \(reason)")
      }
    }
    // After the checks above, which name a broken journey more precisely; an edit that keeps
    // it whole (36.1 °C made 39.9 °C) is found here.
    var edited: String?
    if version >= 2 {
      edited = try firstEdit(document, events: events, entries: entries)
      if let edited, !acceptingEdited { throw Refusal(editedAfterExport: edited) }
    }
    return Backup(
      events: events, entries: entries, protocolText: document.protocol, journey: journey,
      checked: version >= 2, edited: edited)
  }

  /// Each object decoded, or the first that cannot be, named by its place (`entry 17`); an id
  /// already in `ids` is refused too, as `verify` would.
  static func decodeAll<T>(
    _ objects: [LineCodec.Embedded], _ what: String, _ ids: inout [String: String],
    _ decode: (LineCodec.Embedded) throws -> T, id: (T) -> String
  ) throws(Refusal) -> [T] {
    var values: [T] = []
    for (index, object) in objects.enumerated() {
      let place = "\(what) \(index + 1)"
      let value: T
      do {
        value = try decode(object)
      } catch {
        throw Refusal(description: "\(place) cannot be read: \(error)")
      }
      if let first = ids[id(value)] {
        throw Refusal(
          description: "\(place) uses the id \(id(value)), as \(first) does: ids are unique")
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
        description: "it holds no protocol text, and its protocol \(name) is not built into "
          + "this CareJourney")
    }
    do {
      return try CareProtocol(toml: text, fileName: "protocol.toml")
    } catch {
      throw Refusal(description: "its protocol does not read: \(error)")
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
