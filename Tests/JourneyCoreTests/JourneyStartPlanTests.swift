import Testing

@testable import JourneyCore

/// A journey recorded part-way through: from what a person knows to the events that record it,
/// phases in between in the table's order with no date invented, and the refusals for dates
/// that cannot be.
@Suite struct JourneyStartPlanTests {
  static let d = JourneyScript.date
  static let today = d("2026-12-03")

  struct Case: CustomStringConvertible, Sendable {
    var phase: Phase
    var began: String
    var infusion: String?
    /// Each phase recorded, with its date or nil, in order.
    var stays: [(Phase, String?)]
    var dayZero: String?
    var planned: [Phase: String] = [:]
    var notEntered: [String]
    var description: String { "\(phase.rawValue) since \(began)" }
  }

  static let cases: [Case] = [
    Case(
      phase: .screening, began: "2026-11-20", infusion: nil, stays: [(.screening, "2026-11-20")],
      dayZero: nil, notEntered: []),
    Case(
      phase: .screening, began: "2026-12-03", infusion: "2027-01-10",
      stays: [(.screening, "2026-12-03")], dayZero: "2027-01-10",
      planned: [.infusion: "2027-01-10"], notEntered: []),
    Case(
      phase: .lymphodepletion, began: "2026-12-01", infusion: "2026-12-06",
      stays: [
        (.screening, nil), (.leukapheresis, nil), (.manufacturing, nil),
        (.lymphodepletion, "2026-12-01"),
      ],
      dayZero: "2026-12-06", planned: [.infusion: "2026-12-06"],
      notEntered: ["screening", "leukapheresis", "manufacturing"]),
    Case(
      phase: .infusion, began: "2026-12-03", infusion: "2026-11-01",
      stays: [
        (.screening, nil), (.leukapheresis, nil), (.manufacturing, nil), (.lymphodepletion, nil),
        (.infusion, "2026-12-03"),
      ],
      dayZero: "2026-12-03",
      notEntered: ["screening", "leukapheresis", "manufacturing", "lymphodepletion"]),
    Case(
      phase: .hospitalStay, began: "2026-11-20", infusion: "2026-11-20",
      stays: [
        (.screening, nil), (.leukapheresis, nil), (.manufacturing, nil), (.lymphodepletion, nil),
        (.infusion, "2026-11-20"), (.hospitalStay, "2026-11-20"),
      ],
      dayZero: "2026-11-20",
      notEntered: ["screening", "leukapheresis", "manufacturing", "lymphodepletion"]),
    Case(
      phase: .followUp, began: "2026-10-20", infusion: "2026-09-20",
      stays: [
        (.screening, nil), (.leukapheresis, nil), (.manufacturing, nil), (.lymphodepletion, nil),
        (.infusion, "2026-09-20"), (.hospitalStay, nil), (.postDischarge, nil),
        (.followUp, "2026-10-20"),
      ],
      dayZero: "2026-09-20",
      notEntered: [
        "screening", "leukapheresis", "manufacturing", "lymphodepletion", "hospital-stay",
        "post-discharge",
      ]),
  ]

  /// The events written give exactly the journey a person described, every one accepted as it
  /// would be on its own.
  @Test(arguments: cases)
  func whatIsKnownBecomesTheJourneyWithNoDateInvented(_ c: Case) throws {
    let plan = JourneyStartPlan(
      patient: "Maria", phase: c.phase, phaseBegan: Self.d(c.began),
      infusion: c.infusion.map(Self.d), teamPhone: "+49 1")
    try plan.check(today: Self.today)
    var journey = Journey()
    for (index, body) in plan.bodies(protocolID: "cd19-sle", unit: .celsius).enumerated() {
      let event = JourneyEvent(
        id: "s\(index)",
        recordedAt: Timestamp(date: Self.today, secondOfDay: 36_000, utcOffset: 3600),
        author: Author(role: .patient, name: "Maria"), body: body)
      journey = try journey.checkNew(event, today: Self.today)
    }
    #expect(journey.problems == [])
    #expect(journey.phase == c.phase)
    #expect(journey.stays.map(\.phase) == c.stays.map(\.0))
    #expect(journey.stays.map(\.start) == c.stays.map { $0.1.map(Self.d) })
    #expect(journey.dayZero == c.dayZero.map(Self.d))
    #expect(journey.planned == c.planned.mapValues(Self.d))
    #expect(journey.teamPhone == "+49 1")
    #expect(journey.firstRecorded == Self.today)
    #expect(plan.notEnteredLines == c.notEntered.map { "\($0): date not entered" })
  }

  struct Refusal: CustomStringConvertible, Sendable {
    var phase: Phase
    var began: String
    var infusion: String?
    var code: JourneyError.Code
    var message: String
    var description: String { message }
  }

  static let refusals: [Refusal] = [
    Refusal(
      phase: .screening, began: "2026-12-04", infusion: nil, code: .dateInFuture,
      message:
        "the day screening began, 2026-12-04, is in the future (today is 2026-12-03); the latest date accepted is 2026-12-03"
    ),
    Refusal(
      phase: .followUp, began: "1990-05-01", infusion: "1990-04-01", code: .dateBeforeJourney,
      message:
        "the day follow-up began, 1990-05-01, is more than 20 years ago; the earliest date accepted is 2006-12-03"
    ),
    Refusal(
      phase: .hospitalStay, began: "2026-11-28", infusion: nil, code: .dateMissing,
      message: "the infusion date is needed for a patient in hospital-stay: Day 0 counts from it"),
    Refusal(
      phase: .hospitalStay, began: "2026-11-28", infusion: "2026-11-29", code: .dateOutOfOrder,
      message:
        "the infusion date 2026-11-29 is after 2026-11-28, when hospital-stay began, and comes before it; the latest date accepted is 2026-11-28"
    ),
    Refusal(
      phase: .lymphodepletion, began: "2026-12-01", infusion: "2026-11-30", code: .dateOutOfOrder,
      message:
        "the planned infusion 2026-11-30 is before 2026-12-01, when lymphodepletion began, and comes after it; the earliest date accepted is 2026-12-01"
    ),
    Refusal(
      phase: .manufacturing, began: "2026-12-01", infusion: "2030-01-01", code: .dateTooFarAhead,
      message:
        "the planned infusion 2030-01-01 is more than 3 years ahead; the latest date accepted is 2029-12-03"
    ),
    Refusal(
      phase: .completed, began: "2026-12-01", infusion: "2026-01-01", code: .transitionNotAllowed,
      message:
        "a journey cannot start in completed: choose one of screening, leukapheresis, manufacturing, lymphodepletion, infusion, hospital-stay, post-discharge, follow-up"
    ),
  ]

  @Test(arguments: refusals)
  func datesThatCannotBeAreRefusedWithTheDateAccepted(_ r: Refusal) {
    let plan = JourneyStartPlan(
      patient: "Maria", phase: r.phase, phaseBegan: Self.d(r.began),
      infusion: r.infusion.map(Self.d), teamPhone: nil)
    #expect(throws: JourneyError(r.code, r.message)) { try plan.check(today: Self.today) }
  }

  /// The picker offers every phase but the ends, in the table's order, each with a line that
  /// fits beside its name at 80 columns.
  @Test func thePickerOffersThePathInOrder() {
    #expect(
      JourneyStartPlan.startingPhases == [
        .screening, .leukapheresis, .manufacturing, .lymphodepletion, .infusion, .hospitalStay,
        .postDischarge, .followUp,
      ])
    let lines = JourneyStartPlan.startingPhases.map(JourneyStartPlan.explanation)
    #expect(Set(lines).count == lines.count)
    #expect(lines.allSatisfy { !$0.isEmpty && $0.count < 60 })
  }
}
