/// A believable sample journey for trying CareJourney out: screening to Month 6, a few days of
/// fever after the infusion graded CRS 1 by the nurse (then a masked fever graded after it), a
/// readmission, a medication plan (mycophenolate washout, methylprednisolone for bridging, a
/// prednisone taper, hydroxychloroquine throughout, antiviral and PJP prophylaxis to Day +150),
/// visit labs at Day +30, Month 3, Day +135 and Month 6 typed in the units clinics print (the
/// inflammation panel, CD4, platelets, haemoglobin), SLEDAI-2K at Month 3 (DORIS not met) and
/// Month 6 (DORIS and drug-free remission met, hydroxychloroquine allowed), every milestone due
/// signed and the conditional ones that do not apply marked not applicable. Made up; no real
/// patient.
///
/// Built from `today` alone (and the protocol's milestones), so the same day gives the same
/// journey, line for line.
public struct DemoJourney: Sendable {
  public var events: [JourneyEvent] = []
  public var entries: [Entry] = []

  public static let patient = Author(role: .patient, name: "Maria Santos")
  public static let caregiver = Author(role: .caregiver, name: "Tom Santos")
  public static let nurse = Author(role: .nurse, name: "Ana Weber")

  /// Day 0 lies this many days before `today`: today is Day +183, in Month 6.
  public static let daysSinceInfusion = 183

  private var counter = 0
  private let utcOffset: Int
  /// Nothing is logged after this moment of `today` (a demo opened at 6 a.m. has no 8:30 reading).
  private let latest: (LocalDate, Int)

  /// Builds the sample. `utcOffset` is the offset written into its timestamps; `secondOfDay` is
  /// the time now, so that no entry lies in the future.
  public init(
    today: LocalDate, protocol care: CareProtocol, utcOffset: Int, secondOfDay: Int = 86_399
  ) {
    self.utcOffset = utcOffset
    latest = (today, secondOfDay)
    let day0 = today.adding(days: -DemoJourney.daysSinceInfusion)
    func on(_ day: Int) -> LocalDate { day0.adding(days: day) }

    event(
      on(-75), 9 * 60, DemoJourney.nurse,
      .created(
        patient: DemoJourney.patient.name, protocolID: care.id, teamPhone: "+49 9131 85-33010",
        temperatureUnit: .celsius))
    event(on(-75), 9 * 60 + 5, DemoJourney.nurse, .planned(phase: .leukapheresis, date: on(-52)))
    event(on(-75), 9 * 60 + 6, DemoJourney.nurse, .planned(phase: .infusion, date: on(0)))
    enter(.leukapheresis, on(-52), nil)
    enter(.manufacturing, on(-51), nil)
    enter(.lymphodepletion, on(-5), nil)
    enter(.infusion, on(0), nil)
    enter(.hospitalStay, on(0), nil)
    enter(.postDischarge, on(10), nil)
    enter(.hospitalStay, on(16), "Fever 38.6 °C at home on Day +16; admitted for observation")
    enter(.postDischarge, on(19), nil)
    enter(.followUp, on(30), nil)

    // Sign what was due up to today, in due order, as the team would have; the conditional
    // ones (CNS lupus, a latent infection, a seizure, a new cancer) do not apply to Maria.
    let journey = Journey(events: events)
    for milestone in journey.milestones(protocol: care, today: today) {
      guard let due = milestone.due, due < today else { continue }
      let by = milestone.rule.signer == .nurse ? DemoJourney.nurse : DemoJourney.patient
      let date = max(due, on(-75))
      let notApplicable = milestone.rule.appliesIf != nil
      event(
        date, 16 * 60, by,
        .milestoneSigned(
          milestone: milestone.id, on: date,
          note: notApplicable ? "does not apply: checked at the visit" : nil,
          notApplicable: notApplicable))
    }
    events.sort { $0.date < $1.date }

    // Temperatures: three a day in the acute window, then every third day.
    let fever: [Int: [Double]] = [
      3: [37.6, 38.3, 38.1], 4: [38.9, 38.6, 38.2], 5: [38.4, 37.9, 37.8], 6: [38.1, 37.6, 37.4],
      16: [37.4, 38.6, 38.4], 17: [38.2, 37.7, 37.5],
    ]
    for day in -5...DemoJourney.daysSinceInfusion {
      let acute = day <= 28
      guard acute || day % 3 == 0 else { continue }
      let times = acute ? [8 * 60, 14 * 60, 20 * 60] : [8 * 60 + 30]
      for (i, minute) in times.enumerated() {
        let base = 36.6 + Double((day * 7 + i * 3) % 6) / 10
        let celsius = fever[day]?[i] ?? base
        let typed = Timeline.oneDecimal(celsius)
        let author = day >= 3 && day <= 10 && i == 1 ? DemoJourney.caregiver : DemoJourney.patient
        entry(on(day), minute, author, .temperature(celsius: celsius, asTyped: typed))
      }
    }
    let symptoms: [(Int, String, Int)] = [
      (-4, "nausea", 1), (-3, "nausea", 2), (-3, "fatigue", 2), (1, "fatigue", 2),
      (3, "chills", 1), (4, "headache", 2), (4, "fatigue", 3), (5, "fatigue", 2),
      (6, "fatigue", 2), (12, "fatigue", 1), (16, "chills", 2), (16, "fatigue", 2),
      (40, "joint-pain", 1), (60, "sore-throat", 1), (95, "fatigue", 1),
    ]
    for (day, name, severity) in symptoms where care.symptom(named: name) != nil {
      entry(on(day), 19 * 60, DemoJourney.patient, .symptom(name: name, severity: severity))
    }
    let notes: [(Int, Author, String)] = [
      (-5, DemoJourney.patient, "First day of chemo. Nervous but ready."),
      (0, DemoJourney.caregiver, "Infusion done at 11:20. Took about 15 minutes."),
      (4, DemoJourney.caregiver, "Team gave paracetamol; fever down by evening."),
      (10, DemoJourney.patient, "Discharged. Staying at the apartment near the clinic."),
      (16, DemoJourney.caregiver, "Called the team at 15:10 about the fever; told to come in."),
      (30, DemoJourney.patient, "Home again. Prednisone now 5 mg."),
      (90, DemoJourney.patient, "Month 3 visit: team says labs look good."),
    ]
    for (day, author, text) in notes {
      entry(on(day), 21 * 60, author, .note(text: text))
    }
    // A racing pulse with the fever, and paracetamol before a normal reading (the app says a
    // medicine can hide a fever).
    entry(on(4), 14 * 60 + 5, DemoJourney.caregiver, .heartRate(bpm: 114))
    entry(on(5), 13 * 60, DemoJourney.patient, .medication(text: "paracetamol 1 g"))

    // The medication plan as `med` records it: prednisone kept at 10 mg/day through
    // leukapheresis (at most 10 mg/day from 7 days before, EBMT/ISCT 2024), mycophenolate
    // stopped for the washout (at least 2 weeks before leukapheresis), and the prednisone taper
    // after the infusion, stopped at Day +135.
    let plan: [(Int, Author, String, String?, Entry.MedicationChange, String?)] = [
      (
        -75, DemoJourney.nurse, "prednisone", "10 mg/day", .start,
        "lupus; at most 10 mg/day before leukapheresis and lymphodepletion"
      ),
      (-75, DemoJourney.nurse, "mycophenolate", "1 g twice daily", .start, "lupus"),
      (
        -75, DemoJourney.nurse, "hydroxychloroquine", "200 mg/day", .start,
        "lupus; no washout needed"
      ),
      (-70, DemoJourney.nurse, "mycophenolate", nil, .stop, "washout before leukapheresis"),
      (
        -50, DemoJourney.nurse, "methylprednisolone", "8 mg/day", .start,
        "bridging between leukapheresis and lymphodepletion"
      ),
      (-7, DemoJourney.nurse, "methylprednisolone", nil, .stop, "before lymphodepletion"),
      (0, DemoJourney.nurse, "valaciclovir", "500 mg twice daily", .start, "HSV/VZV prophylaxis"),
      (
        0, DemoJourney.nurse, "co-trimoxazole", "960 mg three times a week", .start,
        "PJP prophylaxis"
      ),
      (150, DemoJourney.nurse, "valaciclovir", nil, .stop, "CD4 above 200/µL since Day +135"),
      (150, DemoJourney.nurse, "co-trimoxazole", nil, .stop, "CD4 above 200/µL since Day +135"),
      (20, DemoJourney.patient, "prednisone", "7.5 mg/day", .dose, "taper"),
      (30, DemoJourney.patient, "prednisone", "5 mg/day", .dose, "taper"),
      (90, DemoJourney.patient, "prednisone", "2.5 mg/day", .dose, "taper"),
      (135, DemoJourney.patient, "prednisone", nil, .stop, "taper finished"),
    ]
    for (day, author, name, dose, change, reason) in plan {
      entry(
        on(day), 8 * 60 + 15, author,
        .medicationChange(name: name, dose: dose, change: change, reason: reason))
    }

    // Follow-up visit labs (Month 3, a visit between, Month 6), typed as a lab report gives
    // them; B cells come back between Month 3 and Month 6.
    let visits: [(Int, [String])] = [
      (
        30,
        [
          "neutrophils=0.9x10^9/L", "platelets=88G/L", "haemoglobin=10.8", "cd4=140",
          "ferritin=620", "crp=3.1mg/dL", "fibrinogen=2.4g/L", "alt=38", "ast=31", "ldh=260",
          "triglycerides=1.9mmol/L", "troponin=8ng/L",
        ]
      ),
      (
        90,
        [
          "anti-dsdna=18", "c3=0.92g/L", "c4=13", "creatinine=0.8", "upcr=40mg/mmol",
          "igg=5.2g/L", "neutrophils=2100", "cd19-b-cells=0", "cd4=180", "platelets=146",
          "haemoglobin=11.9",
        ]
      ),
      (
        135,
        [
          "anti-dsdna=9", "c3=1.01g/L", "creatinine=0.8", "upcr=0.25", "igg=5.6g/L",
          "neutrophils=2600", "cd19-b-cells=45", "cd4=230",
        ]
      ),
      (
        180,
        [
          "anti-dsdna=6", "c3=1.08g/L", "c4=19", "creatinine=0.75", "upcr=0.15", "igg=6.1g/L",
          "neutrophils=3.1G/L", "cd19-b-cells=120", "cd4=310", "platelets=210",
          "haemoglobin=12.8", "ferritin=95", "crp=2",
        ]
      ),
    ]
    for (day, typed) in visits {
      let results = typed.compactMap { try? Reading.lab($0, care: care) }
      if !results.isEmpty { entry(on(day), 11 * 60, DemoJourney.nurse, .labs(results)) }
    }
    // SLEDAI-2K and remission at the protocol's visits, with the prednisolone dose the
    // medication list gives that day. Month 3: anti-dsDNA still raised (serology, outside the
    // clinical SLEDAI) and a physician global of 0.6, so DORIS is not met; Month 6: DORIS and
    // drug-free remission (no prednisolone; hydroxychloroquine, which the protocol allows).
    let assessments: [(Int, [String], Double)] = [
      (90, ["increased-dna-binding"], 0.6), (180, [], 0.2),
    ]
    for (day, sledai, pga) in assessments {
      let prednisolone = MedicationList.prednisolone(
        on: on(day), entries: entries, settings: care.remission
      ).mg
      entry(
        on(day), 11 * 60 + 30, DemoJourney.nurse,
        .assessment(
          sledai: sledai, physicianGlobal: pga, prednisoloneMg: prednisolone,
          immunosuppressants: ["hydroxychloroquine"]))
    }

    // The nurse's ICE scores and ASTCT gradings on the fever days: CRS grade 1 (fever without
    // hypotension or hypoxia), no ICANS.
    let gradings: [(Int, Double)] = [(3, 38.3), (4, 38.9), (5, 38.4), (16, 38.6)]
    for (day, celsius) in gradings {
      let ice = ICEScore(orientation: 4, naming: 3, commands: 1, writing: 1, attention: 1)
      let input = GradingInput(temperature: celsius, ice: ice.total)
      entry(on(day), 15 * 60, DemoJourney.nurse, .ice(ice))
      entry(on(day), 15 * 60 + 10, DemoJourney.nurse, .grading(input, ASTCT.grade(input)))
    }
    // Day 6: paracetamol given after the morning fever, no fever by afternoon, no hypotension or
    // hypoxia: after the CRS grades above, a masked fever (ASTCT leaves it to the team).
    let masked = GradingInput(temperature: 37.6, masked: true, ice: 10)
    entry(on(6), 15 * 60 + 10, DemoJourney.nurse, .grading(masked, ASTCT.grade(masked)))
  }

  private mutating func nextID() -> String {
    counter += 1
    return "demo-\(LocalDate.pad(counter, 5))"
  }

  private func stamp(_ date: LocalDate, _ minute: Int) -> Timestamp {
    Timestamp(date: date, secondOfDay: minute * 60, utcOffset: utcOffset)
  }

  private mutating func event(
    _ date: LocalDate, _ minute: Int, _ author: Author, _ body: JourneyEvent.Body
  ) {
    events.append(
      JourneyEvent(id: nextID(), recordedAt: stamp(date, minute), author: author, body: body))
  }

  private mutating func enter(_ phase: Phase, _ date: LocalDate, _ reason: String?) {
    event(
      date, 10 * 60, DemoJourney.nurse,
      .phaseEntered(phase: phase, on: date, reason: reason, note: nil))
  }

  private mutating func entry(
    _ date: LocalDate, _ minute: Int, _ author: Author, _ body: Entry.Body
  ) {
    if date > latest.0 || (date == latest.0 && minute * 60 > latest.1) { return }
    let at = stamp(date, minute)
    entries.append(Entry(id: nextID(), recordedAt: at, observedAt: at, author: author, body: body))
  }
}
