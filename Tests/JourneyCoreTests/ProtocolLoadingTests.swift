import Testing

@testable import JourneyCore

/// The shipped default protocol: it loads, and it says what clinical.md says.
@Suite struct DefaultProtocolTests {
  let cd19: CareProtocol

  init() throws {
    cd19 = try #require(try CareProtocol.builtIn(named: "cd19-sle"))
  }

  @Test func everyBuiltInLoads() throws {
    #expect(CareProtocol.builtInNames == ["cd19-sle"])
    for name in CareProtocol.builtInNames {
      let loaded = try #require(try CareProtocol.builtIn(named: name))
      #expect(loaded.id == name)
      #expect(CareProtocol.builtInText(named: name)?.contains("[[milestone]]") == true)
    }
  }

  @Test func unknownBuiltInIsNil() throws {
    #expect(CareProtocol.builtInText(named: "cd20-sle") == nil)
    #expect(try CareProtocol.builtIn(named: "cd20-sle") == nil)
  }

  @Test func calendarSettings() {
    #expect(cd19.daysPerMonth == 30)
    #expect(cd19.monthLabelsFromDay == 90)
    #expect(cd19.acuteWindow == -5...28)
    #expect(cd19.temperatureCheckMinutes == [8 * 60, 14 * 60, 20 * 60])
  }

  struct Due: Sendable, CustomTestStringConvertible {
    var id: String
    var phase: Phase
    var anchor: MilestoneRule.Anchor
    var offset: Int
    var every: Int? = nil
    var until: Int? = nil
    var signer: Signer = .nurse
    var testDescription: String { id }
  }

  static let schedule: [Due] = [
    Due(id: "consent-signed", phase: .screening, anchor: .phaseStart(.screening), offset: 0),
    Due(
      id: "eligibility-confirmed", phase: .screening, anchor: .phaseStart(.screening), offset: 28),
    // EBMT/ISCT 2024 Table 5, counted back from the start of leukapheresis.
    Due(
      id: "washout-anti-cytokine", phase: .screening, anchor: .phaseStart(.leukapheresis),
      offset: -30),
    Due(
      id: "washout-alemtuzumab-atg", phase: .screening, anchor: .phaseStart(.leukapheresis),
      offset: -42),
    Due(
      id: "washout-cyclophosphamide-mtx", phase: .screening,
      anchor: .phaseStart(.leukapheresis), offset: -21),
    Due(
      id: "washout-mmf-aza-cni-jak", phase: .screening, anchor: .phaseStart(.leukapheresis),
      offset: -14),
    Due(
      id: "washout-belimumab-anti-cd20", phase: .screening, anchor: .phaseStart(.leukapheresis),
      offset: -7),
    Due(
      id: "steroids-before-leukapheresis", phase: .screening,
      anchor: .phaseStart(.leukapheresis), offset: -7),
    Due(
      id: "cells-collected", phase: .leukapheresis, anchor: .phaseStart(.leukapheresis), offset: 0),
    Due(
      id: "product-released", phase: .manufacturing, anchor: .phaseStart(.manufacturing), offset: 13
    ),
    Due(id: "product-received", phase: .manufacturing, anchor: .dayZero, offset: -6),
    Due(id: "flu-day-minus-5", phase: .lymphodepletion, anchor: .dayZero, offset: -5),
    Due(id: "flu-day-minus-4", phase: .lymphodepletion, anchor: .dayZero, offset: -4),
    Due(id: "flu-day-minus-3", phase: .lymphodepletion, anchor: .dayZero, offset: -3),
    Due(id: "cy-day-minus-3", phase: .lymphodepletion, anchor: .dayZero, offset: -3),
    Due(id: "infusion", phase: .infusion, anchor: .dayZero, offset: 0),
    Due(id: "discharge", phase: .hospitalStay, anchor: .phaseStart(.hospitalStay), offset: 14),
    Due(
      id: "stay-near-centre", phase: .postDischarge, anchor: .dayZero, offset: 28, signer: .anyone),
    Due(id: "day-28-visit", phase: .postDischarge, anchor: .dayZero, offset: 28),
    Due(id: "no-driving", phase: .postDischarge, anchor: .dayZero, offset: 56, signer: .anyone),
    Due(id: "igg-check", phase: .postDischarge, anchor: .dayZero, offset: 30, every: 30, until: 90),
    Due(id: "follow-up-visit", phase: .followUp, anchor: .dayZero, offset: 90, every: 90),
  ]

  @Test(arguments: schedule) func milestoneIsDueWhenClinicalMdSays(_ expected: Due) throws {
    let rule = try #require(cd19.milestones.first { $0.id == expected.id })
    #expect(rule.phase == expected.phase)
    #expect(rule.anchor == expected.anchor)
    #expect(rule.offsetDays == expected.offset)
    #expect(rule.repeatEveryDays == expected.every)
    #expect(rule.repeatUntilDays == expected.until)
    #expect(rule.signer == expected.signer)
  }

  @Test func lymphodepletionComesAfterTheProductArrives() throws {
    let received = try #require(cd19.milestones.first { $0.id == "product-received" })
    let ld = cd19.milestones.filter { $0.phase == .lymphodepletion && $0.anchor == .dayZero }
    #expect(!ld.isEmpty)
    for rule in ld { #expect(received.offsetDays < rule.offsetDays, "\(rule.id)") }
  }

  @Test func milestonesHaveTitlesAndDistinctIds() {
    #expect(Set(cd19.milestones.map(\.id)).count == cd19.milestones.count)
    for rule in cd19.milestones { #expect(!rule.title.isEmpty, "\(rule.id)") }
  }

  /// Issue #13's new ids beside the first ones: CAR-T patient sheets' neurological signs,
  /// bleeding on its own, infection signs and long-term watch items.
  static let requiredSymptoms = [
    "shortness-of-breath", "chills", "dizziness", "headache", "fatigue", "nausea", "rash",
    "weakness", "loss-of-balance", "trouble-understanding", "agitation", "vision-change",
    "slurred-speech", "fainting", "bleeding", "sore-throat", "burning-urine", "cold-sores",
    "shingles-rash", "night-sweats", "swollen-glands", "feeling-unwell",
  ]
  static let neurological = [
    "confusion", "word-finding", "tremor", "handwriting", "drowsiness", "seizure", "weakness",
    "loss-of-balance", "trouble-understanding", "agitation", "vision-change", "slurred-speech",
    "fainting",
  ]

  @Test(arguments: requiredSymptoms) func patientCanLog(_ id: String) {
    #expect(cd19.symptom(named: id)?.id == id)
  }

  @Test func neurologicalSignsAreTheirOwnGroup() {
    let ids = cd19.symptoms.filter { $0.group == .neurological }.map(\.id)
    #expect(Set(ids) == Set(Self.neurological))
  }

  @Test(arguments: ["raynaud", "chest-pain-breathing"]) func lupusSignsAreNotPassedOffAsProCTCAE(
    _ id: String
  ) {
    #expect(cd19.symptom(named: id)?.group == .lupus)
  }

  func redFlag(_ id: String) throws -> RedFlagRule {
    try #require(cd19.redFlags.first { $0.id == id })
  }

  @Test func feverFromLymphodepletionOnWithNoEnd() throws {
    let fever = try redFlag("fever")
    #expect(fever.level == .urgent)
    #expect(fever.condition == .atLeast(.temperature, 38.0))
    #expect(fever.window == RuleWindow(fromDay: -5, fromPhase: .lymphodepletion))
    let before = try redFlag("fever-before-lymphodepletion")
    #expect(before.window == RuleWindow(toDay: -6, untilPhase: .lymphodepletion))
    #expect(before.level == .callToday)
  }

  /// "Faint" is fainting, not dizziness; "bleeding" is bleeding, not bruising; night sweats are
  /// not just sweating.
  @Test(arguments: [
    ("faint", "fainting"), ("passed-out", "fainting"), ("bleeding", "bleeding"),
    ("night-sweats", "night-sweats"), ("racing-heart", "heart-palpitations"),
    ("shingles", "shingles-rash"),
  ])
  func aliasesNameTheRightSymptom(_ typed: String, _ id: String) {
    #expect(cd19.symptom(named: typed)?.id == id)
  }

  @Test func everyNeurologicalSignIsUrgentAtAnySeverity() throws {
    let rule = try redFlag("neurological-sign")
    #expect(rule.level == .urgent)
    guard case .symptom(let names, let minSeverity) = rule.condition else {
      Issue.record("not a symptom rule: \(rule.condition)")
      return
    }
    #expect(Set(names + ["seizure", "fainting"]) == Set(Self.neurological))
    #expect(minSeverity == 1)
    #expect(rule.window.isEveryDay)
    let emergency = try redFlag("seizure-or-fainting")
    #expect(emergency.level == .emergency)
    #expect(emergency.condition == .symptom(names: ["seizure", "fainting"], minSeverity: 1))
  }

  @Test func breathingChillsDizzinessAreUrgentWhenMild() throws {
    let rule = try redFlag("breathing-chills-dizziness")
    #expect(rule.level == .urgent)
    #expect(
      rule.condition
        == .symptom(
          names: ["shortness-of-breath", "chills", "dizziness", "feeling-unwell"],
          minSeverity: 1))
  }

  @Test func lowOxygenAndLowPressureAreUrgent() throws {
    #expect(try redFlag("low-oxygen").condition == .below(.spo2, 92))
    #expect(try redFlag("low-oxygen").level == .urgent)
    #expect(try redFlag("low-blood-pressure").condition == .below(.systolic, 90))
    #expect(try redFlag("low-blood-pressure").level == .urgent)
  }

  @Test func anySevereSymptomMeansCallToday() throws {
    let rule = try redFlag("severe-symptom")
    #expect(rule.level == .callToday)
    #expect(rule.condition == .symptom(names: [], minSeverity: 3))
  }

  @Test func missingTemperatureInTheAcuteWindow() throws {
    let rule = try redFlag("temperature-not-logged")
    #expect(rule.level == .callToday)
    #expect(rule.condition == .missing(.temperature, byMinute: 20 * 60))
    #expect(rule.window == RuleWindow(fromDay: -5, toDay: 28))
    #expect(rule.window.fromDay == cd19.acuteWindow.lowerBound)
    #expect(rule.window.toDay == cd19.acuteWindow.upperBound)
  }

  /// Every rule says where it comes from, for the README's table and the centre.
  @Test func everyRedFlagHasASource() {
    for rule in cd19.redFlags {
      #expect(!(rule.source ?? "").trimmingCharacters(in: .whitespaces).isEmpty, "\(rule.id)")
    }
  }

  /// Messages say what was seen and whom to call, never what the patient has.
  @Test func redFlagMessagesNeverDiagnose() {
    let diagnoses = [
      "crs", "cytokine", "icans", "neurotox", "licats", "flare", "infection", "sepsis", "hlh",
      "you have", "caused by", "because of",
    ]
    for rule in cd19.redFlags {
      let text = rule.message.lowercased()
      // The alert adds whom to call from the level; a message saying it again unconditionally
      // could contradict the level.
      for call in ["call your car-t team now.", "call your car-t team today."] {
        #expect(!text.hasSuffix(call), "\(rule.id)")
      }
      for word in diagnoses { #expect(!text.contains(word), "\(rule.id): \(word)") }
    }
  }
}
