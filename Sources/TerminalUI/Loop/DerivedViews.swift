import JourneyCore

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
