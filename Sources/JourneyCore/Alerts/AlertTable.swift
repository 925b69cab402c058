/// The protocol's red-flag rules as a Markdown table (rule, level, what is looked for, the days
/// it applies on, source), for the README: generated from the protocol so the documentation
/// cannot drift from what the app does; a test compares the README's copy with it.
public enum AlertTable {
  /// The table, one row per rule in the protocol file's order.
  public static func markdown(_ care: CareProtocol) -> String {
    var lines = [
      "| rule | level | when | days | source |",
      "|---|---|---|---|---|",
    ]
    for rule in care.redFlags {
      let cells = [
        "`\(rule.id)`", level(rule.level), condition(rule, care: care), window(rule.window),
        rule.source ?? "",
      ]
      lines.append("| " + cells.map(escaped).joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func escaped(_ cell: String) -> String {
    cell.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }

  static func level(_ level: RedFlagRule.Level) -> String {
    switch level {
    case .emergency: "emergency first, then the team"
    case .urgent: "urgent: call now"
    case .callToday: "call today"
    case .info: "information"
    }
  }

  /// `temperature 38.0 °C (100.4 °F) or more`, `platelets below 20 10^9/L`.
  static func condition(_ rule: RedFlagRule, care: CareProtocol) -> String {
    switch rule.condition {
    case .measure(let measure, let bounds):
      var text = "\(name(measure)) " + bounds.describe { number($0, measure) }
      if let masking = rule.masking {
        text +=
          " within \(masking.withinHours) h after "
          + masking.medicines.joined(separator: ", ")
      }
      return text
    case .symptom(let names, let minSeverity):
      let what = names.isEmpty ? "any symptom" : names.joined(separator: ", ")
      var text = "\(what) at severity \(minSeverity) or more"
      if let days = rule.persistingDays { text += ", lasting \(days) days or more" }
      return text
    case .homeNeuroCheck:
      return "a home neuro check with an answer worse than the first check in these days "
        + "(fewer objects named, the date or counting back wrong); a changed sentence always"
    case .missing(let measure, let byMinute):
      return "no \(name(measure)) logged by "
        + "\(LocalDate.pad(byMinute / 60, 2)):\(LocalDate.pad(byMinute % 60, 2))"
    case .lab(let id, let test):
      let lab = care.lab(named: id)
      let unit = lab.map { " \($0.unit)" } ?? ""
      func value(_ number: Double) -> String { LabDefinition.format(number) + unit }
      switch test {
      case .atMost(let limit): return "\(id) at most \(value(limit))"
      case .below(let limit): return "\(id) below \(value(limit))"
      case .band(let low, let high):
        return "\(id) \(LabDefinition.format(low)) to below \(value(high))"
      case .riseFromFirstPercent(let percent):
        return "\(id) at least \(LabDefinition.format(100 + percent)) % of the first value"
      case .rising: return "\(id) higher than the previous value"
      case .risingBy(let percent, let step):
        var parts: [String] = []
        if percent > 0 { parts.append("\(LabDefinition.format(percent)) %") }
        if step > 0 { parts.append(value(step)) }
        return "\(id) up by at least " + parts.joined(separator: " and ") + " on the previous value"
      case .returnedAbove(let limit):
        return "\(id) above \(value(limit)) after a value at or below it"
      }
    }
  }

  /// `every day`, `from Day −5 (earlier if lymphodepletion began earlier)`,
  /// `Day 0 to Day +180, then while cd19-b-cells is at most 10`: in ``Language/current``, so
  /// that the home neuro check's refusal names its days in the run's language (the README's
  /// table is generated in English).
  static func window(_ window: RuleWindow) -> String {
    var parts: [String] = []
    let began = window.fromPhase?.titleInSentence
    switch (window.fromDay.map(day), began) {
    case (let from?, let began?):
      parts.append(tr("from %1$s (earlier if %2$s began earlier)", from, began, context: "days"))
    case (let from?, nil): parts.append(tr("from %s", from, context: "days"))
    case (nil, let began?): parts.append(tr("from when %s began", began, context: "days"))
    case (nil, nil): break
    }
    let ends = window.untilPhase?.titleInSentence
    switch (window.toDay.map(day), ends) {
    case (let to?, let ends?):
      parts.append(
        tr("to %1$s (or the day before %2$s began, if earlier)", to, ends, context: "days"))
    case (let to?, nil): parts.append(tr("to %s", to, context: "days"))
    case (nil, let ends?): parts.append(tr("to the day before %s began", ends, context: "days"))
    case (nil, nil): break
    }
    if let ceiling = window.extendWhile {
      parts.append(
        tr(
          "then while %1$s is at most %2$s", ceiling.lab, LabDefinition.format(ceiling.atMost),
          context: "days"))
    }
    if !window.phases.isEmpty {
      let names = window.phases.sorted().map(\.rawValue).joined(separator: ", ")
      parts.append(tr("phases (by date): %s", names, context: "days"))
    }
    if parts.isEmpty { return tr("every day, no end", context: "days") }
    let text = parts.joined(separator: tr(", ", context: "list"))
    let open = window.toDay == nil && window.untilPhase == nil
    return open ? tr("%s, no end", text, context: "days") : text
  }

  /// `Day −5`, `Day 0`, `Day +28`: a study day as a window names it.
  static func day(_ n: Int) -> String {
    let zero = LocalDate(daysSinceEpoch: 0)
    let study = StudyDay(
      date: zero.adding(days: n), dayZero: zero, daysPerMonth: 0, monthsFromDay: .max)
    return study.dayLabel ?? ""
  }

  static func name(_ measure: Measure) -> String {
    switch measure {
    case .temperature: "temperature"
    case .heartRate: "heart rate"
    case .systolic: "systolic blood pressure"
    case .diastolic: "diastolic blood pressure"
    case .spo2: "SpO2"
    case .weight: "weight"
    }
  }

  /// A threshold with its unit; temperatures in °C and °F.
  static func number(_ value: Double, _ measure: Measure) -> String {
    switch measure {
    case .temperature:
      return "\(Timeline.formatTemperature(value, unit: .celsius)) "
        + "(\(Timeline.formatTemperature(value, unit: .fahrenheit)))"
    case .heartRate: return "\(LabDefinition.format(value))/min"
    case .systolic, .diastolic: return "\(LabDefinition.format(value)) mmHg"
    case .spo2: return "\(LabDefinition.format(value)) %"
    case .weight: return "\(LabDefinition.format(value)) kg"
    }
  }
}
