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

/// Views derived from the data once per change, so a keystroke never recomputes them.
public struct DerivedViews: Equatable, Sendable {
  public var alerts: [Alert] = []
  /// True while an alert may still come from days not read yet: a lab logged in the last day
  /// that a rule compares with earlier visits (the first creatinine, the previous UPCR).
  public var alertsPending = false
  /// The journey's events and the entries from ``JourneyData/entriesFrom`` on, in timeline
  /// order; the older days' entries are ``older``.
  public var timeline: [TimelineItem] = []
  /// The older days' entry rows, in timeline order.
  public var older: [HistoryRow] = []
  /// Ids of entries that raised an alert, for marking them in the timeline (older rows carry
  /// their own).
  public var alerting: [String: RedFlagRule.Level] = [:]
  public var milestones: [Milestone] = []
  /// ``timeline`` and ``older`` merged, oldest first.
  var order: [TimelineRef] = []
  /// What the Timeline screen lists now; the reducer keeps it in step with the state.
  var listing: TimelineListing?

  public init() {}

  public init(_ data: JourneyData) {
    refresh(data, timeline: true)
  }

  /// Recomputes the views; the timeline only when the data itself changed.
  mutating func refresh(_ data: JourneyData, timeline rebuild: Bool) {
    let journey = data.journey
    alerts = RedFlags.active(
      journey: journey, entries: data.entries, protocol: data.care, now: data.now
    ).map { $0.speaking(data.languages) }
    alertsPending = !data.historyComplete && DerivedViews.needsOlderHistory(data)
    milestones = journey.milestones(protocol: data.care, today: data.today)
    guard rebuild else { return }
    let recent = data.entriesFrom.map { from in data.entries.filter { $0.observedAt.date >= from } }
    timeline = Timeline.items(
      journey: journey, entries: recent ?? data.entries, protocol: data.care)
    older = data.older?.rows ?? []
    order = DerivedViews.merged(timeline, older)
    listing = nil
    alerting = [:]
    // Marks for the rows listed from entries (older rows carry their own), judged against
    // every entry kept: labs compare with the earlier visits' values.
    let marked = RedFlags.alerts(
      for: recent ?? data.entries, in: data.entries, journey: journey, protocol: data.care)
    for alert in marked {
      guard let id = alert.entryID else { continue }
      alerting[id] = min(alerting[id] ?? alert.level, alert.level)
    }
  }

  /// Whether an entry logged in the last 24 hours is judged against entries older than those
  /// read (``RedFlags/needsHistory(_:on:journey:protocol:)``): a lab compared with earlier
  /// visits, a symptom that must have persisted, a watch-list sign past Day +180.
  static func needsOlderHistory(_ data: JourneyData) -> Bool {
    let since = data.now.unixSeconds - 24 * 3600
    return data.entries.contains { entry in
      entry.observedAt.unixSeconds >= since
        && RedFlags.needsHistory(
          entry.body, on: entry.observedAt.date, journey: data.journey, protocol: data.care)
    }
  }
}

/// How a row that raised an alert is marked: the alert's symbol (`!!` emergency or urgent, `!` call
/// today, `i` information) and style, so a call-today reading never looks like an urgent one.
enum AlertMark {
  static func of(_ level: RedFlagRule.Level?) -> (mark: String, style: Style?) {
    switch level {
    case .emergency: ("!!", Style(.urgent, bold: true))
    case .urgent: ("!!", Style(.urgent, bold: true))
    case .callToday: (" !", Style(.warning, bold: true))
    case .info: (" i", Style(.info))
    case nil: ("  ", nil)
    }
  }
}
