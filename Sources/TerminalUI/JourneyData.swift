import JourneyCore

/// What the screens show, read by the app from the data directory; screens never read files.
public struct JourneyData: Equatable, Sendable {
  public var journey: Journey
  public var entries: [Entry]
  public var care: CareProtocol
  /// Lines that could not be read; shown as a count, never hidden.
  public var unreadableLines: Int
  /// The moment the data is judged at (alerts, due milestones); the app updates it each tick.
  public var now: Timestamp

  public init(journey: Journey, entries: [Entry], care: CareProtocol, unreadableLines: Int, now: Timestamp) {
    self.journey = journey
    self.entries = entries
    self.care = care
    self.unreadableLines = unreadableLines
    self.now = now
  }

  public var today: LocalDate { now.date }

  /// The day label for today: `Day +3`, `Day +183 · Month 6`.
  public var dayLabel: String { StudyDay(date: today, journey: journey, protocol: care).label }

  /// `Day +3 · Hospital stay`.
  public var banner: String { "\(dayLabel) · \(journey.phase.title)" }
}

/// Views derived from the data once per change, so a keystroke never recomputes them.
public struct DerivedViews: Equatable, Sendable {
  public var alerts: [Alert] = []
  public var timeline: [TimelineItem] = []
  /// Ids of entries that raised an alert, for marking them in the timeline.
  public var alerting: [String: RedFlagRule.Level] = [:]
  public var milestones: [Milestone] = []

  public init() {}

  public init(_ data: JourneyData) {
    refresh(data, timeline: true)
  }

  /// Recomputes the views; the timeline only when the data itself changed.
  mutating func refresh(_ data: JourneyData, timeline rebuild: Bool) {
    let journey = data.journey
    alerts = RedFlags.active(journey: journey, entries: data.entries, protocol: data.care, now: data.now)
    milestones = journey.milestones(protocol: data.care, today: data.today)
    guard rebuild else { return }
    timeline = Timeline.items(journey: journey, entries: data.entries, protocol: data.care)
    alerting = [:]
    for alert in RedFlags.alerts(for: data.entries, journey: journey, protocol: data.care) {
      guard let id = alert.entryID else { continue }
      alerting[id] = min(alerting[id] ?? alert.level, alert.level)
    }
  }
}

/// How a row that raised an alert is marked: the alert's own symbol (`!!` urgent, `!` call
/// today, `i` information) and style, so a call-today reading never looks like an urgent one.
enum AlertMark {
  static func of(_ level: RedFlagRule.Level?) -> (mark: String, style: Style?) {
    switch level {
    case .urgent: ("!!", Style(.urgent, bold: true))
    case .callToday: (" !", Style(.warning, bold: true))
    case .info: (" i", Style(.info))
    case nil: ("  ", nil)
    }
  }
}
