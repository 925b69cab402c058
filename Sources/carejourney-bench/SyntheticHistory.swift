import JourneyCore

/// A made-up journey of a given length, the same for the same seed: what years of daily use
/// leave in a data directory.
///
/// Day 0 (the infusion) lies 40 days after the journey started (12 for a history shorter than a
/// year), with the normal path through the phases and one readmission. Every day has
/// temperatures (three a day from Day -5 to Day +28, two a day after), heart rate and blood
/// pressure, five or six symptoms, the daily medicine; notes every fourth day, weight weekly;
/// corrections now and then (a retyped temperature, a struck-out symptom); follow-up visits
/// with labs and a SLEDAI-2K assessment every 91 days from Day +90; a prednisone taper and other
/// medication changes; the milestones signed when due. Ten years give about 40,000 entries in
/// 3,650 day files.
struct SyntheticHistory {
  var events: [JourneyEvent] = []
  var entries: [Entry] = []
  let today: LocalDate
  let first: LocalDate
  let dayZero: LocalDate

  static let patient = Author(role: .patient, name: "Maria Santos")
  static let caregiver = Author(role: .caregiver, name: "Tom Santos")
  static let nurse = Author(role: .nurse, name: "Ana Weber")

  /// Symptoms logged day after day; none of them raises an alert below severity 3.
  static let dailySymptoms = [
    "fatigue", "joint-pain", "headache", "muscle-pain", "decreased-appetite", "concentration",
    "sweating", "anxiety", "sadness", "hair-loss", "nausea",
  ]

  private var random: SplitMix64
  private let care: CareProtocol

  init(days: Int, today: LocalDate, seed: UInt64, protocol care: CareProtocol) {
    self.today = today
    self.care = care
    random = SplitMix64(seed: seed)
    first = today.adding(days: -(days - 1))
    dayZero = first.adding(days: days >= 365 ? 40 : 12)
    buildEvents()
    for offset in 0..<days { buildDay(first.adding(days: offset)) }
  }

  // MARK: - Journey events

  private mutating func buildEvents() {
    func on(_ day: Int) -> LocalDate { dayZero.adding(days: day) }
    event(
      first, 9 * 60, Self.nurse,
      .created(
        patient: Self.patient.name, protocolID: care.id, teamPhone: "+49 9131 85-33010",
        temperatureUnit: .celsius))
    let leukapheresisPlan = event(
      first, 9 * 60 + 5, Self.nurse, .planned(phase: .leukapheresis, date: first.adding(days: 1)))
    event(first, 9 * 60 + 6, Self.nurse, .planned(phase: .infusion, date: dayZero))
    // The collection slot moved by a day: a correction of the plan, as the nurse typed it.
    if let plan = leukapheresisPlan {
      event(
        first, 9 * 60 + 30, Self.nurse,
        .corrected(
          target: plan, reason: "apheresis slot moved by the blood bank", on: first.adding(days: 2))
      )
    }
    let path: [(Int, Phase, String?)] = [
      (-1_000, .leukapheresis, nil), (-999, .manufacturing, nil), (-5, .lymphodepletion, nil),
      (0, .infusion, nil), (0, .hospitalStay, nil), (10, .postDischarge, nil),
      (16, .hospitalStay, "Fever 38.6 °C at home on Day +16; admitted for observation"),
      (19, .postDischarge, nil), (30, .followUp, nil),
    ]
    for (day, phase, reason) in path {
      // Leukapheresis and manufacturing follow the start of the journey, whatever its length.
      let date =
        day == -1_000 ? first.adding(days: 2) : day == -999 ? first.adding(days: 3) : on(day)
      guard date <= today else { break }
      event(
        date, 10 * 60, Self.nurse, .phaseEntered(phase: phase, on: date, reason: reason, note: nil))
    }
    if on(400) <= today {
      event(
        on(400), 12 * 60, Self.nurse,
        .settings(teamPhone: "+49 9131 85-33011", temperatureUnit: nil))
    }
    // Sign what fell due before today, as the team would have.
    let journey = Journey(events: events)
    for milestone in journey.milestones(protocol: care, today: today) {
      guard let due = milestone.due, due < today else { continue }
      let by = milestone.rule.signer == .nurse ? Self.nurse : Self.patient
      let date = max(due, first)
      event(date, 16 * 60, by, .milestoneSigned(milestone: milestone.id, on: date, note: nil))
    }
    events.sort { $0.date < $1.date }
  }

  @discardableResult
  private mutating func event(
    _ date: LocalDate, _ minute: Int, _ author: Author, _ body: JourneyEvent.Body
  ) -> String? {
    let stamp = Timestamp(date: date, secondOfDay: minute * 60, utcOffset: 0)
    let id = newID()
    events.append(JourneyEvent(id: id, recordedAt: stamp, author: author, body: body))
    return id
  }

  // MARK: - Day entries

  private mutating func buildDay(_ date: LocalDate) {
    let day = dayZero.days(to: date)
    let acute = (-5...28).contains(day)
    let times = acute ? [8 * 60, 14 * 60, 20 * 60] : [8 * 60, 20 * 60]
    var morningTemperature: String?
    for (index, minute) in times.enumerated() {
      let fevers: [Int: Double] = [3: 38.4, 4: 38.9, 5: 38.2, 16: 38.6]
      let fever = fevers[day] ?? 0
      let celsius = max(fever, 36.3 + Double(random.next(9)) / 10)
      let by = acute && index == 1 ? Self.caregiver : Self.patient
      let id = entry(
        date, minute, by, .temperature(celsius: celsius, asTyped: Timeline.oneDecimal(celsius)))
      if index == 0 { morningTemperature = id }
    }
    for minute in acute ? [8 * 60 + 5, 20 * 60 + 5] : [8 * 60 + 5] {
      entry(date, minute, Self.patient, .heartRate(bpm: 62 + random.next(25)))
      entry(
        date, minute + 1, Self.patient,
        .bloodPressure(systolic: 108 + random.next(22), diastolic: 66 + random.next(14)))
    }
    if acute {
      entry(date, 8 * 60 + 7, Self.patient, .oxygenSaturation(percent: 95 + random.next(5)))
    }
    var lastSymptom: String?
    let count = 5 + (day & 1)
    for index in 0..<count {
      let name = Self.dailySymptoms[(day + index * 3).positiveModulo(Self.dailySymptoms.count)]
      // Mostly none to moderate; now and then severe, which raises an alert that day.
      let severity = random.next(400) == 0 ? 3 : random.next(3)
      lastSymptom = entry(
        date, 19 * 60 + index, Self.patient, .symptom(name: name, severity: severity))
    }
    entry(date, 8 * 60 + 15, Self.patient, .medication(text: "hydroxychloroquine 200 mg"))
    if date.daysSinceEpoch % 7 == 0 {
      let kg = 61 + Double(random.next(30)) / 10
      entry(
        date, 7 * 60 + 45, Self.patient,
        .weight(kilograms: kg, asTyped: Timeline.oneDecimal(kg) + "kg"))
    }
    if day % 4 == 0 {
      let notes = [
        "Slept badly, tired in the afternoon.", "Walked 40 minutes, felt fine.",
        "Joints stiff in the morning, better by noon.", "Good day. Ate well.",
        "Headache after the bus ride; gone by the evening.",
      ]
      entry(
        date, 21 * 60, day % 8 == 0 ? Self.caregiver : Self.patient,
        .note(text: notes[random.next(notes.count)]))
    }
    // A retyped temperature now and then, and a symptom struck out (logged twice by mistake).
    if day % 37 == 11, let target = morningTemperature {
      let celsius = 36.5 + Double(random.next(5)) / 10
      correct(
        target, on: date, at: 8 * 60, reason: "typed the wrong digit",
        .temperature(celsius: celsius, asTyped: Timeline.oneDecimal(celsius)))
    }
    if day % 53 == 29, let target = lastSymptom {
      correct(target, on: date, at: 19 * 60, reason: "logged twice", nil)
    }
    medicationChanges(date, day: day)
    if day >= 90, (day - 90) % 91 == 0 {
      visit(date, day: day)
    }
  }

  private mutating func medicationChanges(_ date: LocalDate, day: Int) {
    let changes: [Int: (String, String?, Entry.MedicationChange, String?)] = [
      -30: ("mycophenolate", nil, .stop, "washout before leukapheresis"),
      1: ("prednisone", "10 mg/day", .start, "after the infusion"),
      20: ("prednisone", "7.5 mg/day", .dose, "taper"),
      30: ("prednisone", "5 mg/day", .dose, "taper"),
      90: ("prednisone", "2.5 mg/day", .dose, "taper"),
      135: ("prednisone", nil, .stop, "taper finished"),
      200: ("vitamin D", "1000 IU/day", .start, nil),
    ]
    if let (name, dose, change, reason) = changes[day] {
      entry(
        date, 8 * 60 + 10, Self.patient,
        .medicationChange(name: name, dose: dose, change: change, reason: reason))
    }
    // Later years: a course of antibiotics now and then.
    if day > 365, day % 240 == 17 {
      entry(
        date, 9 * 60, Self.patient,
        .medicationChange(
          name: "amoxicillin", dose: "500 mg three times a day", change: .start,
          reason: "chest infection"))
    }
    if day > 365, day % 240 == 24 {
      entry(
        date, 9 * 60, Self.patient,
        .medicationChange(name: "amoxicillin", dose: nil, change: .stop, reason: "course finished"))
    }
  }

  private mutating func visit(_ date: LocalDate, day: Int) {
    let number = (day - 90) / 91
    // B cells come back after the first visits; the rest wanders inside normal ranges.
    let typed = [
      "anti-dsdna=\(4 + random.next(12))", "c3=\(Double(90 + random.next(20)) / 100)g/L",
      "c4=\(14 + random.next(10))",
      "creatinine=0.\(75 + random.next(20))", "upcr=0.\(10 + random.next(20))",
      "igg=\(5 + random.next(4)).\(random.next(10))g/L",
      "neutrophils=\(2_000 + 100 * random.next(20))",
      "cd19-b-cells=\(number == 0 ? 0 : 40 + random.next(200))",
      "lymphocytes=\(1_200 + 50 * random.next(20))",
      "haemoglobin=\(12 + random.next(3)).\(random.next(10))",
      "platelets=\(180 + random.next(120))",
    ]
    let results = typed.compactMap { try? Reading.lab($0, care: care) }
    if !results.isEmpty { entry(date, 11 * 60, Self.nurse, .labs(results)) }
    entry(
      date, 11 * 60 + 30, Self.nurse,
      .assessment(
        sledai: [], physicianGlobal: Double(random.next(4)) / 10,
        prednisoloneMg: day < 135 ? 2.5 : 0, immunosuppressants: []))
  }

  @discardableResult
  private mutating func entry(
    _ date: LocalDate, _ minute: Int, _ author: Author, _ body: Entry.Body
  ) -> String? {
    let stamp = Timestamp(date: date, secondOfDay: minute * 60, utcOffset: 0)
    let id = newID()
    entries.append(Entry(id: id, recordedAt: stamp, observedAt: stamp, author: author, body: body))
    return id
  }

  /// A correction goes into the corrected entry's day file, dated like it (as `amend` writes).
  private mutating func correct(
    _ target: String, on date: LocalDate, at minute: Int, reason: String, _ replacement: Entry.Body?
  ) {
    entry(
      date, minute, Self.patient,
      .correction(target: target, reason: reason, replacement: replacement))
  }

  private mutating func newID() -> String {
    let value = random.nextValue()
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}

extension Int {
  func positiveModulo(_ modulus: Int) -> Int { ((self % modulus) + modulus) % modulus }
}
