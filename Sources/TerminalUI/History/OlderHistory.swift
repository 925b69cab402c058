import JourneyCore

/// The days before the recent weeks, as the screens keep them: one small row per logged entry
/// for the Timeline, and the few entries later judgements need (labs, visits' assessments,
/// medication changes). Ten years are 40,000 rows; kept as entries with their timeline items
/// they took over 60 MB, as rows a few.
///
/// The app reads these days in the background after the first frame (see ``JourneyData``),
/// feeding them to a ``Builder`` oldest first.
public struct OlderHistory: Equatable, Sendable {
  /// Entry rows in timeline order: by date, then time, then the order they were written.
  public var rows: [HistoryRow] = []
  /// Entries from these days that judgements over the whole journey need: lab results and
  /// assessments (lab red flags, remission), medication changes (what is being taken), CRS
  /// gradings (fever masked needs an earlier one), home neuro checks (each is compared with
  /// the first), and the corrections of those, oldest first.
  public var kept: [Entry] = []
  /// Lines of these days that could not be read.
  public var unreadableLines = 0
  /// Conflict copies among these days' files, and their lines left out because another line
  /// has their id with other content.
  public var sync = SyncNotices()

  public init() {}

  /// How many days before today the app keeps as entries: the longest Trends period.
  public static let recentDays = 90

  /// Whether an entry is one of the ``kept`` kinds.
  static func keeps(_ body: Entry.Body) -> Bool {
    switch body {
    case .labs, .assessment, .medicationChange, .grading, .homeNeuroCheck: true
    case .correction(_, _, let replacement?): keeps(replacement)
    default: false
    }
  }

  /// Builds the rows day by day, oldest day first, judging each entry's red flags against the
  /// labs before it, as the whole history would.
  public struct Builder: Sendable {
    let journey: Journey
    let care: CareProtocol
    var history = OlderHistory()
    /// The rows' texts, units and authors, one copy of each: most rows say the same few
    /// things.
    var shared = HistoryRow.Shared.Table()
    /// What red flags compare with beyond ``OlderHistory/kept``: every entry of a symptom a rule
    /// wants persisting (swollen glands over weeks), and the day before's entries (a medicine
    /// that hides a fever in the hours before a reading).
    var persisting: [Entry] = []
    var previousDay: [Entry] = []
    let persistingSymptoms: Set<String>

    public init(journey: Journey, care: CareProtocol) {
      self.journey = journey
      self.care = care
      persistingSymptoms = Set(
        care.redFlags.filter { $0.persistingDays != nil }.flatMap { rule -> [String] in
          guard case .symptom(let names, _) = rule.condition else { return [] }
          return names.isEmpty ? care.symptoms.map(\.id) : names
        })
    }

    /// Adds the entries of one day file (a correction lives in its target's file, as `amend`
    /// writes it), the number of its lines that could not be read, and what `sync` says of it.
    public mutating func add(
      _ entries: [Entry], unreadableLines: Int = 0, sync: SyncNotices = SyncNotices()
    ) {
      history.unreadableLines += unreadableLines
      history.sync = history.sync + sync
      guard !entries.isEmpty else { return }
      var alerting: [String: RedFlagRule.Level] = [:]
      let judged = RedFlags.alerts(
        for: entries, in: history.kept + persisting + previousDay + entries, journey: journey,
        protocol: care)
      previousDay = entries
      persisting += entries.filter { entry in
        guard case .symptom(let name, _) = entry.body else { return false }
        return persistingSymptoms.contains(name)
      }
      for alert in judged {
        guard let id = alert.entryID else { continue }
        alerting[id] = min(alerting[id] ?? alert.level, alert.level)
      }
      // Only this day's journey events are looked at (and left out: the screens list them
      // from the journey).
      let dates = entries.map(\.observedAt.date)
      let items = Timeline.items(
        journey: journey, entries: entries, protocol: care, from: dates.min(), to: dates.max())
      for item in items where item.time != nil {
        history.rows.append(HistoryRow(item, alert: alerting[item.id], shared: &shared))
      }
      let targets = Set(history.kept.map(\.id))
      for entry in entries {
        if OlderHistory.keeps(entry.body) {
          history.kept.append(entry)
        } else if case .correction(let target, _, _) = entry.body,
          targets.contains(target)
            || entries.contains(where: {
              $0.id == target && OlderHistory.keeps($0.body)
            })
        {
          history.kept.append(entry)
        }
      }
    }

    /// Makes room for about this many rows.
    public mutating func reserveCapacity(rows: Int) {
      history.rows.reserveCapacity(rows)
    }

    public func finish() -> OlderHistory { history }
  }
}
