import JourneyCore

/// Everything an export reads: the journey, its entries, its protocol, and the day it is made.
///
/// Exports are pure functions of this value, so the same data always gives the same bytes: no
/// clock, no random ids, no machine paths.
public struct ExportInput: Sendable {
  public var journey: Journey
  /// Every entry read, amended ones included (the journey's corrections say which are struck out).
  public var entries: [Entry]
  public var care: CareProtocol
  /// The protocol file's text as the journey keeps it (`protocol.toml`), when there is one.
  public var protocolText: String?
  /// The moment the export is made, in the patient's local time: the report's "as of".
  public var now: Timestamp
  /// Only what happened on these dates (inclusive); nil is open-ended.
  public var from: LocalDate?
  public var to: LocalDate?
  /// The SHA-256 of stored lines by their id (the journey's events; the entries too when
  /// ``days`` is nil), as the hash chain records them (`JourneyStore.eventLineHashes()`), for
  /// the FHIR export's `Provenance`; empty when the data was not read from files (the hash is
  /// then left out).
  public var lineHashes: [String: String]
  /// The entries read from the files a day at a time instead of ``entries``, with the SHA-256
  /// of each stored line: how a long journey is exported without holding it all (FHIR).
  public var days: DayReader?
  /// The languages the visit report is written in, side by side, the first the page's own;
  /// empty for ``Language/current`` alone. The other formats hold codes, not words.
  public var languages: [Language] = []
  /// Why the journey's own protocol (`protocol.toml`) could not be used, so ``care`` is the
  /// built-in one: the visit report says so at its top. Nil when the journey's own is used.
  public var protocolWarning: String?

  /// Reads the day files between two dates (inclusive; nil is open-ended) one day at a time,
  /// oldest first, handing `body` each day's entries as `reading` asks (each hash empty unless
  /// it asks for them: the entries are handed on as the store reads them, not copied again).
  public typealias DayReader =
    @Sendable (
      _ from: LocalDate?, _ to: LocalDate?, _ reading: DayReading,
      _ body: (LocalDate, [(entry: Entry, hash: String)]) throws -> Void
    ) throws -> Void

  /// How ``days`` reads the day files.
  public enum DayReading: Sendable {
    /// Every entry, with the SHA-256 the hash chain records for its stored line
    /// (`JourneyStore.forEachDayHashed`).
    case hashed
    /// At least the entries whose stored line `wanted` picks from its bytes (and the date of
    /// its day), without hashes (`JourneyStore.forEachDay(decodingOnly:)`): the others need
    /// not even be decoded. For a survey of a few kinds of line, which still looks at what it
    /// is given. `wanted` may be called on two threads at once, each day's lines on one.
    case only(_ wanted: @Sendable (LocalDate, UnsafeBufferPointer<UInt8>) -> Bool)
  }

  public init(
    journey: Journey, entries: [Entry], care: CareProtocol, protocolText: String? = nil,
    now: Timestamp, from: LocalDate? = nil, to: LocalDate? = nil,
    lineHashes: [String: String] = [:], days: DayReader? = nil
  ) {
    self.journey = journey
    self.entries = entries
    self.care = care
    self.protocolText = protocolText
    self.now = now
    self.from = from
    self.to = to
    self.lineHashes = lineHashes
    self.days = days
  }

  /// The entries a day at a time, oldest first, from ``days`` or else from ``entries`` (each
  /// day's in the order given, every one), between two dates (inclusive; nil is open-ended),
  /// as `reading` asks; the hashes from ``lineHashes`` when read from ``entries`` (empty when
  /// not known).
  func forEachDay(
    from: LocalDate?, to: LocalDate?, _ reading: DayReading,
    _ body: (LocalDate, [(entry: Entry, hash: String)]) throws -> Void
  ) throws {
    if let days {
      try days(from, to, reading, body)
      return
    }
    var hashed = false
    if case .hashed = reading { hashed = true }
    let order = entries.indices.sorted { a, b in
      let (x, y) = (entries[a].observedAt.date, entries[b].observedAt.date)
      return x != y ? x < y : a < b
    }
    var index = 0
    while index < order.count {
      let date = entries[order[index]].observedAt.date
      var day: [(entry: Entry, hash: String)] = []
      while index < order.count, entries[order[index]].observedAt.date == date {
        let entry = entries[order[index]]
        day.append((entry, hashed ? lineHashes[entry.id] ?? "" : ""))
        index += 1
      }
      if from.map({ date >= $0 }) ?? true, to.map({ date <= $0 }) ?? true {
        try body(date, day)
      }
    }
  }

  public var today: LocalDate { now.date }

  /// True when neither `from` nor `to` is given: every date is included.
  public var isWholeJourney: Bool { from == nil && to == nil }

  /// True when a date lies within `from`...`to`.
  public func includes(_ date: LocalDate) -> Bool {
    if let from, date < from { return false }
    if let to, date > to { return false }
    return true
  }
}
