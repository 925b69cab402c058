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

  public init(
    journey: Journey, entries: [Entry], care: CareProtocol, protocolText: String? = nil,
    now: Timestamp, from: LocalDate? = nil, to: LocalDate? = nil
  ) {
    self.journey = journey
    self.entries = entries
    self.care = care
    self.protocolText = protocolText
    self.now = now
    self.from = from
    self.to = to
  }

  public var today: LocalDate { now.date }

  /// True when a date lies within `from`...`to`.
  public func includes(_ date: LocalDate) -> Bool {
    if let from, date < from { return false }
    if let to, date > to { return false }
    return true
  }
}
