import Testing

@testable import JourneyCore

@Suite struct JourneyFoldTests {
  let d = JourneyScript.date

  @Test func emptyJourneyIsNotStarted() {
    let journey = Journey(events: [])
    #expect(!journey.isStarted)
    #expect(journey.phase == .screening)
    #expect(journey.dayZero == nil)
  }

  @Test func foldBuildsTheWholeState() {
    var script = JourneyScript()
    script.add(.planned(phase: .infusion, date: d("2026-10-01")), on: "2026-09-02")
    script.enter(.leukapheresis, "2026-09-08")
    script.add(
      .milestoneSigned(milestone: "cells-collected", on: d("2026-09-08"), note: "4 h"),
      on: "2026-09-08")
    script.enter(.manufacturing, "2026-09-09")
    script.enter(.leukapheresis, "2026-09-20", reason: "manufacturing failed")
    let journey = script.journey
    let n = script.nurse
    #expect(journey.patient == "Maria")
    #expect(journey.protocolID == "test")
    #expect(journey.teamPhone == "+49 1")
    #expect(journey.problems == [])
    #expect(
      journey.stays == [
        Journey.Stay(
          phase: .screening, start: d("2026-09-01"), reason: nil, note: nil, eventID: "e1",
          author: n),
        Journey.Stay(
          phase: .leukapheresis, start: d("2026-09-08"), reason: nil, note: nil, eventID: "e3",
          author: n),
        Journey.Stay(
          phase: .manufacturing, start: d("2026-09-09"), reason: nil, note: nil, eventID: "e5",
          author: n),
        Journey.Stay(
          phase: .leukapheresis, start: d("2026-09-20"), reason: "manufacturing failed", note: nil,
          eventID: "e6", author: n),
      ])
    #expect(journey.planned == [.infusion: d("2026-10-01")])
    #expect(
      journey.signatures == [
        Journey.Signature(
          milestone: "cells-collected", on: d("2026-09-08"), note: "4 h", eventID: "e4", author: n,
          recordedOn: d("2026-09-08"))
      ])
    #expect(journey.dayZero == d("2026-10-01"))
    #expect(journey.infusionDate == nil)
    #expect(journey.start(of: .leukapheresis) == d("2026-09-20"))
    #expect(journey.events.map(\.id) == ["e1", "e2", "e3", "e4", "e5", "e6"])
  }

  @Test func actualInfusionReplacesThePlannedDayZero() {
    var script = JourneyScript.at(.lymphodepletion)
    script.add(.planned(phase: .infusion, date: d("2026-09-30")), on: "2026-09-10")
    #expect(script.journey.dayZero == d("2026-09-30"))
    script.enter(.infusion, "2026-10-02")
    #expect(script.journey.dayZero == d("2026-10-02"))
    #expect(script.journey.infusionDate == d("2026-10-02"))
  }

  @Test func refusedEventsBecomeProblemsAndTheRestStillFolds() {
    var script = JourneyScript()
    script.enter(.infusion, "2026-09-05")  // skips four phases
    script.enter(.leukapheresis, "2026-09-06")
    let journey = script.journey
    #expect(journey.phase == .leukapheresis)
    #expect(journey.stays.map(\.phase) == [.screening, .leukapheresis])
    #expect(journey.problems.count == 1)
    #expect(journey.problems.first?.contains("e2") == true)
    #expect(journey.problems.first?.contains("screening cannot go to infusion") == true)
  }

  @Test func eventsBeforeCreationAreProblems() {
    let stamp = Timestamp(date: d("2026-09-01"), secondOfDay: 0, utcOffset: 0)
    let event = JourneyEvent(
      id: "x", recordedAt: stamp, author: Author(role: .nurse, name: "A"),
      body: .phaseEntered(phase: .leukapheresis, on: d("2026-09-01"), reason: nil, note: nil))
    let journey = Journey(events: [event])
    #expect(!journey.isStarted)
    #expect(
      journey.problems == [
        "event x (phase-entered): no journey yet: start one with `carejourney init`"
      ])
  }

  @Test func aSecondCreatedEventIsAProblem() {
    var script = JourneyScript()
    script.add(
      .created(patient: "Other", protocolID: "p", teamPhone: nil, temperatureUnit: .fahrenheit),
      on: "2026-09-02")
    let journey = script.journey
    #expect(journey.patient == "Maria")
    #expect(journey.temperatureUnit == .celsius)
    #expect(journey.problems.count == 1)
  }

  @Test func correctionMovesAPhaseDateAndKeepsTheOldEvent() throws {
    var script = JourneyScript.at(.leukapheresis)
    let before = script.journey
    let target = try #require(before.stays.last?.eventID)
    script.add(
      .corrected(target: target, reason: "typed the wrong day", on: d("2026-09-09")),
      on: "2026-09-10")
    let journey = script.journey
    #expect(journey.stays.last?.start == d("2026-09-09"))
    #expect(journey.events.count == before.events.count + 1)
    #expect(journey.struckOut.isEmpty)
  }

  @Test func correctionStrikesASignatureOut() {
    var script = JourneyScript()
    script.add(
      .milestoneSigned(milestone: "consent", on: d("2026-09-02"), note: nil), on: "2026-09-02")
    script.add(.corrected(target: "e2", reason: "signed the wrong one", on: nil), on: "2026-09-03")
    let journey = script.journey
    #expect(journey.signatures.isEmpty)
    #expect(journey.struckOut.keys.sorted() == ["e2"])
    #expect(journey.events.map(\.id) == ["e1", "e2", "e3"])
  }

  @Test func aCorrectionThatBreaksTheOrderIsRefusedBeforeWriting() throws {
    let script = JourneyScript.at(.manufacturing)
    let journey = script.journey
    let leuk = try #require(journey.stays.first { $0.phase == .leukapheresis }?.eventID)
    let fix = JourneyEvent(
      id: "fix", recordedAt: Timestamp(date: d("2026-09-20"), secondOfDay: 0, utcOffset: 0),
      author: script.nurse, body: .corrected(target: leuk, reason: "wrong", on: d("2026-09-16")))
    #expect(throws: JourneyError.self) { try journey.checkNew(fix, today: d("2026-09-20")) }
  }

  @Test(arguments: [
    (
      JourneyEvent.Body.phaseEntered(
        phase: .leukapheresis, on: JourneyScript.date("2026-09-11"), reason: nil, note: nil), true
    ),
    (
      .phaseEntered(
        phase: .leukapheresis, on: JourneyScript.date("2026-09-10"), reason: nil, note: nil), false
    ),
    (.milestoneSigned(milestone: "consent", on: JourneyScript.date("2026-09-11"), note: nil), true),
    (.planned(phase: .infusion, date: JourneyScript.date("2027-01-01")), false),
  ])
  func futureDatesAreRefusedButPlansAreNot(body: JourneyEvent.Body, refused: Bool) {
    let journey = JourneyScript().journey
    let event = JourneyEvent(
      id: "n", recordedAt: Timestamp(date: d("2026-09-10"), secondOfDay: 0, utcOffset: 0),
      author: Author(role: .nurse, name: "A"), body: body)
    do {
      _ = try journey.checkNew(event, today: d("2026-09-10"))
      #expect(!refused)
    } catch {
      #expect(refused)
      #expect(error.code == .dateInFuture)
      #expect(error.message.contains("2026-09-10"))
    }
  }
}

@Suite struct DemoJourneyTests {
  @Test(arguments: [(6 * 3600, false), (9 * 3600, true)])
  func theDemoLogsNothingAfterNow(secondOfDay: Int, hasMorningReading: Bool) throws {
    let care = try #require(try CareProtocol.builtIn(named: "cd19-sle"))
    let today = JourneyScript.date("2026-11-22")
    let demo = DemoJourney(today: today, protocol: care, utcOffset: 3600, secondOfDay: secondOfDay)
    let now = Timestamp(date: today, secondOfDay: secondOfDay, utcOffset: 3600)
    #expect(demo.entries.allSatisfy { $0.observedAt <= now })
    #expect(demo.entries.contains { $0.observedAt.date == today } == hasMorningReading)
    #expect(Journey(events: demo.events).problems.isEmpty)
  }

  static func demo() throws -> (DemoJourney, CareProtocol, LocalDate) {
    let care = try #require(try CareProtocol.builtIn(named: "cd19-sle"))
    let today = JourneyScript.date("2026-11-22")
    let demo = DemoJourney(today: today, protocol: care, utcOffset: 3600)
    return (demo, care, today.adding(days: -DemoJourney.daysSinceInfusion))
  }

  @Test(
    "the demo's medication plan says what was taken on any day: washout, then the taper",
    arguments: [
      (-76, []),
      (
        -75,
        ["hydroxychloroquine 200 mg/day", "mycophenolate 1 g twice daily", "prednisone 10 mg/day"]
      ),
      (-70, ["hydroxychloroquine 200 mg/day", "prednisone 10 mg/day"]),
      (
        -50,
        ["hydroxychloroquine 200 mg/day", "methylprednisolone 8 mg/day", "prednisone 10 mg/day"]
      ),
      (-7, ["hydroxychloroquine 200 mg/day", "prednisone 10 mg/day"]),
      (
        0,
        [
          "co-trimoxazole 960 mg three times a week", "hydroxychloroquine 200 mg/day",
          "prednisone 10 mg/day", "valaciclovir 500 mg twice daily",
        ]
      ),
      (
        20,
        [
          "co-trimoxazole 960 mg three times a week", "hydroxychloroquine 200 mg/day",
          "prednisone 7.5 mg/day", "valaciclovir 500 mg twice daily",
        ]
      ),
      (
        90,
        [
          "co-trimoxazole 960 mg three times a week", "hydroxychloroquine 200 mg/day",
          "prednisone 2.5 mg/day", "valaciclovir 500 mg twice daily",
        ]
      ),
      (
        135,
        [
          "co-trimoxazole 960 mg three times a week", "hydroxychloroquine 200 mg/day",
          "valaciclovir 500 mg twice daily",
        ]
      ),
      (183, ["hydroxychloroquine 200 mg/day"]),
    ])
  func theDemoTapersPrednisone(day: Int, taking: [String]) throws {
    let (demo, care, day0) = try Self.demo()
    let list = MedicationList.taking(on: day0.adding(days: day), entries: demo.entries)
    #expect(list.map { "\($0.name) \($0.dose ?? "")" } == taking)
    // Logged doses: only the paracetamol before a normal reading (Day +5).
    let logged = demo.entries.filter { if case .medication = $0.body { true } else { false } }
    #expect(logged.map { day0.days(to: $0.observedAt.date) } == [5])
    // During bridging, methylprednisolone 8 mg/day counts as 10 mg prednisolone, beside the
    // prednisone (clinical.md §10.1).
    if day == -50 {
      let dose = MedicationList.prednisolone(
        on: day0.adding(days: day), entries: demo.entries, settings: care.remission)
      #expect(dose.mg == 20)
    }
  }

  @Test("the demo has three visits with labs, SLEDAI-2K at Months 3 and 6, and DORIS at Month 6")
  func theDemoFollowsUpToRemission() throws {
    let (demo, care, day0) = try Self.demo()
    let visits = demo.entries.compactMap { entry -> (Int, [LabResult])? in
      guard case .labs(let results) = entry.body else { return nil }
      return (day0.days(to: entry.observedAt.date), results)
    }
    #expect(visits.map(\.0) == [30, 90, 135, 180])
    #expect(visits.allSatisfy { $0.1.count >= 7 })
    // Each assessment's prednisolone is the medication list's dose that day; Month 3 misses
    // DORIS on the physician global, Month 6 meets DORIS and drug-free remission.
    let assessments = demo.entries.compactMap { entry -> [String]? in
      guard case .assessment(let sledai, let pga, let prednisolone, let drugs) = entry.body,
        let score = try? SLEDAI2K.score(sledai)
      else { return nil }
      let a = Remission.Assessment(
        clinicalSLEDAI: score.clinical, physicianGlobal: pga, prednisoloneMg: prednisolone,
        immunosuppressants: drugs)
      let listed = MedicationList.prednisolone(
        on: entry.observedAt.date, entries: demo.entries, settings: care.remission)
      return [
        "day \(day0.days(to: entry.observedAt.date))", "SLEDAI-2K \(score.total)",
        "clinical \(score.clinical)",
        "prednisolone \(prednisolone.map(LabDefinition.format) ?? "-")",
        "listed \(listed.mg.map(LabDefinition.format) ?? "-")",
        Timeline.remissionText("DORIS", Remission.doris(a, settings: care.remission)),
        Timeline.remissionText("drug-free", Remission.drugFree(a, settings: care.remission)),
      ]
    }
    #expect(
      assessments == [
        [
          "day 90", "SLEDAI-2K 2", "clinical 0", "prednisolone 2.5", "listed 2.5",
          "DORIS not met: physician global 0.6 is not below 0.5",
          "drug-free not met: physician global 0.6 is not below 0.5; prednisolone 2.5 mg/day "
            + "(drug-free means none)",
        ],
        [
          "day 180", "SLEDAI-2K 0", "clinical 0", "prednisolone 0", "listed 0", "DORIS met",
          "drug-free met",
        ],
      ])
    // The labs raise one red flag, the B cells' return at Day +135, and nothing else.
    let alerts = RedFlags.alerts(
      for: demo.entries, journey: Journey(events: demo.events), protocol: care)
    let labs = Set(
      care.redFlags.compactMap { rule -> String? in
        if case .lab = rule.condition { rule.id } else { nil }
      })
    let labAlerts = alerts.filter { labs.contains($0.rule.id) }
    #expect(labAlerts.map(\.rule.id) == ["b-cells-returned"])
  }

  @Test("the demo has the nurse's ICE scores and CRS gradings on the fever days")
  func theDemoGradesTheFeverDays() throws {
    let (demo, _, day0) = try Self.demo()
    let grades = demo.entries.compactMap { entry -> [Int?]? in
      guard case .grading(_, let result) = entry.body else { return nil }
      return [day0.days(to: entry.observedAt.date), result.crs, result.icans]
    }
    // Day 6: the fever masked by paracetamol after the CRS grades: no ASTCT CRS grade.
    #expect(grades == [[3, 1, 0], [4, 1, 0], [5, 1, 0], [16, 1, 0], [6, nil, 0]])
    let ice = demo.entries.compactMap { entry -> Int? in
      if case .ice(let score) = entry.body { score.total } else { nil }
    }
    #expect(ice == [10, 10, 10, 10])
  }
}
