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
///   by the date they were observed, each day's in the order they were written: day file by day
///   file, as the files hold them (a line moved by hand into another day's file comes with that
///   file, as the timeline shows it; `import` puts it back in its own day's file). Keys are sorted,
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
    var text = ""
    try stream(
      journey: input.journey, protocolText: input.protocolText,
      lines: { body in try body(lines(inFileOrder(input.entries))) },
      bytes: { text += String(decoding: $0, as: UTF8.self) })
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

  /// Entries' lines as the backup holds them, one after another: each as ``LineCodec``
  /// encodes it, with no `prev`.
  public struct Lines: Sendable {
    /// The lines' bytes, with nothing between them.
    var bytes: [UInt8] = []
    /// Where each line ends in ``bytes``.
    var ends: [Int] = []
  }

  /// The lines of `entries`, in their order: made a day at a time on the thread that reads the
  /// day (``JourneyStore``'s `forEachDay(making:)`), so ten years are encoded on both cores.
  public static func lines(_ entries: [Entry]) -> Lines {
    var lines = Lines()
    lines.bytes.reserveCapacity(entries.count * 320)  // a usual line is under 300 bytes
    lines.ends.reserveCapacity(entries.count)
    for entry in entries {
      LineCodec.encode(entry, appendingTo: &lines.bytes)
      lines.ends.append(lines.bytes.count)
    }
    return lines
  }

  /// The document in pieces, each handed to `emit` as its UTF-8 bytes as it is made, so ten
  /// years of entries are written without holding them or the document: `lines` hands the
  /// entries' ``Lines`` to its `body` in the document's order (``inFileOrder(_:)``, or a day
  /// file at a time as the files hold them), each line's hash in the chain kept as 32 bytes.
  /// The pieces joined are what ``render(_:)`` gives.
  public static func stream(
    journey: Journey, protocolText: String?,
    lines: (_ body: (Lines) throws -> Void) throws -> Void,
    bytes emit: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    try withoutActuallyEscaping(emit) { emit in
      try write(journey: journey, protocolText: protocolText, lines: lines, emit)
    }
  }

  /// ``stream(journey:protocolText:lines:bytes:)``, with `emit` free to be used by the closure
  /// handed to `lines`.
  private static func write(
    journey: Journey, protocolText: String?,
    lines: (_ body: (Lines) throws -> Void) throws -> Void,
    _ emit: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    // Written as bytes, handed on in pieces of about 64 KB: one write each, not one for each of
    // 40,000 entries. A piece ends after a whole text, so escaping piece by piece gives the
    // same text as escaping the whole (escaping works character by character).
    var piece: [UInt8] = []
    piece.reserveCapacity(pieceSize + 4096)
    func flush() throws {
      guard !piece.isEmpty else { return }
      try piece.withUnsafeBufferPointer { bytes in
        guard SafeText.holdsJSONEscapes(bytes) else { return try emit(bytes) }
        var text = SafeText.jsonEscaped(String(decoding: bytes, as: UTF8.self))
        try text.withUTF8(emit)
      }
      piece.removeAll(keepingCapacity: true)
    }
    func add(_ text: String) throws {
      piece.append(contentsOf: text.utf8)
      if piece.count >= pieceSize { try flush() }
    }
    var scratch: [UInt8] = []
    var prev = SHA256.Digest.zero
    // The chain is computed as the lines are written: ten years' hashes are kept as digests.
    var entryChain: [SHA256.Digest] = []
    try add("{\n  \"entries\": ")
    try lines { lines in
      try lines.bytes.withUnsafeBufferPointer { bytes in
        var start = 0
        for end in lines.ends {
          let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
          start = end
          try add(entryChain.isEmpty ? "[\n    " : ",\n    ")
          prev = BackupChain.next(after: prev, scratch: &scratch) { $0.append(contentsOf: line) }
          piece.append(contentsOf: line)
          entryChain.append(prev)
        }
      }
    }
    try add(entryChain.isEmpty ? "[]" : "\n  ]")
    func addChain(_ chain: [SHA256.Digest]) throws {
      for (index, digest) in chain.enumerated() {
        try add(index == 0 ? "[\n    \"" : ",\n    \"")
        digest.append(to: &piece)
        try add("\"")
      }
      try add(chain.isEmpty ? "[]" : "\n  ]")
    }
    try add(",\n  \"entryChain\": ")
    try addChain(entryChain)
    let events = journey.events.map { LineCodec.encode($0) }
    prev = .zero
    let eventChain = events.map { line in
      prev = BackupChain.next(after: prev, line, scratch: &scratch)
      return prev
    }
    try add(",\n  \"eventChain\": ")
    try addChain(eventChain)
    try add(
      ",\n"
        + "  \"events\": \(list(events)),\n"
        + "  \"format\": \(try quoted(formatName)),\n"
        + "  \"protocol\": \(try protocolText.map(quoted) ?? "null"),\n"
        + "  \"protocolSha256\": \(protocolText.map { "\"\(SHA256.hex($0))\"" } ?? "null"),\n"
        + "  \"version\": \(version)\n"
        + "}\n")
    try flush()
  }

  /// About how many bytes a piece of the document holds when handed on.
  static let pieceSize = 1 << 16

  /// The refusal for `--from`/`--to` with `json`, which says what to do instead.
  public static var rangeRefusal: String {
    tr(
      "a json export is a backup of the whole journey, so --from and --to do not apply: leave "
        + "them out (`carejourney import` restores all of it), or use csv for a range of dates")
  }

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
