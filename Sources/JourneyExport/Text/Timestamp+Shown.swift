import JourneyCore

extension Timestamp {
  /// The local date and time as ``Language/current`` writes them: `2026-11-22 08:30` in
  /// English, `22.11.2026 08:30` in German (``LocalDate/shown``).
  public var shown: String { "\(date.shown) \(clockText)" }
}
