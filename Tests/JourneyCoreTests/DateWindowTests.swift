import Testing

@testable import JourneyCore

/// The one date rule: what happened lies between the journey's start and today, a plan at most
/// three years ahead, a journey's start at most twenty years back. Every bound on both sides,
/// each refusal with the rule and the date that would be accepted.
@Suite struct DateWindowTests {
  static let d = JourneyScript.date
  /// The day the checks are made; the script's journey began on 2026-09-01.
  static let today = d("2026-12-03")

  struct Case: CustomStringConvertible, Sendable {
    var date: String
    var code: JourneyError.Code?
    var message: String = ""
    var description: String { date }
  }

  static let pastCases: [Case] = [
    Case(
      date: "0001-01-01", code: .dateBeforeJourney,
      message:
        "0001-01-01 is before 2026-09-01, when this journey began; the earliest date accepted is 2026-09-01"
    ),
    Case(
      date: "2026-08-31", code: .dateBeforeJourney,
      message:
        "2026-08-31 is before 2026-09-01, when this journey began; the earliest date accepted is 2026-09-01"
    ),
    Case(date: "2026-09-01", code: nil),
    Case(date: "2026-12-03", code: nil),
    Case(
      date: "2026-12-04", code: .dateInFuture,
      message:
        "2026-12-04 is in the future (today is 2026-12-03); the latest date accepted is 2026-12-03"),
    Case(
      date: "9999-12-31", code: .dateInFuture,
      message:
        "9999-12-31 is in the future (today is 2026-12-03); the latest date accepted is 2026-12-03"),
  ]

  @Test(arguments: pastCases)
  func whatHappenedLiesBetweenTheStartAndToday(_ c: Case) {
    check(JourneyScript().journey.pastWindow(today: Self.today), c)
  }

  static let planCases: [Case] = [
    Case(
      date: "2026-08-31", code: .dateBeforeJourney,
      message:
        "2026-08-31 is before 2026-09-01, when this journey began; the earliest date accepted is 2026-09-01"
    ),
    Case(date: "2026-09-01", code: nil),
    Case(date: "2029-12-03", code: nil),
    Case(
      date: "2029-12-04", code: .dateTooFarAhead,
      message:
        "2029-12-04 is more than 3 years ahead (today is 2026-12-03); the latest date accepted is 2029-12-03"
    ),
    Case(
      date: "9999-01-01", code: .dateTooFarAhead,
      message:
        "9999-01-01 is more than 3 years ahead (today is 2026-12-03); the latest date accepted is 2029-12-03"
    ),
  ]

  @Test(arguments: planCases)
  func aPlanLiesAtMostThreeYearsAhead(_ c: Case) {
    check(JourneyScript().journey.planWindow(today: Self.today), c)
  }

  static let startCases: [Case] = [
    Case(
      date: "2006-12-02", code: .dateBeforeJourney,
      message: "2006-12-02 is more than 20 years ago; the earliest date accepted is 2006-12-03"),
    Case(date: "2006-12-03", code: nil),
    Case(date: "2026-12-03", code: nil),
    Case(
      date: "2026-12-04", code: .dateInFuture,
      message:
        "2026-12-04 is in the future (today is 2026-12-03); the latest date accepted is 2026-12-03"),
  ]

  @Test(arguments: startCases)
  func aJourneyBeginsAtMostTwentyYearsBackAndNeverInTheFuture(_ c: Case) {
    check(Journey.startWindow(today: Self.today), c)
  }

  /// Before a journey exists, what happened is bounded by the start window alone.
  @Test func withoutAJourneyTheStartWindowBounds() {
    let window = Journey().pastWindow(today: Self.today)
    #expect(window.earliest == Self.d("2006-12-03"))
    #expect(window.latest == Self.today)
  }

  /// A journey begun on the Start screen: screening's date not entered, leukapheresis not
  /// dated (e2), manufacturing on 2026-10-15.
  static var undatedScreening: JourneyScript {
    var script = JourneyScript(began: .notEntered, recordedOn: "2026-12-03")
    script.add(
      .phaseEntered(phase: .leukapheresis, on: nil, reason: nil, note: nil), on: "2026-12-03")
    script.add(
      .phaseEntered(phase: .manufacturing, on: Self.d("2026-10-15"), reason: nil, note: nil),
      on: "2026-12-03")
    return script
  }

  /// The bound of ``undatedScreening``: a year before its earliest date, 2026-10-15.
  static let yearBeforeCases = [
    Case(date: "2025-10-15", code: nil),
    Case(
      date: "2025-10-14", code: .dateBeforeJourney,
      message: "2025-10-14 is more than a year before 2026-10-15, the earliest date this "
        + "journey has (enter the date screening began to go further back); the earliest date "
        + "accepted is 2025-10-15"),
  ]

  /// With screening's date not entered, a year before the earliest date the journey has bounds
  /// it (the weeks before infusion stay open to backfill), and the refusal says why.
  @Test(arguments: yearBeforeCases)
  func withScreeningUndatedTheEarliestPhaseDateBounds(_ c: Case) throws {
    let journey = Self.undatedScreening.journey
    #expect(journey.problems == [])
    #expect(journey.startDate == nil)
    #expect(journey.earliestDate == Self.d("2026-10-15"))
    check(journey.pastWindow(today: Self.today), c)
  }

  /// Giving an undated phase its date (a correction of its undated entry, as `advance` writes
  /// it) obeys the same bound: a year before the earliest date the journey has, not twenty.
  @Test(arguments: yearBeforeCases)
  func datingAnUndatedPhaseIsBoundLikeAnyOther(_ c: Case) {
    var script = Self.undatedScreening
    let journey = script.journey
    script.add(
      .corrected(target: "e2", reason: "date entered", on: Self.d(c.date)), on: "2026-12-03")
    do {
      _ = try journey.checkNew(script.events[script.events.count - 1], today: Self.today)
      #expect(c.code == nil, "\(c.date) was accepted")
    } catch {
      #expect(error == JourneyError(c.code ?? .notStarted, c.message))
    }
  }

  @Test(arguments: [
    ("2024-02-29", 1, "2025-02-28"), ("2024-02-29", 4, "2028-02-29"),
    ("2026-12-03", -20, "2006-12-03"),
    ("9998-06-01", 3, "9999-06-01"), ("0002-01-01", -5, "0001-01-01"),
  ])
  func yearsAreAddedOnTheCalendar(from: String, years: Int, expected: String) {
    #expect(Self.d(from).adding(years: years) == Self.d(expected))
  }

  func check(_ window: DateWindow, _ c: Case, sourceLocation: SourceLocation = #_sourceLocation) {
    let date = Self.d(c.date)
    #expect(window.contains(date) == (c.code == nil), sourceLocation: sourceLocation)
    do {
      try window.check(date)
      #expect(c.code == nil, "\(c.date) was accepted", sourceLocation: sourceLocation)
    } catch {
      #expect(
        error == JourneyError(c.code ?? .notStarted, c.message), sourceLocation: sourceLocation)
    }
  }
}

/// `checkNew` applies the date rule to every event before it is written.
@Suite struct NewEventDateTests {
  static let d = JourneyScript.date
  static let today = d("2026-12-03")

  /// A journey begun 2026-09-01, in lymphodepletion since 2026-11-15, infusion planned.
  static func journey() -> JourneyScript {
    var script = JourneyScript()
    script.enter(.leukapheresis, "2026-10-14")
    script.enter(.manufacturing, "2026-10-15")
    script.enter(.lymphodepletion, "2026-11-15")
    script.add(.planned(phase: .infusion, date: d("2026-11-20")), on: "2026-11-15")
    return script
  }

  static func event(_ body: JourneyEvent.Body) -> JourneyEvent {
    JourneyEvent(
      id: "new", recordedAt: Timestamp(date: today, secondOfDay: 9 * 3600, utcOffset: 3600),
      author: Author(role: .nurse, name: "Ana"), body: body)
  }

  static let cases: [(JourneyEvent.Body, JourneyError.Code?)] = [
    (.phaseEntered(phase: .infusion, on: d("2026-11-20"), reason: nil, note: nil), nil),
    (.phaseEntered(phase: .infusion, on: d("2026-12-04"), reason: nil, note: nil), .dateInFuture),
    (
      .phaseEntered(phase: .infusion, on: d("2026-11-14"), reason: nil, note: nil),
      .dateBeforeLastTransition
    ),
    (.milestoneSigned(milestone: "consent", on: d("2026-08-31"), note: nil), .dateBeforeJourney),
    (.milestoneSigned(milestone: "consent", on: d("2026-09-01"), note: nil), nil),
    (.milestoneSigned(milestone: "consent", on: nil, note: nil), nil),
    (.planned(phase: .infusion, date: d("2026-11-14")), .dateOutOfOrder),
    (.planned(phase: .infusion, date: d("2026-11-15")), nil),
    (.planned(phase: .infusion, date: d("9999-01-01")), .dateTooFarAhead),
    (.planned(phase: .leukapheresis, date: d("0001-01-01")), .dateBeforeJourney),
    (.corrected(target: "e2", reason: "typo", on: d("0001-01-01")), .dateBeforeJourney),
    (.corrected(target: "e2", reason: "typo", on: d("2026-09-02")), nil),
    (.corrected(target: "e5", reason: "typo", on: d("9999-01-01")), .dateTooFarAhead),
    (.corrected(target: "e5", reason: "typo", on: d("2029-12-03")), nil),
  ]

  @Test(arguments: cases)
  func eachEventIsCheckedAgainstTheDatesAJourneyAccepts(
    body: JourneyEvent.Body, code: JourneyError.Code?
  ) {
    do {
      _ = try Self.journey().journey.checkNew(Self.event(body), today: Self.today)
      #expect(code == nil, "\(body) was accepted")
    } catch {
      #expect(error.code == code, "\(body): \(error.message)")
      #expect(error.message.contains("accepted") || error.code == .dateBeforeLastTransition)
    }
  }

  /// `plan infusion` before lymphodepletion began says the rule and the first date accepted.
  @Test func anInfusionPlannedBeforeLymphodepletionIsRefusedWithTheDateAccepted() {
    #expect(
      throws: JourneyError(
        .dateOutOfOrder,
        "infusion planned for 2026-11-10 is before 2026-11-15, when lymphodepletion began, and "
          + "comes after it; the earliest date accepted is 2026-11-15")
    ) {
      try Self.journey().journey.checkNew(
        Self.event(.planned(phase: .infusion, date: Self.d("2026-11-10"))), today: Self.today)
    }
  }

  /// The journey's own start can be moved (a journey begun with `init` gets its real start),
  /// never after a phase that followed it.
  @Test(arguments: [("2026-08-01", true), ("2026-10-14", true), ("2026-10-15", false)])
  func theStartOfAJourneyMovesWithinItsPhases(date: String, accepted: Bool) throws {
    let script = Self.journey()
    let move = Self.event(
      .corrected(target: "e1", reason: "screening began then", on: Self.d(date)))
    do {
      let moved = try script.journey.checkNew(move, today: Self.today)
      #expect(accepted)
      #expect(moved.startDate == Self.d(date))
      #expect(
        moved.stays.map(\.start) == [date, "2026-10-14", "2026-10-15", "2026-11-15"].map(Self.d))
    } catch {
      #expect(!accepted, "\(error)")
    }
  }
}
