/// Builds the day-by-day history from the journey and the entries.
public enum Timeline {
  /// PRO-CTCAE severity labels, 0–4, in ``Language/current``.
  public static var severityLabels: [String] { severityLabels(in: Language.current) }

  /// PRO-CTCAE severity labels, 0–4, in `language`.
  public static func severityLabels(in language: Language) -> [String] {
    [
      tr("none", context: "severity", in: language),
      tr("mild", context: "severity", in: language),
      tr("moderate", context: "severity", in: language),
      tr("severe", context: "severity", in: language),
      tr("very severe", context: "severity", in: language),
    ]
  }

  /// What a symptom logged only as happened (``SymptomDefinition/Scale/present``) is called,
  /// by severity: 0 no, 1 (and anything stored higher) yes; in `language`.
  public static func happenedLabels(in language: Language) -> [String] {
    [
      tr("no", context: "symptom happened", in: language),
      tr("yes", context: "symptom happened", in: language),
    ]
  }

  /// Items between `from` and `to` (inclusive, by local date), oldest first; journey events on
  /// a day come before that day's entries.
  public static func items(
    journey: Journey, entries: [Entry], protocol care: CareProtocol,
    from: LocalDate? = nil, to: LocalDate? = nil
  ) -> [TimelineItem] {
    ordered(
      eventItems(journey: journey, protocol: care, from: from, to: to)
        + entryItems(journey: journey, entries: entries, protocol: care, from: from, to: to))
  }

  /// The journey's events between `from` and `to`, in the journey's order.
  static func eventItems(
    journey: Journey, protocol care: CareProtocol, from: LocalDate?, to: LocalDate?
  ) -> [TimelineItem] {
    var items: [TimelineItem] = []
    let corrections = Journey.corrections(in: journey.events)
    // Milestone titles, worked out once rather than for each signature (years of quarterly
    // visits made that the slowest part of the timeline): a title depends only on its id, and
    // the list at the latest event's date holds every id listed before it.
    var titles: [String: String]?
    func title(_ id: String) -> String {
      if titles == nil {
        let latest = journey.events.map(\.date).max() ?? LocalDate(daysSinceEpoch: 0)
        titles = Dictionary(
          journey.milestones(protocol: care, today: latest).map { ($0.id, $0.title) },
          uniquingKeysWith: { first, _ in first })
      }
      return titles?[id] ?? id
    }
    for event in journey.events {
      var date = event.date
      var undated = event.isUndated
      var correctionText: String?
      if let fix = corrections[event.id], case .corrected(_, let reason, let moved) = fix.body {
        if let moved {
          let from = undated ? tr("no date") : Language.current.numericDate(date)
          correctionText = tr("moved from %1$s by %2$s: %3$s", from, "\(fix.author)", reason)
          date = moved
          undated = false
        } else {
          correctionText = tr("struck out by %1$s: %2$s", "\(fix.author)", reason)
        }
      }
      guard from.map({ date >= $0 }) ?? true, to.map({ date <= $0 }) ?? true else { continue }
      var (kind, text) = describe(event, title: title)
      if undated { text += " — " + undatedText(kind) }
      items.append(
        TimelineItem(
          id: event.id, date: date, time: nil,
          day: StudyDay(date: date, journey: journey, protocol: care),
          phase: phase(on: date, journey: journey), kind: kind, text: text, value: nil,
          unit: nil, severity: nil, author: event.author,
          struckOut: journey.struckOut[event.id] != nil, correction: correctionText,
          enteredOn: undated ? nil : TimelineItem.enteredOn(event.recordedAt, describing: date),
          undated: undated, device: event.device))
    }
    return items
  }

  /// The entries between `from` and `to` as rows, in the order given: a correction's
  /// replacement as its own row, what it corrects marked.
  public static func entryItems(
    journey: Journey, entries: [Entry], protocol care: CareProtocol, from: LocalDate? = nil,
    to: LocalDate? = nil
  ) -> [TimelineItem] {
    var descriptions = Descriptions()
    return entryItems(
      journey: journey, entries: entries, protocol: care, from: from, to: to,
      descriptions: &descriptions)
  }

  /// The same, the readings' words kept in `descriptions` for the entries that come next.
  static func entryItems(
    journey: Journey, entries: [Entry], protocol care: CareProtocol, from: LocalDate?,
    to: LocalDate?, descriptions: inout Descriptions
  ) -> [TimelineItem] {
    var items: [TimelineItem] = []
    var entryCorrections: [String: Entry] = [:]
    for entry in entries {
      if case .correction(let target, _, _) = entry.body { entryCorrections[target] = entry }
    }
    let assessed = assessedDates(entries, struckOut: entryCorrections)
    // The study day and phase of the date before: a day's entries share them.
    var on: (date: LocalDate, day: StudyDay, phase: Phase)?
    for entry in entries {
      let date = entry.observedAt.date
      guard from.map({ date >= $0 }) ?? true, to.map({ date <= $0 }) ?? true else { continue }
      var body = entry.body
      var note: String?
      if case .correction(let target, let reason, let replacement) = body {
        // A strike-out shows on the entry it strikes; a replacement shows as its own row.
        guard let replacement else { continue }
        body = replacement
        note = tr("corrects %1$s by %2$s: %3$s", target, "\(entry.author)", reason)
      }
      var shown = descriptions.describe(body, unit: journey.temperatureUnit, care: care)
      if shown.kind == .labs, !assessed.contains(date) {
        shown.text += " · " + notAssessedText
      }
      let fix = entryCorrections[entry.id]
      var correction = note
      if let fix, case .correction(_, let reason, let replacement) = fix.body {
        correction =
          replacement == nil
          ? tr("struck out by %1$s: %2$s", "\(fix.author)", reason)
          : tr("replaced by %1$s by %2$s: %3$s", fix.id, "\(fix.author)", reason)
      }
      if on?.date != date {
        on = (
          date, StudyDay(date: date, journey: journey, protocol: care),
          phase(on: date, journey: journey)
        )
      }
      guard let on else { continue }
      items.append(
        TimelineItem(
          id: entry.id, date: date, time: entry.observedAt, day: on.day, phase: on.phase,
          kind: shown.kind, text: shown.text,
          value: shown.value, unit: shown.unit, severity: shown.severity, author: entry.author,
          struckOut: fix != nil, correction: correction,
          enteredOn: TimelineItem.enteredOn(entry.recordedAt, describing: date),
          device: entry.device))
    }
    return items
  }

  /// Items in timeline order: by date, a day's journey events (no time) first, then by time;
  /// items that tie keep the order given. Sorts positions, not the items themselves, so years
  /// of items are not copied twice over.
  public static func ordered(_ items: [TimelineItem]) -> [TimelineItem] {
    // The date and time only: comparing whole items would copy their strings each time.
    let keys = items.map { (date: $0.date, time: $0.time) }
    func before(_ a: Int, _ b: Int) -> Bool {
      let (x, y) = (keys[a], keys[b])
      if x.date != y.date { return x.date < y.date }
      switch (x.time, y.time) {
      case (nil, .some): return true
      case (.some, nil): return false
      case (let s?, let t?) where s != t: return s < t
      default: return a < b
      }
    }
    // A day's entries are mostly written in the order they happened: nothing to move.
    if keys.indices.dropFirst().allSatisfy({ before($0 - 1, $0) }) { return items }
    return keys.indices.sorted(by: before).map { items[$0] }
  }

  /// The phase the patient was in on a date: that of the latest phase dated on or before it
  /// (screening before the first; phases whose date was not entered are passed over).
  public static func phase(on date: LocalDate, journey: Journey) -> Phase {
    journey.stays.last { $0.start.map { $0 <= date } ?? false }?.phase ?? .screening
  }

  /// Said of an event whose date nobody entered.
  public static var undatedText: String { tr("date not entered") }

  /// What a row of `kind` with no date entered says: a milestone was done elsewhere, a journey
  /// began on a day not entered, a phase was passed on one.
  static func undatedText(_ kind: TimelineItem.Kind) -> String {
    switch kind {
    case .milestone: Journey.Signature.elsewhereText
    case .started: tr("the date screening began was not entered")
    default: undatedText
    }
  }

  static func describe(_ event: JourneyEvent, title: (String) -> String)
    -> (TimelineItem.Kind, String)
  {
    switch event.body {
    case .created(let patient, let protocolID, _, _, _, _):
      return (.started, tr("Journey started for %1$s (protocol %2$s)", patient, protocolID))
    case .planned(let phase, let date):
      let what = phase == .infusion ? tr("Infusion (Day 0)") : phase.title
      return (.plan, tr("%1$s planned for %2$s", what, Language.current.numericDate(date)))
    case .phaseEntered(let phase, _, let reason, let note):
      var text = tr("Entered %s", phase.titleInSentence)
      if let reason { text += " — " + tr("reason: %s", reason) }
      if let note { text += " — " + tr("note: %s", note) }
      return (.phase, text)
    case .milestoneSigned(let id, _, let note, let notApplicable):
      var text = notApplicable ? tr("Not applicable: %s", title(id)) : tr("Signed: %s", title(id))
      if let note { text += " — \(note)" }
      return (.milestone, text)
    case .settings(let phone, let unit, let emergency, let details, let language, let teamLanguage):
      var parts: [String] = []
      if let phone { parts.append(tr("team phone %s", phone)) }
      parts += details.changeTexts
      if let emergency { parts.append(tr("emergency number %s", emergency)) }
      if let unit { parts.append(tr("temperatures shown in %s", "°\(unit.rawValue)")) }
      if let language { parts.append(tr("language %s", language)) }
      if let teamLanguage { parts.append(tr("care team's language %s", teamLanguage)) }
      return (.settings, tr("Settings: %s", parts.joined(separator: ", ")))
    case .corrected(let target, let reason, let on):
      let what =
        on.map { tr("moved %1$s to %2$s", target, Language.current.numericDate($0)) }
        ?? tr("struck out %s", target)
      return (.correction, tr("Correction: %1$s — %2$s", what, reason))
    }
  }

  /// What a row shows for an entry: kind, sentence, and the value in its stored unit.
  public struct Shown: Equatable, Sendable {
    public var kind: TimelineItem.Kind
    public var text: String
    public var value: Double? = nil
    /// UCUM unit of `value` (`Cel`, `/min`, `mm[Hg]`, `%`, `kg`).
    public var unit: String? = nil
    public var severity: Int? = nil
  }

  /// Describes an entry's values in words for the timeline, the screens and the exports.
  public static func describe(_ body: Entry.Body, unit: TemperatureUnit, care: CareProtocol)
    -> Shown
  {
    switch body {
    case .temperature(let celsius, _):
      return Shown(
        kind: .temperature, text: tr("Temperature %s", formatTemperature(celsius, unit: unit)),
        value: celsius, unit: "Cel")
    case .heartRate(let bpm):
      return Shown(
        kind: .heartRate, text: tr("Heart rate %s/min", String(bpm)), value: Double(bpm),
        unit: "/min")
    case .bloodPressure(let systolic, let diastolic):
      return Shown(
        kind: .bloodPressure,
        text: tr("Blood pressure %1$s/%2$s mmHg", String(systolic), String(diastolic)),
        value: Double(systolic), unit: "mm[Hg]")
    case .oxygenSaturation(let percent):
      return Shown(
        kind: .spo2, text: tr("SpO2 %s %%", String(percent)), value: Double(percent), unit: "%")
    case .weight(let kg, _):
      let weight = Language.current.number(oneDecimal(kg))
      return Shown(kind: .weight, text: tr("Weight %s kg", weight), value: kg, unit: "kg")
    case .symptom(let name, let severity):
      // Entries store the symptom's id; matching it first spares folding every alias for
      // each of years of rows.
      let symptom = care.symptoms.first { $0.id == name } ?? care.symptom(named: name)
      let label = symptom?.label(in: Language.current) ?? name
      if symptom?.scale == .present {
        let happened = happenedLabels(in: Language.current)[severity > 0 ? 1 : 0]
        return Shown(
          kind: .symptom,
          text: tr("%1$s: %2$s", label, happened, context: "symptom happened"),
          severity: severity)
      }
      let words = severityLabels.indices.contains(severity) ? severityLabels[severity] : "?"
      return Shown(
        kind: .symptom,
        text: tr("%1$s: %2$s (%3$s/4)", label, words, String(severity), context: "symptom"),
        severity: severity)
    case .medication(let text):
      return Shown(kind: .medication, text: tr("Medication: %s", text))
    case .medicationChange(let name, let dose, let change, let reason):
      return Shown(
        kind: .medicationChange,
        text: describeMedicationChange(name: name, dose: dose, change: change, reason: reason))
    case .note(let text):
      return Shown(kind: .note, text: tr("Note: %s", text))
    case .ice(let score):
      return Shown(
        kind: .ice, text: tr("ICE score %s/10", String(score.total)), value: Double(score.total),
        unit: "{score}")
    case .grading(_, let result):
      let crs = result.crs.map { tr("CRS grade %s", String($0)) } ?? tr("CRS: no ASTCT grade")
      let icans =
        result.icans.map { tr("ICANS grade %s", String($0)) } ?? tr("ICANS: no ASTCT grade")
      return Shown(kind: .grading, text: tr("%1$s, %2$s", crs, icans, context: "grades"))
    case .labs(let results):
      let listed = results.map { describe($0, care: care) }.joined(separator: ", ")
      return Shown(kind: .labs, text: tr("Labs: %s", listed))
    case .assessment(let sledai, let pga, let prednisolone, let drugs):
      return describeAssessment(
        sledai: sledai, physicianGlobal: pga, prednisoloneMg: prednisolone,
        immunosuppressants: drugs, care: care)
    case .correction(let target, let reason, _):
      return Shown(kind: .note, text: tr("Correction of %1$s: %2$s", target, reason))
    case .acknowledgement(let alert, let note):
      return Shown(kind: .acknowledgement, text: tr("Alert %1$s answered: %2$s", alert, note))
    case .homeNeuroCheck(let check):
      var text = tr("Home neuro check: %s", check.answersText)
      if let sentence = check.sentence { text += tr(" · wrote \"%s\"", sentence) }
      if let note = check.note { text += tr(" · note: %s", note) }
      return Shown(kind: .homeNeuroCheck, text: text)
    }
  }

  /// `Started prednisone 10 mg/day`, `Prednisone dose now 5 mg/day`,
  /// `Stopped mycophenolate — washout before leukapheresis`.
  public static func describeMedicationChange(
    name: String, dose: String?, change: Entry.MedicationChange, reason: String?
  ) -> String {
    var text: String
    switch change {
    case .start:
      text = tr("Started %s", name + (dose.map { " \($0)" } ?? ""))
    case .dose:
      let capitalized = name.prefix(1).uppercased() + name.dropFirst()
      text =
        dose.map { tr("%1$s dose now %2$s", capitalized, $0) }
        ?? tr("%s dose changed", capitalized)
    case .stop:
      text = tr("Stopped %s", name)
    }
    if let reason { text += " — \(reason)" }
    return text
  }

  /// `38.4 °C`, `37.95 °C`, or `101.1 °F` when the journey shows Fahrenheit: the reading as
  /// judged (``TemperatureUnit/reading(fromCelsius:)``), its decimal mark ``Language/current``'s
  /// (`38,4 °C`).
  public static func formatTemperature(_ celsius: Double, unit: TemperatureUnit) -> String {
    "\(Language.current.number(unit.reading(fromCelsius: celsius))) \(unit.symbol)"
  }

  /// One decimal place, no locale: `38.0`.
  public static func oneDecimal(_ value: Double) -> String {
    DecimalText.format(value, places: 1, trimmed: false)
  }
}
