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
  /// oldest first, as `reading` asks, handing `body` what it gives for each day.
  public typealias DayReader =
    @Sendable (
      _ from: LocalDate?, _ to: LocalDate?, _ reading: DayReading,
      _ body: (LocalDate, any Sendable) throws -> Void
    ) throws -> Void

  /// How ``days`` reads the day files, and what it hands on for each day.
  public enum DayReading: Sendable {
    /// Every entry, with the SHA-256 the hash chain records for its stored line, made into
    /// what `making` gives on the thread that read the day (`JourneyStore.forEachDayHashed(
    /// making:)`, either of two threads): that is handed on. The FHIR export writes a day's
    /// resources there, so ten years are written on both cores.
    case hashed(making: @Sendable (LocalDate, [(entry: Entry, hash: String)]) -> any Sendable)
    /// At least the entries whose stored line `wanted` picks from its bytes (and the date of
    /// its day), without hashes (`JourneyStore.forEachDay(decodingOnly:)`): the others need
    /// not even be decoded. Hands on the day's `[Entry]`. For a survey of a few kinds of line,
    /// which still looks at what it is given. `wanted` may be called on two threads at once,
    /// each day's lines on one.
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
  /// day's in the order given, every one), between two dates (inclusive; nil is open-ended):
  /// at least those `wanted` picks from their stored line.
  func forEachDay(
    from: LocalDate?, to: LocalDate?,
    only wanted: @escaping @Sendable (LocalDate, UnsafeBufferPointer<UInt8>) -> Bool,
    _ body: (LocalDate, [Entry]) throws -> Void
  ) throws {
    if let days {
      try days(from, to, .only(wanted)) { date, day in try body(date, day as! [Entry]) }
    } else {
      try forEachHeldDay(from: from, to: to, hashed: false) { try body($0, $1.map(\.entry)) }
    }
  }

  /// The same, every entry with its stored line's SHA-256 (from ``lineHashes`` when read from
  /// ``entries``; empty when not known), each day made into what `making` gives (on the thread
  /// that read it, when read from ``days``) and that handed to `body`.
  func forEachDay<Made: Sendable>(
    from: LocalDate?, to: LocalDate?,
    making: @escaping @Sendable (LocalDate, [(entry: Entry, hash: String)]) -> Made,
    _ body: (LocalDate, Made) throws -> Void
  ) throws {
    if let days {
      try days(from, to, .hashed(making: { making($0, $1) })) { date, made in
        try body(date, made as! Made)
      }
    } else {
      try forEachHeldDay(from: from, to: to, hashed: true) { try body($0, making($0, $1)) }
    }
  }

  /// ``entries`` a day at a time, in the order given on each day.
  private func forEachHeldDay(
    from: LocalDate?, to: LocalDate?, hashed: Bool,
    _ body: (LocalDate, [(entry: Entry, hash: String)]) throws -> Void
  ) throws {
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
