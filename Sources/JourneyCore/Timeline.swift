/// One row of the timeline: a journey event or a logged entry, placed on its day.
public struct TimelineItem: Equatable, Sendable {
  /// What the row shows.
  public enum Kind: String, Codable, Sendable {
    case phase
    case plan
    case milestone
    case correction
    case temperature
    case symptom
    case note
    case started
  }

  public var id: String
  public var date: LocalDate
  /// The local time for entries; nil for journey events, which are dated by day.
  public var time: Timestamp?
  public var day: StudyDay
  /// The phase the patient was in on that date.
  public var phase: Phase
  public var kind: Kind
  /// A sentence: `Temperature 38.4 °C`, `Entered hospital-stay`.
  public var text: String
  /// A measured value in its stored unit (°C for temperatures), when there is one.
  public var value: Double?
  public var unit: String?
  /// Severity 0–4 for symptoms.
  public var severity: Int?
  public var author: Author
  /// Struck through by a later correction (still shown).
  public var struckOut: Bool
  /// Why it was struck out or moved, when it was.
  public var correction: String?
}

/// Builds the day-by-day history from the journey and the entries.
public enum Timeline {
  /// PRO-CTCAE severity labels, 0–4.
  public static let severityLabels = ["none", "mild", "moderate", "severe", "very severe"]

  /// Items between `from` and `to` (inclusive, by local date), oldest first; journey events on
  /// a day come before that day's entries.
  public static func items(
    journey: Journey, entries: [Entry], protocol care: CareProtocol,
    from: LocalDate? = nil, to: LocalDate? = nil
  ) -> [TimelineItem] {
    var items: [TimelineItem] = []
    let corrections = Journey.corrections(in: journey.events)
    for event in journey.events {
      var date = event.date
      var correctionText: String?
      if let fix = corrections[event.id], case .corrected(_, let reason, let moved) = fix.body {
        if let moved {
          correctionText = "moved from \(date) by \(fix.author): \(reason)"
          date = moved
        } else {
          correctionText = "struck out by \(fix.author): \(reason)"
        }
      }
      guard from.map({ date >= $0 }) ?? true, to.map({ date <= $0 }) ?? true else { continue }
      let (kind, text) = describe(event, journey: journey, care: care)
      items.append(
        TimelineItem(
          id: event.id, date: date, time: nil,
          day: StudyDay(date: date, journey: journey, protocol: care),
          phase: phase(on: date, journey: journey), kind: kind, text: text, value: nil,
          unit: nil, severity: nil, author: event.author,
          struckOut: journey.struckOut[event.id] != nil, correction: correctionText))
    }
    for entry in entries {
      let date = entry.observedAt.date
      guard from.map({ date >= $0 }) ?? true, to.map({ date <= $0 }) ?? true else { continue }
      var item = TimelineItem(
        id: entry.id, date: date, time: entry.observedAt,
        day: StudyDay(date: date, journey: journey, protocol: care),
        phase: phase(on: date, journey: journey), kind: .note, text: "", value: nil, unit: nil,
        severity: nil, author: entry.author, struckOut: false, correction: nil)
      switch entry.body {
      case .temperature(let celsius, _):
        item.kind = .temperature
        item.value = celsius
        item.unit = "Cel"
        item.text = "Temperature \(formatTemperature(celsius, unit: journey.temperatureUnit))"
      case .symptom(let name, let severity):
        item.kind = .symptom
        item.severity = severity
        let label = care.symptom(named: name)?.label ?? name
        let words = severityLabels.indices.contains(severity) ? severityLabels[severity] : "?"
        item.text = "\(label): \(words) (\(severity)/4)"
      case .note(let text):
        item.kind = .note
        item.text = "Note: \(text)"
      }
      items.append(item)
    }
    return items.enumerated().sorted { a, b in
      let (x, y) = (a.element, b.element)
      if x.date != y.date { return x.date < y.date }
      switch (x.time, y.time) {
      case (nil, .some): return true
      case (.some, nil): return false
      case (let s?, let t?) where s != t: return s < t
      default: return a.offset < b.offset
      }
    }.map(\.element)
  }

  /// The phase the patient was in on a date (screening before the first stay).
  public static func phase(on date: LocalDate, journey: Journey) -> Phase {
    journey.stays.last { $0.start <= date }?.phase ?? .screening
  }

  static func describe(_ event: JourneyEvent, journey: Journey, care: CareProtocol)
    -> (TimelineItem.Kind, String)
  {
    switch event.body {
    case .created(let patient, let protocolID, _, _):
      return (.started, "Journey started for \(patient) (protocol \(protocolID))")
    case .planned(let phase, let date):
      let what = phase == .infusion ? "Infusion (Day 0)" : phase.title
      return (.plan, "\(what) planned for \(date)")
    case .phaseEntered(let phase, _, let reason, let note):
      var text = "Entered \(phase.title.lowercased())"
      if let reason { text += " — reason: \(reason)" }
      if let note { text += " — note: \(note)" }
      return (.phase, text)
    case .milestoneSigned(let id, _, let note):
      let title = journey.milestones(protocol: care, today: event.date)
        .first { $0.id == id }?.title ?? id
      var text = "Signed: \(title)"
      if let note { text += " — \(note)" }
      return (.milestone, text)
    case .corrected(let target, let reason, let on):
      let what = on.map { "moved \(target) to \($0)" } ?? "struck out \(target)"
      return (.correction, "Correction: \(what) — \(reason)")
    }
  }

  /// `38.4 °C`, or `101.1 °F` when the journey shows Fahrenheit.
  public static func formatTemperature(_ celsius: Double, unit: TemperatureUnit) -> String {
    switch unit {
    case .celsius: return "\(oneDecimal(celsius)) °C"
    case .fahrenheit: return "\(oneDecimal(celsius * 9 / 5 + 32)) °F"
    }
  }

  /// One decimal place, no locale: `38.0`.
  public static func oneDecimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }
}
