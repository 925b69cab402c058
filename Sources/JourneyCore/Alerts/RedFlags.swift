/// Checks entries against the protocol's red-flag rules.
///
/// Alerting is separate from grading: low blood pressure without fever is CRS grade 0 by ASTCT,
/// yet it is always an urgent red flag here when the protocol says so.
///
/// Rules are judged on the study day of each entry (``RuleWindow``, ``RuleDates``): the phase the
/// journey has recorded plays no part, and an ended journey keeps its rules.
public enum RedFlags {
  /// Words made in ``Language/current`` when called: what an alert saw, said again in each
  /// language it is shown in.
  typealias Words = @Sendable () -> String

  /// The alerts raised by these entries, at most one per entry (struck-out entries raise none;
  /// a corrected entry is judged by its replacement values). `allEntries` holds what the rules
  /// compare with: earlier labs, symptoms and medicines.
  public static func alerts(
    for entries: [Entry], in allEntries: [Entry]? = nil, journey: Journey,
    protocol care: CareProtocol
  ) -> [Alert] {
    let history = RedFlagHistory(entries: (allEntries ?? []) + entries, protocol: care)
    let judge = Judge(journey: journey, protocol: care)
    var rules = RulesOn()
    return entries.compactMap { judge.alert(for: $0, history: history, rules: &rules) }
  }

  /// What judging an entry needs besides the history: the journey, its protocol, the dates
  /// the rules' windows count from, and whom the alerts say to call.
  struct Judge {
    let journey: Journey
    let care: CareProtocol
    let dates: RuleDates
    let contact: CareContact

    init(journey: Journey, protocol care: CareProtocol) {
      self.journey = journey
      self.care = care
      dates = RuleDates(journey: journey)
      contact = CareContact(journey: journey, protocol: care)
    }

    /// The alert an entry raises against `history`, at most one (none when it is struck out;
    /// a corrected entry is judged by its replacement values).
    func alert(for entry: Entry, history: RedFlagHistory, rules: inout RulesOn) -> Alert? {
      guard !history.struck.contains(entry.id), let body = judgedBody(entry) else { return nil }
      let date = entry.observedAt.date
      var met: [(rule: RedFlagRule, seen: [Words])] = []
      for rule in rules.rules(on: date, care: care, dates: dates, history: history) {
        if let seen = match(
          rule, body, entry: entry, history: history, dates: dates, care: care)
        {
          met.append((rule, seen))
        }
      }
      guard let top = met.min(by: { $0.rule.level < $1.rule.level }) else { return nil }
      let others = met.filter { $0.rule.id != top.rule.id }
      let said = ([top] + others).flatMap(\.seen)
      let (journey, care, at) = (journey, care, entry.observedAt)
      return Alert(
        rule: top.rule, alsoMet: others.map(\.rule), entryID: entry.id, at: at, contact: contact
      ) {
        var parts: [String] = []
        for words in said {
          let text = words()
          if !parts.contains(text) { parts.append(text) }
        }
        guard !parts.isEmpty else {
          return RedFlags.seen(body, at: at, journey: journey, care: care)
        }
        return RedFlags.seenAt(
          parts.joined(separator: ", "), at: at,
          day: StudyDay(date: at.date, journey: journey, protocol: care))
      }
    }
  }

  /// The rules whose window holds a date, kept for the last date asked about: a window
  /// depends on the date and the history only, and ten years of entries come a day at a time
  /// (working them out for every entry made the visit report take seconds).
  struct RulesOn {
    private var date: LocalDate?
    private var rules: [RedFlagRule] = []

    /// Call with one `history` until a day's entries are all judged.
    mutating func rules(
      on date: LocalDate, care: CareProtocol, dates: RuleDates, history: RedFlagHistory
    ) -> [RedFlagRule] {
      if date != self.date {
        rules = care.redFlags.filter {
          $0.window.contains(date, dates: dates, latest: history.latest)
        }
        self.date = date
      }
      return rules
    }
  }

  /// The body an entry is judged by: its own, or a correction's replacement; nil for a
  /// correction that strikes out.
  static func judgedBody(_ entry: Entry) -> Entry.Body? {
    if case .correction(_, _, let replacement) = entry.body { return replacement }
    return entry.body
  }

  /// What the rule saw in the entry: nil when it does not hold; the lab values that met it for a
  /// lab rule, the answers worse than the first for a home neuro check; empty for the others
  /// (the entry itself is what was seen).
  static func match(
    _ rule: RedFlagRule, _ body: Entry.Body, entry: Entry, history: RedFlagHistory,
    dates: RuleDates, care: CareProtocol
  ) -> [Words]? {
    switch rule.condition {
    case .measure(let measure, let bounds):
      guard values(of: measure, in: body).contains(where: bounds.contains) else { return nil }
      if let masking = rule.masking, !history.masked(by: masking, entry: entry) { return nil }
      return []
    case .symptom(let names, let minSeverity):
      guard case .symptom(let name, let severity) = body, severity >= minSeverity,
        names.isEmpty || names.contains(name)
      else { return nil }
      if let days = rule.persistingDays,
        !history.persisted(name, minSeverity: minSeverity, days: days, entry: entry)
      {
        return nil
      }
      return []
    case .lab(let lab, let test):
      guard case .labs(let results) = body else { return nil }
      for result in results where result.lab == lab {
        let earlier = history.values(of: lab, before: entry)
        guard let compared = labMatch(test, result.value, earlier: earlier) else { continue }
        return [{ seenLab(result, compared: compared, test: test, care: care) }]
      }
      return nil
    case .homeNeuroCheck:
      guard case .homeNeuroCheck(let check) = body else { return nil }
      let first = history.firstNeuroCheck(from: rule.window.start(dates) ?? nil, before: entry)
      let worse = check.worse(than: first?.0)
      guard !worse.isEmpty else { return nil }
      let firstDate = first?.1
      return [
        {
          let answers = check.worse(than: first?.0).joined(separator: tr("; ", context: "list"))
          guard let firstDate else { return tr("Home neuro check with a change (%s)", answers) }
          return tr(
            "Home neuro check with a change from the first check on %1$s (%2$s)",
            Language.current.numericDate(firstDate), answers)
        }
      ]
    case .missing:
      return nil
    }
  }

  /// What a lab value was compared with when the test holds: the threshold, the first value or
  /// the previous value; nil when the test does not hold.
  static func labMatch(_ test: RedFlagRule.LabTest, _ value: Double, earlier: [Double]) -> Double? {
    switch test {
    case .atMost(let threshold):
      return value <= threshold + 1e-9 ? threshold : nil
    case .below(let threshold):
      return value < threshold - 1e-9 ? threshold : nil
    case .band(let low, let high):
      return value >= low - 1e-9 && value < high - 1e-9 ? low : nil
    case .riseFromFirstPercent(let percent):
      guard let first = earlier.first else { return nil }
      return value >= first * (1 + percent / 100) - 1e-9 ? first : nil
    case .rising:
      guard let previous = earlier.last else { return nil }
      return value > previous + 1e-9 ? previous : nil
    case .risingBy(let percent, let step):
      guard let previous = earlier.last else { return nil }
      let rise = value - previous
      return rise >= step - 1e-9 && rise >= previous * percent / 100 - 1e-9 ? previous : nil
    case .returnedAbove(let threshold):
      guard let previous = earlier.last, previous <= threshold + 1e-9 else { return nil }
      return value > threshold + 1e-9 ? previous : nil
    }
  }

  /// `IgG 140 mg/dL`, `Creatinine 1.5 mg/dL (150 % of the first recorded, 1 mg/dL)`.
  static func seenLab(
    _ result: LabResult, compared: Double, test: RedFlagRule.LabTest, care: CareProtocol
  ) -> String {
    let lab = care.lab(named: result.lab)
    let label = lab?.shownLabel ?? result.lab
    let unit = lab?.unit ?? ""
    func text(_ value: Double) -> String {
      let plain = Language.current.number(DecimalText.format(value, places: 3, trimmed: true))
      return unit.isEmpty ? plain : "\(plain) \(unit)"
    }
    var what = "\(label) \(text(result.value))"
    switch test {
    case .atMost, .below, .band: break
    case .riseFromFirstPercent:
      let percent = compared > 0 ? DecimalText.wholeNumber(result.value / compared * 100) : 0
      what += " " + tr("(%1$s %% of the first recorded, %2$s)", "\(percent)", text(compared))
    case .rising, .risingBy, .returnedAbove:
      what += " " + tr("(previous %s)", text(compared))
    }
    return what
  }

  /// How long an entry's alert stays in force: the alerts of the last day are shown.
  public static let activeHours = 24

  /// Alerts in force at `now`, ranked (``ranked(_:)``): those raised by entries observed in the
  /// last `hours`, and urgent ones of the last ``openDays`` days, that nobody answered
  /// (``answered(journey:entries:protocol:now:)``; an alert is left out when a later one met
  /// every rule it met), plus readings missing today. A journey that ended keeps its alerts:
  /// CAR-T cells stay.
  public static func active(
    journey: Journey, entries: [Entry], protocol care: CareProtocol, now: Timestamp,
    hours: Int = activeHours
  ) -> [Alert] {
    active(
      answered(journey: journey, entries: entries, protocol: care, now: now), now: now, hours: hours
    )
  }

  /// The alerts in force at `now` among those answered or not
  /// (``answered(journey:entries:protocol:now:)``), ranked: see
  /// ``active(journey:entries:protocol:now:hours:)``.
  public static func active(_ answered: [Answered], now: Timestamp, hours: Int = activeHours)
    -> [Alert]
  {
    let since = now.unixSeconds - hours * 3600
    var kept: [Alert] = []
    for answered in answered {
      let alert = answered.alert
      guard answered.acknowledgement == nil, alert.at.unixSeconds >= since || alert.level.isUrgent
      else { continue }
      let ids = Set(alert.rules.map(\.id))
      if alert.entryID != nil, kept.contains(where: { ids.isSubset(of: Set($0.rules.map(\.id))) }) {
        continue
      }
      kept.append(alert)
    }
    return ranked(kept)
  }

  /// Alerts shown together, most urgent first, then newest first; each one less urgent than an
  /// urgent one says to mention it on that call (``Alert/alongside``), so a list never reads as
  /// two different instructions.
  public static func ranked(_ alerts: [Alert]) -> [Alert] {
    let sorted = alerts.sorted {
      ($0.level, -$0.at.unixSeconds, $0.rule.id) < ($1.level, -$1.at.unixSeconds, $1.rule.id)
    }
    guard let top = sorted.first?.level, top.isUrgent else { return sorted }
    return sorted.map { alert in
      var alert = alert
      if alert.level > top { alert.alongside = top }
      return alert
    }
  }

  /// Rules of the form "nothing of this measure logged today by HH:MM", checked at `now`: one
  /// alert naming every such rule met, or none.
  public static func missing(
    journey: Journey, entries: [Entry], protocol care: CareProtocol, now: Timestamp
  ) -> [Alert] {
    let struck = struckOut(in: entries)
    let dates = RuleDates(journey: journey)
    var met: [(rule: RedFlagRule, seen: Words)] = []
    for rule in care.redFlags {
      guard case .missing(let measure, let byMinute) = rule.condition,
        now.secondOfDay >= byMinute * 60,
        rule.window.contains(now.date, dates: dates, latest: { _, _, _ in nil })
      else { continue }
      let logged = entries.contains { entry in
        guard entry.observedAt.date == now.date, !struck.contains(entry.id),
          let body = judgedBody(entry)
        else { return false }
        return !values(of: measure, in: body).isEmpty
      }
      if !logged {
        let day = StudyDay(date: now.date, journey: journey, protocol: care)
        met.append(
          (
            rule,
            {
              tr(
                "no %1$s logged today (%2$s, %3$s) by %4$s", measureName(measure),
                Language.current.numericDate(now.date), day.label,
                "\(LocalDate.pad(byMinute / 60, 2)):\(LocalDate.pad(byMinute % 60, 2))")
            }
          ))
      }
    }
    guard let top = met.min(by: { $0.rule.level < $1.rule.level }) else { return [] }
    let others = met.filter { $0.rule.id != top.rule.id }
    return [
      Alert(
        rule: top.rule, alsoMet: others.map(\.rule), entryID: nil, at: now,
        contact: CareContact(journey: journey, protocol: care)
      ) { ([top] + others).map { $0.seen() }.joined(separator: "; ") }
    ]
  }

  /// The values of a measure an entry holds (none for other kinds).
  static func values(of measure: Measure, in body: Entry.Body) -> [Double] {
    switch (measure, body) {
    case (.temperature, .temperature(let celsius, _)): [celsius]
    case (.heartRate, .heartRate(let bpm)): [Double(bpm)]
    case (.systolic, .bloodPressure(let systolic, _)): [Double(systolic)]
    case (.diastolic, .bloodPressure(_, let diastolic)): [Double(diastolic)]
    case (.spo2, .oxygenSaturation(let percent)): [Double(percent)]
    case (.weight, .weight(let kg, _)): [kg]
    default: []
    }
  }

  static func measureName(_ measure: Measure) -> String {
    switch measure {
    case .temperature: tr("temperature", context: "measure")
    case .heartRate: tr("heart rate")
    case .systolic, .diastolic: tr("blood pressure", context: "measure")
    case .spo2: tr("oxygen saturation", context: "measure")
    case .weight: tr("weight", context: "measure")
    }
  }

  static func struckOut(in entries: [Entry]) -> Set<String> {
    var ids: Set<String> = []
    for entry in entries {
      if case .correction(let target, _, _) = entry.body { ids.insert(target) }
    }
    return ids
  }

  static func seen(_ body: Entry.Body, at: Timestamp, journey: Journey, care: CareProtocol)
    -> String
  {
    let text = Timeline.describe(body, unit: journey.temperatureUnit, care: care).text
    return seenAt(text, at: at, day: StudyDay(date: at.date, journey: journey, protocol: care))
  }

  /// `Temperature 38.4 °C at 08:30 on 2026-11-22 (Day +2)`, in ``Language/current``.
  static func seenAt(_ what: String, at: Timestamp, day: StudyDay) -> String {
    tr(
      "%1$s at %2$s on %3$s (%4$s)", what, at.clockText, Language.current.numericDate(at.date),
      day.label, context: "seen")
  }
}
