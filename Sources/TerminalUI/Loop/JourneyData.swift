import JourneyCore

/// What the screens show, read by the app from the data directory; screens never read files.
///
/// After years of use the app does not keep every entry: ``entries`` then holds the days from
/// ``entriesFrom`` on (the last week for the first frame, then the last 90 days, the longest
/// Trends period) and, once ``older`` is read, the labs, assessments and medication changes of
/// the days before; ``older`` holds the Timeline's rows for those days. The app draws its first
/// frame before reading them, so ``older`` is nil until they are read (``historyComplete``).
public struct JourneyData: Equatable, Sendable {
  public var journey: Journey
  public var entries: [Entry]
  public var care: CareProtocol
  /// Lines that could not be read; shown as a count, never hidden.
  public var unreadableLines: Int
  /// The moment the data is judged at (alerts, due milestones); the app updates it each tick.
  public var now: Timestamp
  /// The first day whose entries are all in ``entries``; nil when they hold the whole history.
  public var entriesFrom: LocalDate?
  /// The days before ``entriesFrom``, once read; nil until then.
  public var older: OlderHistory?
  /// Why ``care`` is not the journey's own protocol (its `protocol.toml` is missing or cannot
  /// be read, so the built-in rules judge the alerts): shown on every screen; nil when it is.
  public var protocolWarning: String?
  /// The patient's language and the care team's: alerts show both when they differ.
  public var languages: AlertLanguages = .english
  /// Conflict copies, lines with a differing duplicate id and refused journey events from
  /// several computers: shown on every screen, never hidden.
  public var sync = SyncNotices()

  public init(
    journey: Journey, entries: [Entry], care: CareProtocol, unreadableLines: Int, now: Timestamp,
    entriesFrom: LocalDate? = nil, older: OlderHistory? = nil, protocolWarning: String? = nil
  ) {
    self.journey = journey
    self.entries = entries
    self.care = care
    self.unreadableLines = unreadableLines
    self.now = now
    self.entriesFrom = entriesFrom
    self.older = older
    self.protocolWarning = protocolWarning
  }

  /// True when everything in the data directory is in (``entries`` and ``older``).
  public var historyComplete: Bool { entriesFrom == nil || older != nil }

  public var today: LocalDate { now.date }

  /// The day label for today: `Day +3`, `Day +183 · Month 6`.
  public var dayLabel: String { StudyDay(date: today, journey: journey, protocol: care).label }

  /// `Day +3 · Hospital stay`.
  public var banner: String { "\(dayLabel) · \(journey.phase.title)" }
}
