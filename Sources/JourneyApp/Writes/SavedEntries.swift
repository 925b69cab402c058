import JourneyCore
import JourneyExport

/// Entries just saved, the alerts they raised, and how to say so: the "Saved" text is built
/// here once for the command line and the screens.
public struct SavedEntries: Sendable {
  public let entries: [Entry]
  /// The alerts the saved entries raise, most urgent first (one per entry).
  public let alerts: [Alert]
  /// What they were judged against.
  public let basis: SaveBasis

  /// Each entry as the timeline describes it ("Temperature 38.4 °C"), in the journey's unit.
  public var texts: [String] {
    entries.map {
      Timeline.describe($0.body, unit: basis.journey.temperatureUnit, care: basis.care).text
    }
  }

  /// The screens' notice: `Saved: Temperature 38.4 °C, Note: ...`.
  public var notice: String { tr("Saved: %s", texts.joined(separator: ", ")) }

  /// The command line's lines, one per entry: `Saved ID: TEXT — DATE TIME, Day +3 · ...`;
  /// without the time when the entry was given only a day (`--on`).
  public func lines(withTime: Bool = true) -> [String] {
    zip(entries, texts).map { entry, text in
      let observed = entry.observedAt
      let day = StudyDay(date: observed.date, journey: basis.journey, protocol: basis.care)
      let when = withTime ? observed.shown : observed.date.shown
      return tr("Saved %1$s: %2$s — %3$s, %4$s", entry.id, text, when, day.label)
    }
  }
}
