import Testing

@testable import JourneyCore

/// Every red-flag rule of the default protocol on both sides of its threshold and its window,
/// temperatures typed in °C and °F, judged in journeys whose recorded phase agrees with the
/// dates, lags behind them, or has ended (completed, withdrawn): the result never changes.
@Suite struct RedFlagsTests {
  static let care: CareProtocol = {
    do {
      guard let care = try CareProtocol.builtIn(named: "cd19-sle") else {
        fatalError("no cd19-sle")
      }
      return care
    } catch { fatalError("\(error)") }
  }()

  /// Day 0 is 2026-09-29 (planned, then actual); phases as in `JourneyScript.pathDates`.
  static func journey(at phase: Phase) -> Journey {
    var script = JourneyScript.at(phase)
    script.add(.planned(phase: .infusion, date: JourneyScript.date("2026-09-29")), on: "2026-09-01")
    return script.journey
  }

  static let dayZero = JourneyScript.date("2026-09-29")

  /// The date of a study day (Day 0 = 2026-09-29).
  static func day(_ n: Int) -> String { "\(dayZero.adding(days: n))" }

  /// Journeys with the same dates (leukapheresis 09-08, manufacturing 09-15, lymphodepletion
  /// Day −5 = 09-24, infusion 09-29), recorded in different ways.
  enum Shape: String, CaseIterable, Sendable {
    /// Every phase entered on its date, up to follow-up.
    case recorded
    /// Only screening recorded; the other phases planned.
    case plannedOnly
    /// Recorded up to manufacturing; lymphodepletion and infusion only planned (nobody
    /// advanced the phase).
    case lagging
    /// Recorded, then completed on 2026-11-01.
    case completed
    /// Recorded, then withdrawn on 2026-11-01.
    case withdrawn

    var journey: Journey {
      var script = JourneyScript()
      let plans: [(Phase, String)] = [
        (.leukapheresis, "2026-09-08"), (.manufacturing, "2026-09-15"),
        (.lymphodepletion, "2026-09-24"), (.infusion, "2026-09-29"),
      ]
      for (phase, date) in plans {
        script.add(.planned(phase: phase, date: JourneyScript.date(date)), on: "2026-09-01")
      }
      let path: [(Phase, String)] = [
        (.leukapheresis, "2026-09-08"), (.manufacturing, "2026-09-15"),
        (.lymphodepletion, "2026-09-24"), (.infusion, "2026-09-29"),
        (.hospitalStay, "2026-09-30"), (.postDischarge, "2026-10-13"), (.followUp, "2026-10-27"),
      ]
      switch self {
      case .plannedOnly: break
      case .lagging: for (phase, date) in path.prefix(2) { script.enter(phase, date) }
      case .recorded, .completed, .withdrawn:
        for (phase, date) in path { script.enter(phase, date) }
      }
      if self == .completed { script.enter(.completed, "2026-11-01") }
      if self == .withdrawn { script.enter(.withdrawn, "2026-11-01", reason: "moved away") }
      return script.journey
    }
  }

  static func entry(_ body: Entry.Body, on date: String, minute: Int = 600, id: String = "x")
    -> Entry
  {
    let at = Timestamp(date: JourneyScript.date(date), secondOfDay: minute * 60, utcOffset: 3600)
    return Entry(
      id: id, recordedAt: at, observedAt: at, author: Author(role: .patient, name: "M"), body: body)
  }

  static func temp(_ typed: String) -> Entry.Body {
    do { return .temperature(celsius: try Reading.temperature(typed), asTyped: typed) } catch {
      fatalError("\(error)")
    }
  }

  static func symptom(_ name: String, _ severity: Int) -> Entry.Body {
    .symptom(name: name, severity: severity)
  }

  static func labs(_ typed: String...) -> Entry.Body {
    do { return .labs(try typed.map { try Reading.lab($0, care: care) }) } catch {
      fatalError("\(error)")
    }
  }

  struct Case: CustomStringConvertible, Sendable {
    var day: Int
    var body: Entry.Body
    /// Every rule the entry meets; the first is the one that sets the level.
    var fired: [String]
    var description: String { "\(body) on Day \(day) → \(fired)" }
  }

  static let neurological = [
    "confusion", "word-finding", "slurred-speech", "trouble-understanding", "drowsiness",
    "agitation", "tremor", "loss-of-balance", "weakness", "handwriting", "vision-change",
  ]
  static let infection = [
    "sore-throat", "burning-urine", "painful-urination", "cough", "cold-sores", "shingles-rash",
  ]
  static let watchList = [
    "rash", "mouth-sores", "swelling", "swelling-around-eyes", "foamy-urine", "less-urine",
    "diarrhoea", "abdominal-pain",
  ]

  static let cases: [Case] =
    [
      // Fever: urgent from Day −5 (the first lymphodepletion day) with no end; before, call
      // today. Both sides of 38.0 °C / 100.4 °F; 37.95 is not 38.0.
      Case(day: 21, body: temp("37.99"), fired: []),
      Case(day: 21, body: temp("37.95"), fired: []),
      Case(day: 21, body: temp("38.0"), fired: ["fever"]),
      Case(day: 21, body: temp("38,0"), fired: ["fever"]),
      // The decimal comma German and Spanish write, on both sides, in °C and °F.
      Case(day: 21, body: temp("37,99"), fired: []),
      Case(day: 21, body: temp("37,9 °C"), fired: []),
      Case(day: 21, body: temp("38,4 °C"), fired: ["fever"]),
      Case(day: 21, body: temp("100,39F"), fired: []),
      Case(day: 21, body: temp("100,4F"), fired: ["fever"]),
      Case(day: 21, body: temp("100,4 °F"), fired: ["fever"]),
      Case(day: 21, body: temp("100.39F"), fired: []),
      Case(day: 21, body: temp("100.4F"), fired: ["fever"]),
      Case(day: 2, body: temp("38.6"), fired: ["fever"]),
      Case(day: 400, body: temp("38.0"), fired: ["fever"]),
      Case(day: 3000, body: temp("101.1F"), fired: ["fever"]),
      Case(day: -5, body: temp("38.0"), fired: ["fever"]),
      Case(day: -5, body: temp("37.9"), fired: []),
      Case(day: -6, body: temp("38.0"), fired: ["fever-before-lymphodepletion"]),
      Case(day: -6, body: temp("100.4F"), fired: ["fever-before-lymphodepletion"]),
      Case(day: -6, body: temp("100.39F"), fired: []),
      Case(day: -28, body: temp("38.5"), fired: ["fever-before-lymphodepletion"]),
      // Low temperatures: below 36.0 from Day −5 (call today), 35.0 or less any day (urgent).
      Case(day: 10, body: temp("36.0"), fired: []),
      Case(day: 10, body: temp("35.99"), fired: ["low-temperature"]),
      Case(day: 10, body: temp("96.8F"), fired: []),
      Case(day: 10, body: temp("96.79F"), fired: ["low-temperature"]),
      Case(day: -6, body: temp("35.9"), fired: []),
      Case(day: -5, body: temp("35.9"), fired: ["low-temperature"]),
      Case(day: 10, body: temp("35.01"), fired: ["low-temperature"]),
      Case(day: 10, body: temp("35.0"), fired: ["very-low-temperature", "low-temperature"]),
      Case(day: 10, body: temp("95F"), fired: ["very-low-temperature", "low-temperature"]),
      Case(day: 10, body: temp("95.01F"), fired: ["low-temperature"]),
      Case(day: -30, body: temp("35.0"), fired: ["very-low-temperature"]),
      Case(day: -30, body: temp("35.01"), fired: []),
      // Heart rate (NEWS2 bands), every day.
      Case(day: 7, body: .heartRate(bpm: 250), fired: ["heart-rate-very-fast"]),
      Case(day: 7, body: .heartRate(bpm: 131), fired: ["heart-rate-very-fast"]),
      Case(day: -30, body: .heartRate(bpm: 130), fired: ["heart-rate-fast"]),
      Case(day: 900, body: .heartRate(bpm: 111), fired: ["heart-rate-fast"]),
      Case(day: 7, body: .heartRate(bpm: 110), fired: []),
      Case(day: 7, body: .heartRate(bpm: 51), fired: []),
      Case(day: 7, body: .heartRate(bpm: 50), fired: ["heart-rate-slow"]),
      Case(day: 900, body: .heartRate(bpm: 41), fired: ["heart-rate-slow"]),
      Case(day: 7, body: .heartRate(bpm: 40), fired: ["heart-rate-very-slow"]),
      Case(day: -30, body: .heartRate(bpm: 30), fired: ["heart-rate-very-slow"]),
      Case(day: 7, body: symptom("heart-palpitations", 1), fired: ["racing-heart"]),
      Case(day: 7, body: symptom("heart-palpitations", 0), fired: []),
      // Oxygen and blood pressure, every day.
      Case(day: 400, body: .oxygenSaturation(percent: 92), fired: []),
      Case(day: 400, body: .oxygenSaturation(percent: 91), fired: ["low-oxygen"]),
      Case(day: -30, body: .oxygenSaturation(percent: 91), fired: ["low-oxygen"]),
      Case(day: 400, body: .bloodPressure(systolic: 90, diastolic: 60), fired: []),
      Case(
        day: 400, body: .bloodPressure(systolic: 89, diastolic: 60), fired: ["low-blood-pressure"]),
      // Chest pain: emergency first at any severity, no end.
      Case(day: 400, body: symptom("chest-pain", 0), fired: []),
      Case(day: 400, body: symptom("chest-pain", 1), fired: ["chest-pain"]),
      Case(day: -30, body: symptom("chest-pain-breathing", 1), fired: ["chest-pain"]),
      Case(day: 10, body: symptom("chest-pain", 4), fired: ["chest-pain", "severe-symptom"]),
      // Breathing, chills, dizziness, feeling unwell without a fever.
      Case(day: 14, body: symptom("shortness-of-breath", 1), fired: ["breathing-chills-dizziness"]),
      Case(day: 14, body: symptom("shortness-of-breath", 2), fired: ["breathing-chills-dizziness"]),
      Case(
        day: 14, body: symptom("shortness-of-breath", 3),
        fired: ["severe-breathlessness", "breathing-chills-dizziness", "severe-symptom"]),
      Case(day: 14, body: symptom("chills", 0), fired: []),
      Case(day: 14, body: symptom("chills", 1), fired: ["breathing-chills-dizziness"]),
      Case(day: 900, body: symptom("feeling-unwell", 1), fired: ["breathing-chills-dizziness"]),
      Case(day: 14, body: symptom("dizziness", 1), fired: ["breathing-chills-dizziness"]),
      // Seizure and fainting: emergency first; not dizziness.
      Case(day: 8, body: symptom("seizure", 0), fired: []),
      Case(day: 8, body: symptom("seizure", 1), fired: ["seizure-or-fainting"]),
      Case(day: 700, body: symptom("fainting", 1), fired: ["seizure-or-fainting"]),
      // Bleeding on its own, urgent at any severity, heavy = emergency; bruising call today.
      Case(day: 400, body: symptom("bleeding", 0), fired: []),
      Case(day: 400, body: symptom("bleeding", 1), fired: ["bleeding"]),
      Case(day: -30, body: symptom("bleeding", 2), fired: ["bleeding"]),
      Case(
        day: 10, body: symptom("bleeding", 3),
        fired: ["heavy-bleeding", "bleeding", "severe-symptom"]),
      Case(day: 400, body: symptom("bruising", 0), fired: []),
      Case(day: 10, body: symptom("nosebleed", 0), fired: []),
      Case(day: 400, body: symptom("bruising", 1), fired: ["bruising-nosebleed"]),
      Case(day: 10, body: symptom("nosebleed", 1), fired: ["bruising-nosebleed"]),
      Case(
        day: 10, body: symptom("nosebleed", 3),
        fired: ["severe-nosebleed", "bruising-nosebleed", "severe-symptom"]),
      // Severe symptoms: one alert, urgent, naming both rules (never "now" and "today").
      Case(day: 14, body: symptom("nausea", 2), fired: []),
      Case(
        day: 14, body: symptom("nausea", 3),
        fired: ["severe-medication-guide-symptom", "severe-symptom"]),
      Case(
        day: 14, body: symptom("headache", 3),
        fired: ["severe-medication-guide-symptom", "severe-symptom"]),
      Case(day: 400, body: symptom("fatigue", 2), fired: []),
      Case(day: 400, body: symptom("fatigue", 3), fired: ["severe-symptom"]),
      Case(day: -30, body: symptom("fatigue", 4), fired: ["severe-symptom"]),
      // The watch-list during B-cell aplasia: Day 0 to Day +180 when no B-cell count is known.
      Case(day: -1, body: symptom("rash", 1), fired: []),
      Case(day: 0, body: symptom("rash", 1), fired: ["watch-list-sign"]),
      Case(day: 90, body: symptom("foamy-urine", 1), fired: ["watch-list-sign"]),
      Case(day: 180, body: symptom("less-urine", 1), fired: ["watch-list-sign"]),
      Case(day: 181, body: symptom("less-urine", 1), fired: []),
      Case(day: 10, body: symptom("joint-pain", 1), fired: []),
      Case(day: 10, body: symptom("joint-pain", 2), fired: ["watch-list-joints"]),
      Case(day: 181, body: symptom("joint-pain", 2), fired: []),
      Case(
        day: 10, body: symptom("joint-pain", 3),
        fired: ["severe-medication-guide-symptom", "severe-symptom", "watch-list-joints"]),
      // Labs: platelets (T-ICAHT), haemoglobin, IgG, neutrophils; one alert for a whole visit.
      Case(day: 60, body: labs("platelets=19.9"), fired: ["platelets-very-low"]),
      Case(day: 60, body: labs("platelets=19900/µL"), fired: ["platelets-very-low"]),
      Case(day: 60, body: labs("platelets=20"), fired: ["platelets-low"]),
      Case(day: 60, body: labs("platelets=49.9"), fired: ["platelets-low"]),
      Case(day: 60, body: labs("platelets=50"), fired: []),
      Case(day: 60, body: labs("haemoglobin=7.9"), fired: ["haemoglobin-low"]),
      Case(day: 60, body: labs("haemoglobin=79g/L"), fired: ["haemoglobin-low"]),
      Case(day: 60, body: labs("haemoglobin=8"), fired: []),
      Case(day: 60, body: labs("haemoglobin=80g/L"), fired: []),
      Case(
        day: 60, body: labs("platelets=15", "igg=3g/L", "neutrophils=400"),
        fired: ["platelets-very-low", "igg-low", "neutrophils-low"]),
      // Readings and notes no rule looks at.
      Case(day: 7, body: .weight(kilograms: 61, asTyped: "61"), fired: []),
      Case(day: 7, body: .note(text: "38.5 fever confusion"), fired: []),
    ]
    + neurological.flatMap { name in
      [
        Case(day: 7, body: symptom(name, 0), fired: []),
        Case(day: 7, body: symptom(name, 1), fired: ["neurological-sign"]),
        Case(day: 2000, body: symptom(name, 1), fired: ["neurological-sign"]),
      ]
    }
    + infection.flatMap { name in
      [
        Case(day: 30, body: symptom(name, 0), fired: []),
        Case(day: 30, body: symptom(name, 1), fired: ["infection-sign"]),
        Case(day: -30, body: symptom(name, 1), fired: ["infection-sign"]),
      ]
    }
    + watchList.flatMap { name in
      [
        Case(day: -1, body: symptom(name, 1), fired: []),
        Case(day: 0, body: symptom(name, 1), fired: ["watch-list-sign"]),
        Case(day: 180, body: symptom(name, 1), fired: ["watch-list-sign"]),
        Case(day: 181, body: symptom(name, 1), fired: []),
      ]
    }

  static let arguments = cases.flatMap { c in Shape.allCases.map { (c, $0) } }

  @Test(arguments: arguments)
  func ruleFiresOnlyPastItsThresholdAndInsideItsWindow(_ c: Case, _ shape: Shape) {
    let alerts = RedFlags.alerts(
      for: [Self.entry(c.body, on: Self.day(c.day))], journey: shape.journey, protocol: Self.care)
    #expect(alerts.count == (c.fired.isEmpty ? 0 : 1))
    #expect(alerts.first?.rules.map(\.id) == (c.fired.isEmpty ? nil : c.fired))
  }

  /// The example: the infusion was planned two days ago, nobody advanced the phase from
  /// manufacturing: a fever is urgent, and so it is after the journey ended.
  @Test(arguments: Shape.allCases)
  func aFeverAfterTheDatesSayLymphodepletionIsUrgentWhateverThePhase(_ shape: Shape) throws {
    let alert = try #require(
      RedFlags.alerts(
        for: [Self.entry(Self.temp("38.6"), on: Self.day(2))], journey: shape.journey,
        protocol: Self.care
      ).first)
    #expect(alert.level == .urgent)
    #expect(alert.rule.id == "fever")
  }

  /// A lymphodepletion recorded before Day −5 (a Day −7 schedule) makes a fever urgent from the
  /// day it was recorded; one planned earlier likewise.
  @Test(arguments: [("2026-09-22", true), ("2026-09-21", false)])
  func lymphodepletionRecordedEarlyStartsTheFeverRule(_ date: String, _ urgent: Bool) throws {
    for planned in [false, true] {
      var script = JourneyScript()
      script.add(.planned(phase: .infusion, date: Self.dayZero), on: "2026-09-01")
      if planned {
        script.add(
          .planned(phase: .lymphodepletion, date: JourneyScript.date("2026-09-22")),
          on: "2026-09-01")
      } else {
        script.enter(.leukapheresis, "2026-09-08")
        script.enter(.manufacturing, "2026-09-15")
        script.enter(.lymphodepletion, "2026-09-22")
      }
      let alert = try #require(
        RedFlags.alerts(
          for: [Self.entry(Self.temp("38.2"), on: date)], journey: script.journey,
          protocol: Self.care
        ).first)
      #expect(
        alert.rule.id == (urgent ? "fever" : "fever-before-lymphodepletion"), "planned: \(planned)")
    }
  }

  /// Withdrawn before lymphodepletion: the plans never happened, so a fever stays a call-today.
  @Test func aJourneyWithdrawnBeforeTreatmentKeepsThePreTreatmentRules() throws {
    var script = JourneyScript()
    script.add(.planned(phase: .infusion, date: Self.dayZero), on: "2026-09-01")
    script.enter(.leukapheresis, "2026-09-08")
    script.enter(.withdrawn, "2026-09-10", reason: "declined")
    let alert = try #require(
      RedFlags.alerts(
        for: [Self.entry(Self.temp("38.6"), on: Self.day(2))], journey: script.journey,
        protocol: Self.care
      ).first)
    #expect(alert.rule.id == "fever-before-lymphodepletion")
    #expect(alert.level == .callToday)
  }

  /// No Day 0 planned yet: rules with an end and no start apply, rules that start at Day −5 or
  /// Day 0 do not.
  @Test func withoutADayZeroOnlyThePreTreatmentRulesApply() {
    let journey = JourneyScript().journey
    func fired(_ body: Entry.Body) -> [String] {
      RedFlags.alerts(
        for: [Self.entry(body, on: "2026-09-10")], journey: journey, protocol: Self.care
      )
      .flatMap { $0.rules.map(\.id) }
    }
    #expect(fired(Self.temp("38.3")) == ["fever-before-lymphodepletion"])
    #expect(fired(Self.temp("35.9")) == [])
    #expect(fired(Self.symptom("rash", 2)) == [])
    #expect(fired(Self.symptom("seizure", 1)) == ["seizure-or-fainting"])
  }

  /// After Day +180 the watch-list goes on while the latest B-cell count since Day 0 is 10
  /// cells/µL or less, and stops at the first count above.
  @Test(arguments: [
    ([] as [(Int, String)], false),
    ([(150, "0")], true),
    ([(150, "10")], true),
    ([(150, "11")], false),
    ([(150, "0"), (190, "40")], false),
    ([(150, "40"), (190, "3")], true),
    ([(-20, "0")], false),
    ([(250, "0")], false),
  ])
  func theWatchListFollowsTheBCells(_ counts: [(Int, String)], _ fires: Bool) {
    let journey = Shape.recorded.journey
    let visits = counts.enumerated().map { index, count in
      Self.entry(Self.labs("cd19-b-cells=\(count.1)"), on: Self.day(count.0), id: "b\(index)")
    }
    let sign = Self.entry(Self.symptom("swelling", 1), on: Self.day(200))
    let alerts = RedFlags.alerts(for: [sign], in: visits, journey: journey, protocol: Self.care)
    #expect(alerts.map(\.rule.id) == (fires ? ["watch-list-sign"] : []))
  }

  struct PersistingCase: CustomStringConvertible, Sendable {
    /// Earlier logs of the same symptom: (days before today, severity).
    var earlier: [(Int, Int)]
    var fired: [String]
    var description: String { "\(earlier) → \(fired)" }
  }

  /// Swollen glands and night sweats call only once they have lasted two weeks (14 days), with
  /// no "none" logged between.
  static let persistingCases: [PersistingCase] = [
    PersistingCase(earlier: [], fired: []),
    PersistingCase(earlier: [(-13, 1)], fired: []),
    PersistingCase(earlier: [(-14, 1)], fired: ["lymphoma-watch"]),
    PersistingCase(earlier: [(-20, 2), (-5, 1)], fired: ["lymphoma-watch"]),
    PersistingCase(earlier: [(-20, 2), (-5, 0)], fired: []),
    PersistingCase(earlier: [(-20, 0), (-5, 1)], fired: []),
  ]

  /// Lifelong: before treatment, in the first weeks and years on, in every journey shape
  /// (ended ones too).
  @Test(arguments: persistingCases, Shape.allCases)
  func longTermWatchItemsCallWhenTheyPersist(_ c: PersistingCase, _ shape: Shape) {
    for name in ["swollen-glands", "night-sweats"] {
      for today in [-30, 20, 1500] {
        let before = c.earlier.enumerated().map { index, log in
          Self.entry(Self.symptom(name, log.1), on: Self.day(today + log.0), id: "s\(index)")
        }
        let now = Self.entry(Self.symptom(name, 1), on: Self.day(today))
        let alerts = RedFlags.alerts(
          for: [now], in: before, journey: shape.journey, protocol: Self.care)
        #expect(alerts.flatMap { $0.rules.map(\.id) } == c.fired, "\(name) on Day \(today)")
      }
    }
  }

  struct MaskedCase: CustomStringConvertible, Sendable {
    var day: Int
    var medicine: String
    /// When the medicine was logged, in minutes from the reading (negative: before it).
    var minutes: Int
    var typed: String
    var fired: [String]
    var description: String { "\(typed) on Day \(day), \(medicine) at \(minutes) min → \(fired)" }
  }

  /// A normal temperature within 6 hours of a medicine that hides fever says so (no call), from
  /// Day −5 (the first lymphodepletion day) on, in °C and °F; a fever is urgent whatever was
  /// taken.
  static let maskedCases: [MaskedCase] = [
    MaskedCase(
      day: 5, medicine: "paracetamol 1 g", minutes: -5 * 60, typed: "37.2", fired: ["masked-fever"]),
    MaskedCase(
      day: 5, medicine: "Ibuprofen 400 mg", minutes: -6 * 60, typed: "37.2", fired: ["masked-fever"]
    ),
    MaskedCase(
      day: 5, medicine: "prednisolone 5 mg", minutes: -6 * 60 - 1, typed: "37.2", fired: []),
    MaskedCase(day: 5, medicine: "vitamin D", minutes: -60, typed: "37.2", fired: []),
    MaskedCase(day: 5, medicine: "paracetamol 1 g", minutes: 60, typed: "37.2", fired: []),
    MaskedCase(day: 5, medicine: "paracetamol 1 g", minutes: -60, typed: "38.1", fired: ["fever"]),
    MaskedCase(
      day: 5, medicine: "paracetamol 1 g", minutes: -60, typed: "35.5",
      fired: ["low-temperature", "masked-fever"]),
    // Both sides of 38.0 °C in °F: 100.39 °F is below it, 100.4 °F is a fever.
    MaskedCase(
      day: 5, medicine: "paracetamol 1 g", minutes: -60, typed: "99.1F", fired: ["masked-fever"]),
    MaskedCase(
      day: 5, medicine: "paracetamol 1 g", minutes: -60, typed: "100.39F", fired: ["masked-fever"]),
    MaskedCase(
      day: 5, medicine: "paracetamol 1 g", minutes: -60, typed: "100.4F", fired: ["fever"]),
    MaskedCase(day: 5, medicine: "vitamin D", minutes: -60, typed: "99.1F", fired: []),
    MaskedCase(
      day: 5, medicine: "tocilizumab 8 mg/kg", minutes: -6 * 60, typed: "98.6F",
      fired: ["masked-fever"]),
    MaskedCase(
      day: 5, medicine: "tocilizumab 8 mg/kg", minutes: -6 * 60 - 1, typed: "98.6F", fired: []),
    // The window's edge: Day −5 on, not Day −6; and no end.
    MaskedCase(
      day: -5, medicine: "paracetamol 1 g", minutes: -60, typed: "37.2", fired: ["masked-fever"]),
    MaskedCase(day: -6, medicine: "paracetamol 1 g", minutes: -60, typed: "37.2", fired: []),
    MaskedCase(
      day: -5, medicine: "dexamethasone 4 mg", minutes: -60, typed: "98.6F", fired: ["masked-fever"]
    ),
    MaskedCase(day: -6, medicine: "dexamethasone 4 mg", minutes: -60, typed: "98.6F", fired: []),
    MaskedCase(
      day: -6, medicine: "paracetamol 1 g", minutes: -60, typed: "38.0",
      fired: ["fever-before-lymphodepletion"]),
    MaskedCase(day: -6, medicine: "paracetamol 1 g", minutes: -60, typed: "100.39F", fired: []),
    MaskedCase(
      day: 900, medicine: "ibuprofen 400 mg", minutes: -60, typed: "37.0", fired: ["masked-fever"]),
    MaskedCase(
      day: 900, medicine: "ibuprofen 400 mg", minutes: -60, typed: "38.0", fired: ["fever"]),
  ]

  @Test(arguments: maskedCases, Shape.allCases)
  func medicinesThatHideAFeverAreNamed(_ c: MaskedCase, _ shape: Shape) {
    let reading = Self.entry(Self.temp(c.typed), on: Self.day(c.day), minute: 8 * 60)
    let dose = Self.entry(
      .medication(text: c.medicine), on: Self.day(c.day), minute: 8 * 60 + c.minutes, id: "m")
    let alerts = RedFlags.alerts(
      for: [reading], in: [dose], journey: shape.journey, protocol: Self.care)
    #expect(alerts.flatMap { $0.rules.map(\.id) } == c.fired)
    if let alert = alerts.first, alert.rule.id == "masked-fever" {
      #expect(alert.level == .info)
      #expect(alert.action == "No call needed; mention it at your next contact.")
    }
  }

  /// A rule's word for a medicine is found in a dose as logged (lowercased) character by
  /// character, as before a plain word's bytes were searched first: an accent combined onto a
  /// letter makes another character (the bytes match, the characters do not), and a letter
  /// with its accent combined is the same character as the letter written whole (the
  /// characters match, the bytes do not), as the Kelvin sign is the same character as "K".
  @Test(arguments: [
    ("paracetamol 1 g", "paracetamol", true),
    ("1 g paracetamol", "paracetamol", true),
    ("paracetamo", "paracetamol", false),
    ("para cetamol", "paracetamol", false),
    ("ibuprofène 400 mg", "ibuprofène", true),
    ("ibuprofe\u{300}ne 400 mg", "ibuprofène", true),
    ("prednisone\u{301} 5 mg", "prednisone", false),
    ("paracétamol", "paracetamol", false),
    ("", "paracetamol", false),
    ("扑热息痛 500 mg", "扑热息痛", true),
    ("扑热息 500 mg", "扑热息痛", false),
    ("co-codamol 8/500", "co-codamol", true),
    ("co codamol 8/500", "co-codamol", false),
    ("\u{212A}etamine 10 mg", "Ketamine", true),
  ])
  func aDoseNamesAMedicineCharacterByCharacter(_ logged: String, _ word: String, _ named: Bool) {
    #expect(RedFlagHistory.names(logged, word) == named)
    // The search by bytes only ever rules a dose out sooner: without it, the same answer.
    #expect(RedFlagHistory.names(logged, word, plain: false) == named)
  }

  @Test func alertsSayWhatWasSeenWhomToCallAndWhatIfTheyCannotBeReached() throws {
    let journey = Self.journey(at: .hospitalStay)
    let alert = try #require(
      RedFlags.alerts(
        for: [Self.entry(Self.temp("101.1F"), on: "2026-10-07", minute: 14 * 60 + 5)],
        journey: journey, protocol: Self.care
      ).first)
    #expect(
      alert.line
        == "!! URGENT: Temperature of 38.0 °C (100.4 °F) or more. Seen: Temperature 38.39 °C at "
        + "14:05 on 2026-10-07 (Day +8). Call your CAR-T team now on +49 1. If you cannot reach "
        + "them now, call 112 or go to the nearest emergency department. Say you had CAR-T cell "
        + "therapy and show your wallet card.")
    for word in ["CRS", "cytokine", "infection", "flare", "ICANS", "diagnos"] {
      #expect(!alert.line.contains(word))
    }
  }

  /// Every urgent alert names the team's number and the emergency number; an emergency one
  /// names the emergency number first. Without a team phone it says none is recorded.
  @Test(arguments: [
    (
      RedFlagRule.Level.emergency, "+49 1" as String?,
      "Call 999 now, then your CAR-T team on +49 1."
    ),
    (.urgent, "+49 1", "Call your CAR-T team now on +49 1."),
    (.urgent, nil, "Call your CAR-T team now (no team number is recorded)."),
    (.callToday, "+49 1", "Call your CAR-T team today on +49 1."),
  ])
  func theActionNamesBothNumbers(_ level: RedFlagRule.Level, _ phone: String?, _ action: String) {
    let rule = RedFlagRule(
      id: "r", level: level, condition: .atLeast(.temperature, 38), message: "m")
    let alert = Alert(
      rule: rule, entryID: nil, at: Self.entry(.note(text: ""), on: "2026-10-07").observedAt,
      seen: "s", contact: CareContact(teamPhone: phone, emergencyNumber: "999"))
    #expect(alert.action == action)
    if level.isUrgent {
      #expect(
        alert.emergencyLine?.contains(level == .urgent ? "call 999" : "emergency department")
          == true)
      #expect(alert.line.contains("999"))
    } else {
      #expect(alert.emergencyLine == nil)
    }
  }

  /// The journey's own emergency number wins over the protocol's region default.
  @Test func theJourneysEmergencyNumberIsNamed() throws {
    var script = JourneyScript.at(.followUp)
    script.add(
      .settings(teamPhone: nil, temperatureUnit: nil, emergencyNumber: "911"), on: "2026-10-21")
    let alert = try #require(
      RedFlags.alerts(
        for: [Self.entry(Self.temp("38.4"), on: "2026-10-22")], journey: script.journey,
        protocol: Self.care
      ).first)
    #expect(
      alert.emergencyLine?.contains("call 911 or go to the nearest emergency department") == true)
    #expect(
      CareContact(journey: Self.journey(at: .followUp), protocol: Self.care).emergencyNumber
        == "112")
  }

  @Test func aStruckOutReadingRaisesNothingAndAReplacementIsJudgedByItsValue() {
    let journey = Self.journey(at: .hospitalStay)
    let reading = Self.entry(Self.temp("38.7"), on: "2026-10-07")
    let at = reading.observedAt
    let strike = Entry(
      id: "s", recordedAt: at, observedAt: at, author: reading.author,
      body: .correction(target: "x", reason: "typo", replacement: nil))
    let replace = Entry(
      id: "r", recordedAt: at, observedAt: at, author: reading.author,
      body: .correction(
        target: "x", reason: "typo", replacement: .temperature(celsius: 37.8, asTyped: "37.8")))
    #expect(RedFlags.alerts(for: [reading, strike], journey: journey, protocol: Self.care).isEmpty)
    #expect(
      RedFlags.alerts(for: [reading, replace], journey: journey, protocol: Self.care).isEmpty)
    let higher = Entry(
      id: "h", recordedAt: at, observedAt: at, author: reading.author,
      body: .correction(
        target: "x", reason: "misread", replacement: .temperature(celsius: 39.0, asTyped: "39")))
    #expect(
      RedFlags.alerts(for: [reading, higher], journey: journey, protocol: Self.care).map(\.entryID)
        == ["h"])
  }

  struct MissingCase: CustomStringConvertible, Sendable {
    var date: String
    var minute: Int
    var loggedTemperature: Bool
    var fires: Bool
    var description: String {
      "\(date) \(minute / 60):\(minute % 60) logged=\(loggedTemperature) → \(fires)"
    }
  }

  /// The temperature-not-logged rule: by 20:00, Day −5 to Day +28 (Day 0 = 2026-09-29).
  static let missingCases: [MissingCase] = [
    MissingCase(date: "2026-10-07", minute: 19 * 60 + 59, loggedTemperature: false, fires: false),
    MissingCase(date: "2026-10-07", minute: 20 * 60, loggedTemperature: false, fires: true),
    MissingCase(date: "2026-10-07", minute: 22 * 60, loggedTemperature: true, fires: false),
    // Day −6
    MissingCase(date: "2026-09-23", minute: 21 * 60, loggedTemperature: false, fires: false),
    // Day −5
    MissingCase(date: "2026-09-24", minute: 21 * 60, loggedTemperature: false, fires: true),
    // Day +28
    MissingCase(date: "2026-10-27", minute: 21 * 60, loggedTemperature: false, fires: true),
    // Day +29
    MissingCase(date: "2026-10-28", minute: 21 * 60, loggedTemperature: false, fires: false),
  ]

  @Test(arguments: missingCases, Shape.allCases)
  func missingTemperatureByTheEvening(_ c: MissingCase, _ shape: Shape) {
    let now = Timestamp(
      date: JourneyScript.date(c.date), secondOfDay: c.minute * 60, utcOffset: 3600)
    let entries =
      c.loggedTemperature ? [Self.entry(Self.temp("37.1"), on: c.date, minute: 8 * 60)] : []
    let alerts = RedFlags.missing(
      journey: shape.journey, entries: entries, protocol: Self.care, now: now)
    #expect(alerts.map(\.rule.id) == (c.fires ? ["temperature-not-logged"] : []))
  }

  @Test func activeAlertsKeepTheLatestOfEachRuleFromTheLastDayMostUrgentFirst() {
    let journey = Self.journey(at: .hospitalStay)
    let old = Self.entry(Self.temp("38.9"), on: "2026-10-06", minute: 8 * 60)
    let fever1 = Self.entry(Self.temp("38.2"), on: "2026-10-07", minute: 8 * 60)
    var fever2 = Self.entry(Self.temp("38.6"), on: "2026-10-07", minute: 12 * 60)
    fever2.id = "later"
    var severe = Self.entry(
      .symptom(name: "fatigue", severity: 3), on: "2026-10-07", minute: 13 * 60)
    severe.id = "fatigue"
    let now = Timestamp(
      date: JourneyScript.date("2026-10-07"), secondOfDay: 14 * 3600, utcOffset: 3600)
    let active = RedFlags.active(
      journey: journey, entries: [old, fever1, fever2, severe], protocol: Self.care, now: now)
    #expect(active.map(\.rule.id) == ["fever", "severe-symptom"])
    #expect(active.first?.entryID == "later")
    // Shown beside an urgent alert, the call-today one says to mention it on that call.
    #expect(active.last?.alongside == .urgent)
    #expect(
      active.last?.action == "Tell your CAR-T team about this too when you call them now on +49 1.")
    #expect(active.first?.action == "Call your CAR-T team now on +49 1.")
  }

  /// An earlier alert stays in force when it met a rule the later one did not.
  @Test func anAlertThatMetMoreRulesIsNotHiddenByALaterOneThatMetFewer() {
    let journey = Self.journey(at: .hospitalStay)
    let severe = Self.entry(Self.symptom("chills", 4), on: "2026-10-07", minute: 8 * 60, id: "a")
    let mild = Self.entry(Self.symptom("chills", 1), on: "2026-10-07", minute: 9 * 60, id: "b")
    let now = Timestamp(
      date: JourneyScript.date("2026-10-07"), secondOfDay: 10 * 3600, utcOffset: 3600)
    let active = RedFlags.active(
      journey: journey, entries: [severe, mild], protocol: Self.care, now: now)
    #expect(active.map(\.entryID) == ["b", "a"])
    let again = Self.entry(
      Self.symptom("chills", 4), on: "2026-10-07", minute: 9 * 60 + 30, id: "c")
    let later = RedFlags.active(
      journey: journey, entries: [severe, mild, again], protocol: Self.care, now: now)
    #expect(later.map(\.entryID) == ["c"])
  }

  /// CAR-T cells stay after the journey's phases end: an ended journey keeps its alerts.
  @Test(arguments: [Shape.completed, .withdrawn])
  func anEndedJourneyKeepsItsAlerts(_ shape: Shape) {
    let now = Timestamp(
      date: JourneyScript.date("2026-11-02"), secondOfDay: 22 * 3600, utcOffset: 3600)
    let fever = Self.entry(Self.temp("39.2"), on: "2026-11-02")
    let seizure = Self.entry(Self.symptom("seizure", 1), on: "2026-11-02", id: "y")
    let active = RedFlags.active(
      journey: shape.journey, entries: [fever, seizure], protocol: Self.care, now: now)
    #expect(active.map(\.rule.id) == ["seizure-or-fainting", "fever"])
    #expect(active.map(\.level) == [.emergency, .urgent])
  }

  /// A journey's own copy of an older protocol file (rules listing phases, no [emergency], no
  /// remission lists) still loads: its phases are matched against the phase the dates give, so
  /// a lagging or ended journey is judged as its dates say; the emergency number and the
  /// glucocorticoid table come from the shipped protocol.
  @Test(arguments: Shape.allCases)
  func anOlderProtocolFileStillLoadsAndGoesByTheDates(_ shape: Shape) throws {
    let text = Snippet.protocolText(
      tables: Snippet.redFlag(
        """
        id = "old-fever"
        level = "urgent"
        measure = "temperature"
        at-least = 38.0
        phases = ["lymphodepletion", "infusion", "hospital-stay", "post-discharge", "follow-up"]
        message = "Temperature of 38.0 °C or more. Call your CAR-T team now."
        """))
    let old = try CareProtocol(toml: text, fileName: "protocol.toml")
    #expect(old.emergency == Self.care.emergency)
    #expect(old.remission.factor(of: "methylprednisolone") == 1.25)
    func fired(_ day: Int) -> [String] {
      RedFlags.alerts(
        for: [Self.entry(Self.temp("38.4"), on: Self.day(day))], journey: shape.journey,
        protocol: old
      )
      .flatMap { $0.rules.map(\.id) }
    }
    // The snippet's own "fever" rule has no window; "old-fever" starts with lymphodepletion by
    // the dates (Day −5), whatever phase was recorded, and goes on after the end.
    #expect(fired(-6) == ["fever"])
    #expect(fired(-5) == ["fever", "old-fever"])
    #expect(fired(2) == ["fever", "old-fever"])
    #expect(fired(400) == ["fever", "old-fever"])
  }
}
