extension RedFlags {
  /// What judging an entry needs from entries observed before it, beyond the day before
  /// (medicines that hide a fever are looked for only in the hours before).
  public enum HistoryNeed: Equatable, Sendable {
    /// Every earlier value: a lab compared with the first one recorded.
    case everything
    /// The latest value of a lab observed from a day on (nil: any day) before the entry: a lab
    /// compared with the previous one, a window kept open while a lab stays low.
    case latestLab(String, since: LocalDate?)
    /// How long a symptom has been logged at `minSeverity` or more without a milder entry
    /// between: a symptom that must have lasted `days` days.
    case symptomRun(String, minSeverity: Int, days: Int)
    /// Every home neuro check from a day on (nil: any day): the first check of a rule's window
    /// is what later checks are compared with.
    case neuroChecks(since: LocalDate?)
  }

  /// Whether judging this entry, observed on `date`, needs entries from long before it: a lab
  /// a rule compares with earlier values, a symptom a rule wants persisting, or a symptom whose
  /// rule's window is extended by a lab (the latest B-cell count) past its end. Only the day
  /// before is needed otherwise (medicines that hide a fever).
  public static func needsHistory(
    _ body: Entry.Body, on date: LocalDate, journey: Journey, protocol care: CareProtocol
  ) -> Bool {
    !historyNeeds(body, on: date, journey: journey, protocol: care).isEmpty
  }

  /// What judging an entry observed on `date` needs from before it, rule by rule (see
  /// ``needsHistory(_:on:journey:protocol:)``, which says whether it needs anything).
  public static func historyNeeds(
    _ body: Entry.Body, on date: LocalDate, journey: Journey, protocol care: CareProtocol
  ) -> [HistoryNeed] {
    historyNeeds(body, on: date, dates: RuleDates(journey: journey), protocol: care)
  }

  /// The same, with the journey's dates worked out once for many entries.
  static func historyNeeds(
    _ body: Entry.Body, on date: LocalDate, dates: RuleDates, protocol care: CareProtocol
  ) -> [HistoryNeed] {
    // Only these readings are ever compared with long before: the rules are looked at for
    // them alone (38 rules copied for each of a day's readings, each time a reader reads
    // further back, were a twentieth of `status`).
    switch body {
    case .labs, .symptom, .homeNeuroCheck:
      return care.redFlags.flatMap { needs($0, body, on: date, dates: dates) }
    case .correction(_, _, let replacement?):
      return historyNeeds(replacement, on: date, dates: dates, protocol: care)
    default:
      return []
    }
  }

  /// What one rule needs to judge a lab, a symptom or a home neuro check observed on `date`
  /// (any other reading needs nothing from before: ``historyNeeds(_:on:dates:protocol:)``).
  static func needs(
    _ rule: RedFlagRule, _ body: Entry.Body, on date: LocalDate, dates: RuleDates
  ) -> [HistoryNeed] {
    switch (rule.condition, body) {
    case (.lab(let lab, let test), .labs(let results)):
      guard results.contains(where: { $0.lab == lab }) else { return [] }
      switch test {
      case .atMost, .below, .band: return []
      case .riseFromFirstPercent: return [.everything]
      case .rising, .risingBy, .returnedAbove: return [.latestLab(lab, since: nil)]
      }
    case (.symptom(let names, let minSeverity), .symptom(let name, _)):
      guard names.isEmpty || names.contains(name) else { return [] }
      var needs: [HistoryNeed] = []
      if let days = rule.persistingDays {
        needs.append(.symptomRun(name, minSeverity: minSeverity, days: days))
      }
      // The window asks for the lab only past its end, counting from its start.
      if let ceiling = rule.window.extendWhile, let end = rule.window.end(dates), date > end,
        case .some(let start) = rule.window.start(dates)
      {
        needs.append(.latestLab(ceiling.lab, since: start))
      }
      return needs
    case (.homeNeuroCheck, .homeNeuroCheck):
      // The first check of the window is compared with: only the day before is always read.
      guard let start = rule.window.start(dates) else { return [] }
      if let start, start >= date.adding(days: -1) { return [] }
      return [.neuroChecks(since: start)]
    default:
      return []
    }
  }

  /// Whether `entries`, every entry observed from `start` on (and none before), judge each of
  /// `judged` (among them) as every entry ever logged would: they hold what each one's
  /// ``historyNeeds(_:on:journey:protocol:)`` asks for. A reader reads further back until
  /// they do, instead of reading years of day files.
  ///
  /// It asks a little more than the rules do (a lab value on a day before the entry's), never
  /// less.
  public static func historyIsEnough(
    _ entries: [Entry], from start: LocalDate, judging judged: [Entry], journey: Journey,
    protocol care: CareProtocol
  ) -> Bool {
    var history: RedFlagHistory?
    let dates = RuleDates(journey: journey)
    for entry in judged {
      let date = entry.observedAt.date
      for need in historyNeeds(entry.body, on: date, dates: dates, protocol: care) {
        if case .latestLab(_, let since?) = need, start <= since { continue }
        if case .neuroChecks(let since?) = need, start <= since { continue }
        let read = history ?? RedFlagHistory(entries: entries, protocol: care)
        history = read
        guard read.holds(need, for: entry) else { return false }
      }
    }
    return true
  }
}
