import Testing

@testable import JourneyCore

/// Correcting a line needs the role that may write it.
@Suite struct SignerOfLinesTests {
  @Test(arguments: [
    (
      Entry.Body.ice(ICEScore(orientation: 4, naming: 3, commands: 1, writing: 1, attention: 1)),
      Signer.nurse
    ),
    (.grading(GradingInput(), GradingResult(crs: 0, icans: 0, reasons: [])), .nurse),
    (
      .correction(
        target: "x", reason: "r",
        replacement: .ice(
          ICEScore(orientation: 4, naming: 3, commands: 1, writing: 1, attention: 1))), .nurse
    ),
    (.temperature(celsius: 38, asTyped: "38"), .anyone), (.note(text: "n"), .anyone),
    (
      .assessment(sledai: [], physicianGlobal: 0, prednisoloneMg: 0, immunosuppressants: []),
      .anyone
    ),
  ])
  func entries(body: Entry.Body, signer: Signer) {
    #expect(Signer.of(body) == signer)
    #expect(signer.allows(.nurse))
    #expect(signer.allows(.patient) == (signer == .anyone))
    #expect(signer.allows(.caregiver) == (signer == .anyone))
  }

  @Test func aSignatureNeedsItsMilestonesSigner() throws {
    let care = try #require(try CareProtocol.builtIn(named: "cd19-sle"))
    let nurseRule = try #require(
      care.milestones.first { $0.signer == .nurse && $0.repeatEveryDays == nil })
    let anyoneRule = try #require(
      care.milestones.first { $0.signer == .anyone && $0.repeatEveryDays == nil })
    let stamp = Timestamp(date: LocalDate(parsing: "2026-11-22")!, secondOfDay: 0, utcOffset: 0)
    let author = Author(role: .nurse, name: "Ana")
    let journey = Journey(events: [
      JourneyEvent(
        id: "c", recordedAt: stamp, author: author,
        body: .created(patient: "M", protocolID: care.id, teamPhone: nil, temperatureUnit: .celsius)
      )
    ])
    for (rule, signer) in [(nurseRule, Signer.nurse), (anyoneRule, .anyone)] {
      let event = JourneyEvent(
        id: "s", recordedAt: stamp, author: author,
        body: .milestoneSigned(milestone: rule.id, on: stamp.date, note: nil))
      #expect(
        Signer.of(event, in: journey, protocol: care, today: stamp.date) == signer, "\(rule.id)")
    }
    let plan = JourneyEvent(
      id: "p", recordedAt: stamp, author: author, body: .planned(phase: .infusion, date: stamp.date)
    )
    #expect(Signer.of(plan, in: journey, protocol: care, today: stamp.date) == .anyone)
  }
}
