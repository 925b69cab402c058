import Testing
@testable import JourneyCore

/// Every red-flag rule of the default protocol on both sides of its threshold and its window,
/// temperatures typed in °C and °F.
@Suite struct RedFlagsTests {
  static let care: CareProtocol = {
    do {
      guard let care = try CareProtocol.builtIn(named: "cd19-sle") else { fatalError("no cd19-sle") }
      return care
    } catch { fatalError("\(error)") }
  }()

  /// Day 0 is 2026-09-29 (planned, then actual); phases as in `JourneyScript.pathDates`.
  static func journey(at phase: Phase) -> Journey {
    var script = JourneyScript.at(phase)
    script.add(.planned(phase: .infusion, date: JourneyScript.date("2026-09-29")), on: "2026-09-01")
    return script.journey
  }

  static func entry(_ body: Entry.Body, on date: String, minute: Int = 600) -> Entry {
    let at = Timestamp(date: JourneyScript.date(date), secondOfDay: minute * 60, utcOffset: 3600)
    return Entry(id: "x", recordedAt: at, observedAt: at, author: Author(role: .patient, name: "M"), body: body)
  }

  static func temp(_ typed: String) -> Entry.Body {
    do { return .temperature(celsius: try Reading.temperature(typed), asTyped: typed) } catch { fatalError("\(error)") }
  }

  struct Case: CustomStringConvertible, Sendable {
    var phase: Phase
    var date: String
    var body: Entry.Body
    var fired: [String]
    var description: String { "\(body) in \(phase) on \(date) → \(fired)" }
  }

  static let cases: [Case] = [
    // fever, urgent from lymphodepletion on (°C and °F, both sides of 38.0)
    Case(phase: .followUp, date: "2026-10-21", body: temp("37.9"), fired: []),
    Case(phase: .followUp, date: "2026-10-21", body: temp("38.0"), fired: ["fever"]),
    Case(phase: .followUp, date: "2026-10-21", body: temp("38,0"), fired: ["fever"]),
    Case(phase: .followUp, date: "2026-10-21", body: temp("100.3F"), fired: []),
    Case(phase: .followUp, date: "2026-10-21", body: temp("100.4F"), fired: ["fever"]),
    Case(phase: .lymphodepletion, date: "2026-09-24", body: temp("38.0C"), fired: ["fever"]),
    Case(phase: .hospitalStay, date: "2026-10-07", body: temp("101.1F"), fired: ["fever"]),
    // before lymphodepletion a fever is a call-today
    Case(phase: .manufacturing, date: "2026-09-16", body: temp("38.0"), fired: ["fever-before-lymphodepletion"]),
    Case(phase: .manufacturing, date: "2026-09-16", body: temp("100.3F"), fired: []),
    Case(phase: .screening, date: "2026-09-02", body: temp("100.4F"), fired: ["fever-before-lymphodepletion"]),
    // neurological signs, urgent at any severity
    Case(phase: .hospitalStay, date: "2026-10-07", body: .symptom(name: "confusion", severity: 0), fired: []),
    Case(phase: .hospitalStay, date: "2026-10-07", body: .symptom(name: "confusion", severity: 1), fired: ["neurological-sign"]),
    Case(phase: .hospitalStay, date: "2026-10-07", body: .symptom(name: "word-finding", severity: 1), fired: ["neurological-sign"]),
    Case(phase: .hospitalStay, date: "2026-10-07", body: .symptom(name: "handwriting", severity: 1), fired: ["neurological-sign"]),
    Case(phase: .hospitalStay, date: "2026-10-07", body: .symptom(name: "drowsiness", severity: 2), fired: ["neurological-sign"]),
    Case(phase: .hospitalStay, date: "2026-10-07", body: .symptom(name: "seizure", severity: 1), fired: ["neurological-sign"]),
    Case(phase: .followUp, date: "2027-06-01", body: .symptom(name: "tremor", severity: 3), fired: ["neurological-sign", "severe-symptom"]),
    // breathing, chills, dizziness
    Case(phase: .postDischarge, date: "2026-10-14", body: .symptom(name: "chills", severity: 0), fired: []),
    Case(phase: .postDischarge, date: "2026-10-14", body: .symptom(name: "chills", severity: 1), fired: ["breathing-chills-dizziness"]),
    Case(phase: .postDischarge, date: "2026-10-14", body: .symptom(name: "shortness-of-breath", severity: 1), fired: ["breathing-chills-dizziness"]),
    Case(phase: .postDischarge, date: "2026-10-14", body: .symptom(name: "dizziness", severity: 1), fired: ["breathing-chills-dizziness"]),
    // severe symptoms from the medication guide, and any severe symptom
    Case(phase: .postDischarge, date: "2026-10-14", body: .symptom(name: "headache", severity: 2), fired: []),
    Case(phase: .postDischarge, date: "2026-10-14", body: .symptom(name: "headache", severity: 3), fired: ["severe-medication-guide-symptom", "severe-symptom"]),
    Case(phase: .followUp, date: "2027-06-01", body: .symptom(name: "fatigue", severity: 2), fired: []),
    Case(phase: .followUp, date: "2027-06-01", body: .symptom(name: "fatigue", severity: 3), fired: ["severe-symptom"]),
    Case(phase: .screening, date: "2026-09-02", body: .symptom(name: "fatigue", severity: 4), fired: ["severe-symptom"]),
    // oxygen and blood pressure, urgent in every phase
    Case(phase: .followUp, date: "2027-06-01", body: .oxygenSaturation(percent: 92), fired: []),
    Case(phase: .followUp, date: "2027-06-01", body: .oxygenSaturation(percent: 91), fired: ["low-oxygen"]),
    Case(phase: .screening, date: "2026-09-02", body: .oxygenSaturation(percent: 91), fired: ["low-oxygen"]),
    Case(phase: .followUp, date: "2027-06-01", body: .bloodPressure(systolic: 90, diastolic: 60), fired: []),
    Case(phase: .followUp, date: "2027-06-01", body: .bloodPressure(systolic: 89, diastolic: 60), fired: ["low-blood-pressure"]),
    // the home watch-list, Day 0 to Day +90
    Case(phase: .lymphodepletion, date: "2026-09-28", body: .symptom(name: "rash", severity: 1), fired: []),
    Case(phase: .infusion, date: "2026-09-29", body: .symptom(name: "rash", severity: 1), fired: ["watch-list-sign"]),
    Case(phase: .followUp, date: "2026-12-28", body: .symptom(name: "foamy-urine", severity: 1), fired: ["watch-list-sign"]),
    Case(phase: .followUp, date: "2026-12-29", body: .symptom(name: "foamy-urine", severity: 1), fired: []),
    // readings with no rule
    Case(phase: .hospitalStay, date: "2026-10-07", body: .heartRate(bpm: 120), fired: []),
    Case(phase: .hospitalStay, date: "2026-10-07", body: .note(text: "38.5 fever confusion"), fired: []),
  ]

  @Test(arguments: cases)
  func ruleFiresOnlyPastItsThresholdAndInsideItsWindow(_ c: Case) {
    let journey = Self.journey(at: c.phase)
    #expect(Timeline.phase(on: JourneyScript.date(c.date), journey: journey) == c.phase)
    let fired = RedFlags.alerts(for: [Self.entry(c.body, on: c.date)], journey: journey, protocol: Self.care)
    #expect(fired.map(\.rule.id).sorted() == c.fired.sorted())
  }

  @Test func alertsSayWhatWasSeenAndWhomToCallNeverWhatItIs() throws {
    let journey = Self.journey(at: .hospitalStay)
    let alert = try #require(RedFlags.alerts(for: [Self.entry(Self.temp("101.1F"), on: "2026-10-07", minute: 14 * 60 + 5)], journey: journey, protocol: Self.care).first)
    #expect(alert.line == "!! URGENT: Temperature of 38.0 °C (100.4 °F) or more. Call your CAR-T team now. Seen: Temperature 38.4 °C at 14:05 on 2026-10-07 (Day +8). Call your CAR-T team now on +49 1.")
    for word in ["CRS", "cytokine", "infection", "flare", "ICANS", "diagnos"] {
      #expect(!alert.line.contains(word))
    }
  }

  @Test func aStruckOutReadingRaisesNothingAndAReplacementIsJudgedByItsValue() {
    let journey = Self.journey(at: .hospitalStay)
    let reading = Self.entry(Self.temp("38.7"), on: "2026-10-07")
    let at = reading.observedAt
    let strike = Entry(id: "s", recordedAt: at, observedAt: at, author: reading.author, body: .correction(target: "x", reason: "typo", replacement: nil))
    let replace = Entry(id: "r", recordedAt: at, observedAt: at, author: reading.author, body: .correction(target: "x", reason: "typo", replacement: .temperature(celsius: 37.8, asTyped: "37.8")))
    #expect(RedFlags.alerts(for: [reading, strike], journey: journey, protocol: Self.care).isEmpty)
    #expect(RedFlags.alerts(for: [reading, replace], journey: journey, protocol: Self.care).isEmpty)
    let higher = Entry(id: "h", recordedAt: at, observedAt: at, author: reading.author, body: .correction(target: "x", reason: "misread", replacement: .temperature(celsius: 39.0, asTyped: "39")))
    #expect(RedFlags.alerts(for: [reading, higher], journey: journey, protocol: Self.care).map(\.entryID) == ["h"])
  }

  struct MissingCase: CustomStringConvertible, Sendable {
    var date: String
    var minute: Int
    var loggedTemperature: Bool
    var fires: Bool
    var description: String { "\(date) \(minute / 60):\(minute % 60) logged=\(loggedTemperature) → \(fires)" }
  }

  /// The temperature-not-logged rule: by 20:00, Day −5 to Day +28 (Day 0 = 2026-09-29).
  static let missingCases: [MissingCase] = [
    MissingCase(date: "2026-10-07", minute: 19 * 60 + 59, loggedTemperature: false, fires: false),
    MissingCase(date: "2026-10-07", minute: 20 * 60, loggedTemperature: false, fires: true),
    MissingCase(date: "2026-10-07", minute: 22 * 60, loggedTemperature: true, fires: false),
    MissingCase(date: "2026-09-23", minute: 21 * 60, loggedTemperature: false, fires: false),  // Day −6
    MissingCase(date: "2026-09-24", minute: 21 * 60, loggedTemperature: false, fires: true),  // Day −5
    MissingCase(date: "2026-10-27", minute: 21 * 60, loggedTemperature: false, fires: true),  // Day +28
    MissingCase(date: "2026-10-28", minute: 21 * 60, loggedTemperature: false, fires: false),  // Day +29
  ]

  @Test(arguments: missingCases)
  func missingTemperatureByTheEvening(_ c: MissingCase) {
    let journey = Self.journey(at: .followUp)
    let now = Timestamp(date: JourneyScript.date(c.date), secondOfDay: c.minute * 60, utcOffset: 3600)
    let entries = c.loggedTemperature ? [Self.entry(Self.temp("37.1"), on: c.date, minute: 8 * 60)] : []
    let alerts = RedFlags.missing(journey: journey, entries: entries, protocol: Self.care, now: now)
    #expect(alerts.map(\.rule.id) == (c.fires ? ["temperature-not-logged"] : []))
  }

  @Test func activeAlertsKeepTheLatestOfEachRuleFromTheLastDayMostUrgentFirst() {
    let journey = Self.journey(at: .hospitalStay)
    let old = Self.entry(Self.temp("38.9"), on: "2026-10-06", minute: 8 * 60)
    let fever1 = Self.entry(Self.temp("38.2"), on: "2026-10-07", minute: 8 * 60)
    var fever2 = Self.entry(Self.temp("38.6"), on: "2026-10-07", minute: 12 * 60)
    fever2.id = "later"
    var severe = Self.entry(.symptom(name: "fatigue", severity: 3), on: "2026-10-07", minute: 13 * 60)
    severe.id = "fatigue"
    let now = Timestamp(date: JourneyScript.date("2026-10-07"), secondOfDay: 14 * 3600, utcOffset: 3600)
    let active = RedFlags.active(journey: journey, entries: [old, fever1, fever2, severe], protocol: Self.care, now: now)
    #expect(active.map(\.rule.id) == ["fever", "severe-symptom"])
    #expect(active.first?.entryID == "later")
  }

  @Test func anEndedJourneyHasNoActiveAlerts() {
    var script = JourneyScript.at(.followUp)
    script.enter(.withdrawn, "2026-11-01", reason: "moved")
    let now = Timestamp(date: JourneyScript.date("2026-11-02"), secondOfDay: 22 * 3600, utcOffset: 3600)
    let entry = Self.entry(Self.temp("39.0"), on: "2026-11-02")
    #expect(RedFlags.active(journey: script.journey, entries: [entry], protocol: Self.care, now: now).isEmpty)
  }
}
