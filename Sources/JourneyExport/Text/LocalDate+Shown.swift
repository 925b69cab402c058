import JourneyCore

extension LocalDate {
  /// The date as ``Language/current`` writes it in running text: `22.11.2026`, `2026年11月22日`,
  /// `22 nov 2026` (``Language/date(_:)``). English keeps `2026-11-22`, as typed on the command
  /// line and as every English output and report has always shown it.
  public var shown: String { shown(in: Language.current) }

  /// The date as `language` writes it in running text.
  public func shown(in language: Language) -> String {
    guard language != .english else { return description }
    return ShownDates.shared.text(self, in: language)
  }
}
