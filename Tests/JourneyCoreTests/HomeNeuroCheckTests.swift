import Testing

@testable import JourneyCore

/// The caregiver's home neuro check against the default protocol: offered from Day −5 (the
/// first lymphodepletion day, earlier if it began earlier) to Day +28; each check compared with
/// the first one of those days, an answer worse than it urgent, a changed sentence always
/// urgent; outside the days neither offered nor judged. Every journey shape with the same dates
/// gives the same result (recorded, planned only, lagging, completed, withdrawn).
@Suite struct HomeNeuroCheckTests {
  static let care = RedFlagsTests.care

  /// A check: `w` the sentence (u usual, c changed), `objects`, `d` and `b` the date and
  /// counting back (r right, w wrong).
  static func check(_ w: Character, _ objects: Int, _ d: Character, _ b: Character)
    -> HomeNeuroCheck
  {
    HomeNeuroCheck(
      writing: w == "u" ? .usual : .changed, objectsNamed: objects,
      date: d == "r" ? .right : .wrong,
      countBack: b == "r" ? .right : .wrong)
  }

  static let normal = check("u", 3, "r", "r")

  struct Case: CustomStringConvertible, Sendable {
    /// The first check and its study day; nil for none.
    var first: (HomeNeuroCheck, day: Int)?
    var later: HomeNeuroCheck
    var day: Int
    /// Every alert the checks raise, by entry id, with its rule, level and what was seen.
    var alerts: [Raised]
    var description: String {
      "first \(first.map { "\($0.0.answersText) on Day \($0.day)" } ?? "none"), then "
        + "\(later.answersText) on Day \(day)"
    }
  }

  struct Raised: Equatable, Sendable {
    var entry: String
    var rules: [String]
    var level: RedFlagRule.Level
    var seen: String
  }

  /// The urgent alert of the later check ("b"), with what was seen.
  static func urgent(_ parts: String, day: Int, from first: Int? = nil) -> [Raised] {
    let date = RedFlagsTests.dayZero.adding(days: day)
    let label = StudyDay(
      date: date, dayZero: RedFlagsTests.dayZero, daysPerMonth: 30, monthsFromDay: 90
    ).label
    let compared = first.map {
      " from the first check on \(RedFlagsTests.dayZero.adding(days: $0))"
    }
    return [
      Raised(
        entry: "b", rules: ["home-neuro-check"], level: .urgent,
        seen: "Home neuro check with a change\(compared ?? "") (\(parts)) at 10:00 on \(date) "
          + "(\(label))")
    ]
  }

  static let cases: [Case] = [
    // The same as the first: nothing, whether the first got everything right or not.
    Case(first: (normal, -5), later: normal, day: 3, alerts: []),
    Case(first: (check("u", 2, "w", "w"), 0), later: check("u", 2, "w", "w"), day: 3, alerts: []),
    // Better than the first: nothing.
    Case(first: (check("u", 1, "w", "w"), 0), later: normal, day: 3, alerts: []),
    // One item worse: urgent, naming it and the first check's day.
    Case(
      first: (normal, -5), later: check("u", 2, "r", "r"), day: 3,
      alerts: urgent("2 of 3 objects named, was 3", day: 3, from: -5)),
    Case(
      first: (check("u", 2, "r", "r"), 0), later: check("u", 1, "r", "r"), day: 4,
      alerts: urgent("1 of 3 objects named, was 2", day: 4, from: 0)),
    Case(
      first: (normal, -5), later: check("u", 3, "w", "r"), day: 3,
      alerts: urgent("the date wrong, was right", day: 3, from: -5)),
    Case(
      first: (normal, -5), later: check("u", 3, "r", "w"), day: 3,
      alerts: urgent("counting back wrong, was right", day: 3, from: -5)),
    // A wrong answer the first check also had is not a change.
    Case(first: (check("u", 3, "w", "r"), 0), later: check("u", 3, "w", "r"), day: 3, alerts: []),
    // Several worse: one alert naming each.
    Case(
      first: (normal, -5), later: check("c", 0, "w", "w"), day: 8,
      alerts: urgent(
        "the sentence looked changed; 0 of 3 objects named, was 3; the date wrong, was right; "
          + "counting back wrong, was right", day: 8, from: -5)),
    // A changed sentence is a change from the patient's usual writing: urgent at the first
    // check too, and again when the first had it.
    Case(
      first: nil, later: check("c", 3, "r", "r"), day: 0,
      alerts: urgent("the sentence looked changed", day: 0)),
    Case(
      first: (check("c", 3, "r", "r"), 0), later: check("c", 3, "r", "r"), day: 3,
      alerts: [
        Raised(
          entry: "a", rules: ["home-neuro-check"], level: .urgent,
          seen: "Home neuro check with a change (the sentence looked changed) at 10:00 on "
            + "\(RedFlagsTests.dayZero) (Day 0)")
      ] + urgent("the sentence looked changed", day: 3, from: 0)),
    // The first check alone, with wrong answers but the usual sentence: nothing to compare.
    Case(first: nil, later: check("u", 1, "w", "w"), day: 2, alerts: []),
    // Both edges of the days: Day −5 and Day +28 are in them.
    Case(
      first: (normal, -5), later: check("u", 2, "r", "r"), day: 28,
      alerts: urgent("2 of 3 objects named, was 3", day: 28, from: -5)),
    // Outside them a check is not judged as the acute weeks' (nor offered: see below).
    Case(first: (normal, -5), later: check("u", 2, "w", "w"), day: 29, alerts: []),
    Case(first: (normal, 20), later: check("c", 0, "w", "w"), day: 29, alerts: []),
    Case(first: nil, later: check("c", 0, "w", "w"), day: -6, alerts: []),
    // A check before the days is not the first: the first inside them is.
    Case(first: (normal, -6), later: check("u", 2, "r", "r"), day: 0, alerts: []),
  ]

  /// The whole list of alerts the checks raise, in every shape of journey with these dates.
  @Test(arguments: cases, RedFlagsTests.Shape.allCases)
  func aCheckWorseThanTheFirstIsUrgent(_ example: Case, shape: RedFlagsTests.Shape) {
    var entries: [Entry] = []
    if let (first, day) = example.first {
      entries.append(
        RedFlagsTests.entry(.homeNeuroCheck(first), on: RedFlagsTests.day(day), id: "a"))
    }
    entries.append(
      RedFlagsTests.entry(
        .homeNeuroCheck(example.later), on: RedFlagsTests.day(example.day), id: "b"))
    let alerts = RedFlags.alerts(for: entries, journey: shape.journey, protocol: Self.care)
    let raised = alerts.map {
      Raised(entry: $0.entryID ?? "", rules: $0.rules.map(\.id), level: $0.level, seen: $0.seen)
    }
    #expect(raised == example.alerts)
    for alert in alerts {
      #expect(alert.emergencyLine != nil, "an urgent alert says what to do if nobody answers")
      #expect(!alert.message.contains("ICE") && !alert.message.contains("ICANS"))
    }
  }

  /// A first check struck out is not compared with; one corrected is compared by its new values.
  @Test func aStruckOutFirstCheckIsPassedOverAndACorrectedOneCountsAsCorrected() {
    let day = RedFlagsTests.day
    let journey = RedFlagsTests.Shape.recorded.journey
    let struckFirst = [
      RedFlagsTests.entry(.homeNeuroCheck(Self.normal), on: day(-5), id: "a"),
      RedFlagsTests.entry(
        .correction(target: "a", reason: "wrong box", replacement: nil),
        on: day(-5), minute: 610, id: "fix"),
      RedFlagsTests.entry(.homeNeuroCheck(Self.check("u", 2, "r", "r")), on: day(-4), id: "c"),
      RedFlagsTests.entry(.homeNeuroCheck(Self.check("u", 2, "r", "r")), on: day(3), id: "b"),
    ]
    #expect(RedFlags.alerts(for: struckFirst, journey: journey, protocol: Self.care).isEmpty)
    let corrected = [
      RedFlagsTests.entry(.homeNeuroCheck(Self.check("u", 1, "r", "r")), on: day(-5), id: "a"),
      RedFlagsTests.entry(
        .correction(target: "a", reason: "it was 3", replacement: .homeNeuroCheck(Self.normal)),
        on: day(-5), minute: 610, id: "fix"),
      RedFlagsTests.entry(.homeNeuroCheck(Self.check("u", 2, "r", "r")), on: day(3), id: "b"),
    ]
    let alerts = RedFlags.alerts(for: corrected, journey: journey, protocol: Self.care)
    #expect(alerts.map(\.entryID) == ["b"])
    #expect(alerts.first?.seen.contains("2 of 3 objects named, was 3") == true)
  }

  /// A reader that reads back only as far as the alerts need (status) must reach the first
  /// check of the days: read from Day −5 (where the days begin) or earlier, the later check is
  /// judged as with every entry; read from a later day, not, and the reader reads further back.
  @Test(arguments: [(-6, true), (-5, true), (-4, false), (2, false)])
  func theFirstCheckOfTheDaysIsReadBeforeALaterOneIsJudged(start: Int, enough: Bool) {
    let date = { RedFlagsTests.dayZero.adding(days: $0) }
    let journey = RedFlagsTests.Shape.recorded.journey
    let later = RedFlagsTests.entry(
      .homeNeuroCheck(Self.check("u", 2, "r", "r")), on: RedFlagsTests.day(3), id: "b")
    let all = [
      RedFlagsTests.entry(.homeNeuroCheck(Self.normal), on: RedFlagsTests.day(-5), id: "a"),
      later,
    ]
    let read = all.filter { $0.observedAt.date >= date(start) }
    #expect(
      RedFlags.historyIsEnough(
        read, from: date(start), judging: [later], journey: journey, protocol: Self.care)
        == enough)
  }

  /// The days the check is offered, on both sides of each edge, with the reason when not.
  @Test(arguments: [
    (-6, false), (-5, true), (0, true), (14, true), (28, true), (29, false), (400, false),
  ])
  func offeredFromDayMinus5ToDay28(day: Int, offered: Bool) {
    let date = RedFlagsTests.dayZero.adding(days: day)
    for shape in RedFlagsTests.Shape.allCases {
      let refusal = HomeNeuroCheck.refusal(on: date, journey: shape.journey, protocol: Self.care)
      #expect((refusal == nil) == offered, "\(shape) Day \(day)")
      #expect(
        HomeNeuroCheck.offered(on: date, journey: shape.journey, protocol: Self.care) == offered)
      if let refusal {
        let label = StudyDay(date: date, journey: shape.journey, protocol: Self.care).dayLabel
        #expect(
          refusal
            == "the home neuro check is for the acute weeks (Day −5 to Day +28); today is "
            + "\(label ?? ""). Log what you see as a symptom instead (handwriting, "
            + "word-finding, confusion): urgent on any day")
      }
    }
  }

  /// Lymphodepletion planned for Day −7 opens the days then; with no Day 0 there are none yet;
  /// a protocol without the rule never offers the check.
  @Test func theDaysFollowTheJourneysDatesAndTheProtocol() throws {
    var script = JourneyScript()
    script.add(.planned(phase: .infusion, date: RedFlagsTests.dayZero), on: "2026-09-01")
    script.add(
      .planned(phase: .lymphodepletion, date: RedFlagsTests.dayZero.adding(days: -7)),
      on: "2026-09-01")
    let early = script.journey
    #expect(
      HomeNeuroCheck.offered(
        on: RedFlagsTests.dayZero.adding(days: -7), journey: early, protocol: Self.care))
    #expect(
      !HomeNeuroCheck.offered(
        on: RedFlagsTests.dayZero.adding(days: -8), journey: early, protocol: Self.care))
    let undated = JourneyScript().journey
    #expect(
      HomeNeuroCheck.refusal(on: RedFlagsTests.dayZero, journey: undated, protocol: Self.care)
        == "the home neuro check is for the acute weeks (Day −5 to Day +28), which start once "
        + "Day 0 is known: plan the infusion first (carejourney plan infusion DATE)")
    var without = Self.care
    without.redFlags.removeAll { $0.condition == .homeNeuroCheck }
    #expect(
      HomeNeuroCheck.refusal(
        on: RedFlagsTests.dayZero, journey: RedFlagsTests.Shape.recorded.journey,
        protocol: without)?.hasPrefix("this journey's protocol has no home neuro check") == true)
  }

  /// The shipped rule: urgent, from Day −5 or lymphodepletion to Day +28, with a source.
  @Test func theShippedRuleIsUrgentOverTheAcuteWindow() throws {
    let rule = try #require(HomeNeuroCheck.rule(in: Self.care))
    #expect(rule.id == "home-neuro-check")
    #expect(rule.level == .urgent)
    #expect(
      rule.window
        == RuleWindow(
          fromDay: Self.care.acuteWindow.lowerBound, toDay: Self.care.acuteWindow.upperBound,
          fromPhase: .lymphodepletion))
    #expect(rule.source?.contains("[U]") == true)
  }

  /// Judging a check needs the entries back to the first day of the window when it began
  /// before the day before; the first two days need only what a save reads anyway.
  @Test(arguments: [(-5, false), (-4, false), (-3, true), (20, true)])
  func aCheckNeedsTheDaysBackToTheFirst(day: Int, needs: Bool) {
    let journey = RedFlagsTests.Shape.recorded.journey
    #expect(
      RedFlags.needsHistory(
        .homeNeuroCheck(Self.normal), on: RedFlagsTests.dayZero.adding(days: day),
        journey: journey, protocol: Self.care) == needs)
  }

  /// What a check says in words, and what is worse than a first check, answer by answer.
  @Test func answersInWords() {
    #expect(
      Self.normal.answersText
        == "sentence as usual, 3 of 3 objects named, date right, counting back right")
    #expect(
      Self.check("c", 0, "w", "w").answersText
        == "sentence changed, 0 of 3 objects named, date wrong, counting back wrong")
    #expect(Self.normal.worse(than: nil) == [])
    #expect(Self.normal.worse(than: Self.check("u", 2, "w", "w")) == [])
    #expect(
      Self.check("u", 2, "r", "w").worse(than: Self.normal)
        == ["2 of 3 objects named, was 3", "counting back wrong, was right"])
  }
}
