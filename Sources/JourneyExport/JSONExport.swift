import Foundation
import JourneyCore

/// The whole journey as one JSON document: a backup that `carejourney import` turns back into a
/// data directory, on this machine or a new one.
///
/// ```
/// {
///   "entries": [
///     {"at":"2026-05-23T08:00:00+02:00","by":{"name":"Maria Santos","role":"patient"},...},
///     ...
///   ],
///   "events": [
///     {"by":{"name":"Ana Weber","role":"nurse"},"id":"demo-00001",...,"type":"created",...},
///     ...
///   ],
///   "format": "carejourney-journey",
///   "protocol": "# The protocol file's text ...",
///   "version": 1
/// }
/// ```
///
/// - Each event and entry is the object its line in the data files holds, written by the same
///   ``LineCodec`` (every field, the id, the timestamps with their UTC offsets, the author), less
///   the line's `prev`: the hash chain belongs to the files, and an import starts it afresh.
///   What the journey is made of is what is written: an event its rules refuse (listed by
///   `carejourney verify`) is left out, as a line that cannot be read is.
/// - `events` are in the order of `journey.jsonl` (the journey is a fold over them); `entries`
///   by the date they were observed, each day's in the order they were written. Keys are sorted,
///   one object a line, so the same journey always gives the same bytes, whatever the day.
/// - `protocol` is the text of the journey's `protocol.toml`, or null when the journey uses a
///   built-in protocol without a copy.
/// - Text JSON leaves raw and a terminal would obey (DEL, C1 controls, bidirectional overrides)
///   is written as `\uXXXX`, so printing the backup is harmless and it still reads the same.
///
/// A backup holds the whole journey or nothing: a date range is refused, since a part imported
/// on its own would make a different journey.
public enum JSONExport {
  /// The document's `format`.
  static let formatName = "carejourney-journey"
  /// The document's `version`: this build writes it and reads it and every earlier one.
  /// Version 2 added the hashes (`entryChain`, `eventChain`, `protocolSha256`).
  static let version = 2

  /// Why a journey cannot be written as a backup.
  struct Refusal: Error, CustomStringConvertible {
    let description: String
  }

  static func render(_ input: ExportInput) throws -> String {
    guard input.from == nil && input.to == nil else {
      throw Refusal(description: rangeRefusal)
    }
    try check(input.journey)
    let entries = inFileOrder(input.entries).map { LineCodec.encode($0) }
    var text = ""
    try stream(journey: input.journey, protocolText: input.protocolText, entryLines: entries) {
      text += $0
    }
    return text
  }

  /// Refuses a journey that cannot be written as a backup: one with no start.
  public static func check(_ journey: Journey) throws {
    guard journey.isStarted else {
      throw Refusal(
        description: "there is no journey start to back up (journey.jsonl is missing or holds "
          + "no start); restore journey.jsonl first, or list what is left with `export csv`")
    }
  }

  /// The document in pieces, each handed to `emit` as it is made, so ten years of entries are
  /// written without holding the document whole: `entryLines` are the entries as ``LineCodec``
  /// encodes them, in ``inFileOrder(_:)``. The pieces joined are what ``render(_:)`` gives.
  public static func stream(
    journey: Journey, protocolText: String?, entryLines: [String], _ emit: (String) throws -> Void
  ) throws {
    // Escaping works character by character, so escaping piece by piece gives the same text.
    // Pieces of about 64 KB: one write each, not one for each of 40,000 entries.
    var piece = "{\n  \"entries\": "
    func add(_ text: String) throws {
      piece += text
      guard piece.utf8.count >= 1 << 16 else { return }
      try emit(SafeText.jsonEscaped(piece))
      piece = ""
    }
    func addList(_ lines: [String]) throws {
      if lines.isEmpty {
        try add("[]")
        return
      }
      for (index, line) in lines.enumerated() {
        try add(index == 0 ? "[\n    " : ",\n    ")
        try add(line)
      }
      try add("\n  ]")
    }
    // The chain is written as it is computed: ten years' hashes are never held as a list.
    func addChain(_ lines: [String]) throws {
      var prev = LineCodec.genesisHash
      for (index, line) in lines.enumerated() {
        prev = BackupChain.next(after: prev, line)
        try add((index == 0 ? "[\n    \"" : ",\n    \"") + prev + "\"")
      }
      try add(lines.isEmpty ? "[]" : "\n  ]")
    }
    try addList(entryLines)
    try add(",\n  \"entryChain\": ")
    try addChain(entryLines)
    let events = journey.events.map { LineCodec.encode($0) }
    try add(",\n  \"eventChain\": ")
    try addChain(events)
    try add(
      ",\n"
        + "  \"events\": \(list(events)),\n"
        + "  \"format\": \(try quoted(formatName)),\n"
        + "  \"protocol\": \(try protocolText.map(quoted) ?? "null"),\n"
        + "  \"protocolSha256\": \(protocolText.map { "\"\(SHA256.hex($0))\"" } ?? "null"),\n"
        + "  \"version\": \(version)\n"
        + "}\n")
    if !piece.isEmpty { try emit(SafeText.jsonEscaped(piece)) }
  }

  /// The refusal for `--from`/`--to` with `json`, which says what to do instead.
  public static let rangeRefusal =
    "a json export is a backup of the whole journey, so --from and --to do not apply: leave "
    + "them out (`carejourney import` restores all of it), or use csv for a range of dates"

  /// Entries by the date they were observed, each day's in the order given (as the day files
  /// hold them), so entries read in any order of days give the same document.
  static func inFileOrder(_ entries: [Entry]) -> [Entry] {
    entries.enumerated().sorted { a, b in
      let (x, y) = (a.element.observedAt.date, b.element.observedAt.date)
      return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
  }

  /// `[]`, or one object a line, indented under its key.
  static func list(_ objects: [String]) -> String {
    guard !objects.isEmpty else { return "[]" }
    return "[\n" + objects.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]"
  }

  /// A JSON string, escaped as the data files escape theirs.
  static func quoted(_ text: String) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    return String(decoding: try encoder.encode(text), as: UTF8.self)
  }
}
