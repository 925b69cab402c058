import Testing

@testable import JourneyCore

/// Every pair of phases, checked against the table DESIGN.md and the issue spell out by hand.
@Suite struct PhaseTransitionTests {
  /// The expected table, written out independently of `PhaseTransition.table`.
  static let expected: [String: PhaseTransition.Kind] = {
    var rows: [String: PhaseTransition.Kind] = [
      "screening>leukapheresis": .normal, "leukapheresis>manufacturing": .normal,
      "manufacturing>lymphodepletion": .normal, "lymphodepletion>infusion": .normal,
      "infusion>hospital-stay": .normal, "hospital-stay>post-discharge": .normal,
      "post-discharge>follow-up": .normal, "follow-up>completed": .normal,
      "manufacturing>leukapheresis": .recollection,
      "post-discharge>hospital-stay": .readmission, "follow-up>hospital-stay": .readmission,
    ]
    for phase in [
      "screening", "leukapheresis", "manufacturing", "lymphodepletion", "infusion",
      "hospital-stay", "post-discharge", "follow-up",
    ] {
      rows["\(phase)>withdrawn"] = .withdrawal
    }
    return rows
  }()

  static let allPairs: [(Phase, Phase)] = Phase.allCases.flatMap { from in
    Phase.allCases.map { (from, $0) }
  }

  @Test("the table allows exactly the expected moves", arguments: allPairs)
  func tableRow(from: Phase, to: Phase) {
    let key = "\(from.rawValue)>\(to.rawValue)"
    #expect(PhaseTransition.find(from: from, to: to)?.kind == Self.expected[key])
  }

  @Test(
    "a journey at the from-phase takes an allowed move, with a reason where needed",
    arguments: allPairs.filter { expected["\($0.0.rawValue)>\($0.1.rawValue)"] != nil })
  func allowedMove(from: Phase, to: Phase) throws {
    let script = JourneyScript.at(from)
    let journey = script.journey
    #expect(journey.phase == from)
    let kind = try #require(Self.expected["\(from.rawValue)>\(to.rawValue)"])
    let date = JourneyScript.date("2026-11-01")
    if kind != .normal {
      #expect(throws: JourneyError.self) {
        try journey.checkTransition(to: to, on: date, reason: nil)
      }
      #expect(throws: JourneyError.self) {
        try journey.checkTransition(to: to, on: date, reason: "  ")
      }
    }
    var next = script
    next.enter(to, "2026-11-01", reason: kind == .normal ? nil : "team decision")
    let after = next.journey
    #expect(after.problems.isEmpty)
    #expect(after.phase == to)
    #expect(after.stays.count == journey.stays.count + 1)
    #expect(after.stays.last?.start == date)
  }

  @Test(
    "a journey refuses a move the table does not allow, naming what is allowed",
    arguments: allPairs.filter { expected["\($0.0.rawValue)>\($0.1.rawValue)"] == nil })
  func refusedMove(from: Phase, to: Phase) {
    let journey = JourneyScript.at(from == .withdrawn ? .screening : from).journey
    let start = from == .withdrawn ? withdrawn(journey) : journey
    do {
      try start.checkTransition(to: to, on: JourneyScript.date("2026-11-01"), reason: "why not")
      Issue.record("\(from) → \(to) was allowed")
    } catch {
      #expect(error.code == .transitionNotAllowed)
      let allowed = PhaseTransition.allowed(from: start.phase).map(\.to.rawValue)
      for phase in allowed { #expect(error.message.contains(phase)) }
      if allowed.isEmpty { #expect(error.message.contains("ended")) }
    }
  }

  func withdrawn(_ journey: Journey) -> Journey {
    var script = JourneyScript()
    script.enter(.withdrawn, "2026-09-05", reason: "patient's choice")
    return script.journey
  }

  @Test func dateBeforeTheCurrentPhaseIsRefused() {
    let journey = JourneyScript.at(.manufacturing).journey
    #expect(
      throws: JourneyError(
        .dateBeforeLastTransition,
        "2026-09-14 is before 2026-09-15, when manufacturing began; use that date or later")
    ) {
      try journey.checkTransition(
        to: .lymphodepletion, on: JourneyScript.date("2026-09-14"), reason: nil)
    }
  }

  @Test func sameDayAsThePhaseStartIsAllowed() throws {
    let journey = JourneyScript.at(.infusion).journey
    try journey.checkTransition(
      to: .hospitalStay, on: JourneyScript.date("2026-09-29"), reason: nil)
  }
}
