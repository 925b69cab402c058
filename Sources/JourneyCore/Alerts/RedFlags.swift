/// Checks entries against the protocol's red-flag rules.
///
/// Alerting is separate from grading: low blood pressure without fever is CRS grade 0 by ASTCT,
/// yet it is always an urgent red flag here when the protocol says so.
public enum RedFlags {
  /// The alerts raised by these entries (struck-out entries raise none; a corrected entry is
  /// judged by its replacement values).
  public static func alerts(
    for entries: [Entry], in allEntries: [Entry]? = nil, journey: Journey, protocol care: CareProtocol
  ) -> [Alert] {
    let struck = struckOut(in: allEntries ?? entries)
    let labs = LabHistory(entries: (allEntries ?? []) + entries, struck: struck)
    var result: [Alert] = []
    for entry in entries where !struck.contains(entry.id) {
      var body = entry.body
      if case .correction(_, _, let replacement) = entry.body {
        guard let replacement else { continue }
        body = replacement
      }
      for rule in care.redFlags where applies(rule, on: entry.observedAt.date, journey: journey, care: care) {
        if case .lab(let lab, let test) = rule.condition {
          guard case .labs(let results) = body else { continue }
          for result_ in results where result_.lab == lab {
            let earlier = labs.values(of: lab, before: entry)
            guard let compared = labMatch(test, result_.value, earlier: earlier) else { continue }
            result.append(
              Alert(
                rule: rule, entryID: entry.id, at: entry.observedAt,
                seen: seenLab(
                  result_, compared: compared, test: test, at: entry.observedAt, journey: journey,
                  care: care),
                teamPhone: journey.teamPhone))
            break
          }
        } else if matches(rule.condition, body) {
          result.append(
            Alert(
              rule: rule, entryID: entry.id, at: entry.observedAt,
              seen: seen(body, at: entry.observedAt, journey: journey, care: care),
              teamPhone: journey.teamPhone))
        }
      }
    }
    return result
  }

  /// Each lab's values in observation order, from entries not struck out (a correction counts
  /// with its replacement values, at its own observation time).
  struct LabHistory {
    /// lab id → (observed at, entry id, value), oldest first.
    var byLab: [String: [(at: Timestamp, id: String, value: Double)]] = [:]

    init(entries: [Entry], struck: Set<String>) {
      var seenIDs: Set<String> = []
      for entry in entries where !struck.contains(entry.id) && seenIDs.insert(entry.id).inserted {
        var body = entry.body
        if case .correction(_, _, let replacement) = entry.body {
          guard let replacement else { continue }
          body = replacement
        }
        guard case .labs(let results) = body else { continue }
        for result in results {
          byLab[result.lab, default: []].append((entry.observedAt, entry.id, result.value))
        }
      }
      for key in byLab.keys {
        byLab[key]?.sort { ($0.at, $0.id) < ($1.at, $1.id) }
      }
    }

    /// The lab's values observed before `entry`, oldest first.
    func values(of lab: String, before entry: Entry) -> [Double] {
      (byLab[lab] ?? []).filter {
        $0.id != entry.id && ($0.at, $0.id) < (entry.observedAt, entry.id)
      }.map(\.value)
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
    case .riseFromFirstPercent(let percent):
      guard let first = earlier.first else { return nil }
      return value >= first * (1 + percent / 100) - 1e-9 ? first : nil
    case .rising:
      guard let previous = earlier.last else { return nil }
      return value > previous + 1e-9 ? previous : nil
    case .returnedAbove(let threshold):
      guard let previous = earlier.last, previous <= threshold + 1e-9 else { return nil }
      return value > threshold + 1e-9 ? previous : nil
    }
  }

  static func seenLab(
    _ result: LabResult, compared: Double, test: RedFlagRule.LabTest, at: Timestamp,
    journey: Journey, care: CareProtocol
  ) -> String {
    let lab = care.lab(named: result.lab)
    let label = lab?.label ?? result.lab
    let unit = lab?.unit ?? ""
    func text(_ value: Double) -> String {
      let plain = DecimalText.format(value, places: 3, trimmed: true)
      return unit.isEmpty ? plain : "\(plain) \(unit)"
    }
    var what = "\(label) \(text(result.value))"
    switch test {
    case .atMost, .below: break
    case .riseFromFirstPercent:
      let percent = compared > 0 ? DecimalText.wholeNumber(result.value / compared * 100) : 0
      what += " (\(percent) % of the first recorded, \(text(compared)))"
    case .rising, .returnedAbove:
      what += " (previous \(text(compared)))"
    }
    let day = StudyDay(date: at.date, journey: journey, protocol: care)
    return "\(what) at \(at.clockText) on \(at.date) (\(day.label))"
  }

  /// Alerts in force at `now`: the latest of each rule raised by entries observed in the last
  /// `hours`, plus readings missing today; most urgent first, then newest first.
  public static func active(
    journey: Journey, entries: [Entry], protocol care: CareProtocol, now: Timestamp,
    hours: Int = 24
  ) -> [Alert] {
    guard journey.isStarted, !journey.phase.isEnd else { return [] }
    let since = now.unixSeconds - hours * 3600
    let recent = entries.filter {
      $0.observedAt.unixSeconds >= since && $0.observedAt.unixSeconds <= now.unixSeconds
    }
    var latest: [String: Alert] = [:]
    for alert in alerts(for: recent, in: entries, journey: journey, protocol: care) {
      if let kept = latest[alert.rule.id], kept.at >= alert.at { continue }
      latest[alert.rule.id] = alert
    }
    let all = Array(latest.values) + missing(journey: journey, entries: entries, protocol: care, now: now)
    return all.sorted { ($0.level, -$0.at.unixSeconds, $0.rule.id) < ($1.level, -$1.at.unixSeconds, $1.rule.id) }
  }

  /// Rules of the form "nothing of this measure logged today by HH:MM", checked at `now`.
  public static func missing(
    journey: Journey, entries: [Entry], protocol care: CareProtocol, now: Timestamp
  ) -> [Alert] {
    let struck = struckOut(in: entries)
    var result: [Alert] = []
    for rule in care.redFlags {
      guard case .missing(let measure, let byMinute) = rule.condition,
        now.secondOfDay >= byMinute * 60,
        applies(rule, on: now.date, journey: journey, care: care)
      else { continue }
      let logged = entries.contains { entry in
        entry.observedAt.date == now.date && !struck.contains(entry.id)
          && !values(of: measure, in: entry.body).isEmpty
      }
      if !logged {
        let day = StudyDay(date: now.date, journey: journey, protocol: care).label
        result.append(
          Alert(
            rule: rule, entryID: nil, at: now,
            seen: "no \(measureName(measure)) logged today (\(now.date), \(day)) by "
              + "\(LocalDate.pad(byMinute / 60, 2)):\(LocalDate.pad(byMinute % 60, 2))",
            teamPhone: journey.teamPhone))
      }
    }
    return result
  }

  /// Whether a rule applies on a date: its phases and its day window.
  static func applies(_ rule: RedFlagRule, on date: LocalDate, journey: Journey, care: CareProtocol) -> Bool {
    if !rule.phases.isEmpty, !rule.phases.contains(Timeline.phase(on: date, journey: journey)) {
      return false
    }
    if let days = rule.days {
      guard let zero = journey.dayZero else { return false }
      return days.contains(zero.days(to: date))
    }
    return true
  }

  static func matches(_ condition: RedFlagRule.Condition, _ body: Entry.Body) -> Bool {
    switch condition {
    case .atLeast(let measure, let threshold):
      return values(of: measure, in: body).contains { $0 >= threshold - 1e-9 }
    case .below(let measure, let threshold):
      return values(of: measure, in: body).contains { $0 < threshold - 1e-9 }
    case .symptom(let names, let minSeverity):
      guard case .symptom(let name, let severity) = body else { return false }
      return severity >= minSeverity && (names.isEmpty || names.contains(name))
    case .missing, .lab:
      return false
    }
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
    case .temperature: "temperature"
    case .heartRate: "heart rate"
    case .systolic, .diastolic: "blood pressure"
    case .spo2: "oxygen saturation"
    case .weight: "weight"
    }
  }

  static func struckOut(in entries: [Entry]) -> Set<String> {
    var ids: Set<String> = []
    for entry in entries {
      if case .correction(let target, _, _) = entry.body { ids.insert(target) }
    }
    return ids
  }

  static func seen(_ body: Entry.Body, at: Timestamp, journey: Journey, care: CareProtocol) -> String {
    let text = Timeline.describe(body, unit: journey.temperatureUnit, care: care).text
    let day = StudyDay(date: at.date, journey: journey, protocol: care)
    return "\(text) at \(at.clockText) on \(at.date) (\(day.label))"
  }
}
