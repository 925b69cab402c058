import Testing

@testable import JourneyCore

@Suite struct RemindersTests {
  /// Acute window Day −5 to Day +28, checks at 08:00, 14:00 and 20:00; no milestones unless a
  /// test adds them.
  static let care = CareProtocol(
    id: "test", name: "Test", acuteWindow: -5...28,
    temperatureCheckMinutes: [14 * 60, 8 * 60, 20 * 60])

  static let consent = MilestoneRule(
    id: "consent", phase: .screening, title: "Consent signed", anchor: .phaseStart(.screening),
    offsetDays: 0, signer: .nurse)
  static let eligibility = MilestoneRule(
    id: "eligibility", phase: .screening, title: "Eligibility confirmed",
    anchor: .phaseStart(.screening), offsetDays: 1, signer: .nurse)

  /// Started 2026-09-01 in screening, infusion (Day 0) planned for 2026-09-29: the acute
  /// window runs from 2026-09-24 (Day −5) to 2026-10-27 (Day +28).
  static var planned: JourneyScript {
    var script = JourneyScript()
    script.add(.planned(phase: .infusion, date: JourneyScript.date("2026-09-29")), on: "2026-09-01")
    return script
  }

  static func at(_ text: String) -> Timestamp {
    guard let stamp = Timestamp(stored: text + ":00+01:00") else { fatalError("bad time \(text)") }
    return stamp
  }

  static func entry(_ id: String, _ time: String, _ body: Entry.Body) -> Entry {
    Entry(
      id: id, recordedAt: at(time), observedAt: at(time),
      author: Author(role: .patient, name: "Maria"),
      body: body)
  }

  static func temperature(_ id: String, _ time: String) -> Entry {
    entry(id, time, .temperature(celsius: 37.1, asTyped: "37.1"))
  }

  /// Something logged the day before 2026-10-02, so no unlogged-day reminder gets in the way.
  static let yesterdayNote = entry("n1", "2026-10-01T21:00", .note(text: "tired"))

  func reminders(
    _ now: String, entries: [Entry] = [yesterdayNote], journey: Journey = planned.journey,
    care: CareProtocol = care
  ) -> [Reminder] {
    Reminders.due(journey: journey, entries: entries, protocol: care, now: Self.at(now))
  }

  func temperatureMessage(_ reminders: [Reminder]) -> String? {
    reminders.first { $0.kind == .temperatureCheck }?.message
  }

  // MARK: - Temperature checks

  @Test(
    arguments: [
      ("2026-10-02T07:59", [], nil),
      ("2026-10-02T08:00", [], "08:00"),
      ("2026-10-02T09:00", [temperature("t1", "2026-10-02T08:05")], nil),
      ("2026-10-02T14:00", [temperature("t1", "2026-10-02T08:05")], "14:00"),
      ("2026-10-02T14:01", [temperature("t1", "2026-10-02T08:05")], "14:00"),
      // A reading taken before the check does not answer it.
      ("2026-10-02T09:00", [temperature("t1", "2026-10-02T07:55")], "08:00"),
      // One taken exactly at the check time does.
      ("2026-10-02T23:59", [temperature("t1", "2026-10-02T20:00")], nil),
      // Only the latest check passed counts: the missed 08:00 and 14:00 are not repeated.
      ("2026-10-02T20:30", [], "20:00"),
      // Another kind of entry is not a temperature.
      ("2026-10-02T09:00", [entry("h1", "2026-10-02T08:30", .heartRate(bpm: 80))], "08:00"),
    ] as [(String, [Entry], String?)])
  func temperatureCheckAroundTheCheckTimes(now: String, logged: [Entry], check: String?) {
    let expected = check.map { "Time to take your temperature (\($0) check, Day +3)" }
    #expect(temperatureMessage(reminders(now, entries: [Self.yesterdayNote] + logged)) == expected)
  }

  @Test(arguments: [
    ("2026-09-23T09:00", nil),
    ("2026-09-24T09:00", "Day \u{2212}5"),
    ("2026-10-27T09:00", "Day +28"),
    ("2026-10-28T09:00", nil),
  ])
  func temperatureChecksOnlyInsideTheAcuteWindow(now: String, day: String?) {
    let expected = day.map { "Time to take your temperature (08:00 check, \($0))" }
    #expect(temperatureMessage(reminders(now, entries: [])) == expected)
  }

  @Test func withoutADayZeroThereIsNoAcuteWindow() {
    #expect(reminders("2026-10-02T09:00", journey: JourneyScript().journey).isEmpty)
  }

  @Test(arguments: [
    (["strike"], "08:00"),
    (["replace"], nil),
    ([], nil),
  ])
  func correctedTemperatures(corrections: [String], check: String?) {
    var entries = [Self.yesterdayNote, Self.temperature("t1", "2026-10-02T08:05")]
    if corrections.contains("strike") {
      entries.append(
        Self.entry(
          "c1", "2026-10-02T08:05",
          .correction(target: "t1", reason: "wrong patient", replacement: nil)))
    }
    if corrections.contains("replace") {
      entries.append(
        Self.entry(
          "c1", "2026-10-02T08:05",
          .correction(
            target: "t1", reason: "typo", replacement: .temperature(celsius: 37.4, asTyped: "37.4"))
        ))
    }
    let expected = check.map { "Time to take your temperature (\($0) check, Day +3)" }
    #expect(temperatureMessage(reminders("2026-10-02T09:00", entries: entries)) == expected)
  }

  @Test func theBuiltInProtocolChecksAtEightTwoAndEight() throws {
    let care = try #require(try CareProtocol.builtIn(named: "cd19-sle"))
    let now = reminders("2026-10-02T20:15", care: care)
    #expect(temperatureMessage(now) == "Time to take your temperature (20:00 check, Day +3)")
  }

  // MARK: - Ended journeys

  @Test(arguments: [Phase.completed, .withdrawn])
  func anEndedJourneyHasNothingDue(end: Phase) {
    // Completed walks the whole path (infusion 2026-09-29, completed 2026-10-27); withdrawn
    // leaves screening with the infusion still planned for 2026-09-29.
    var script = end == .completed ? JourneyScript.at(.completed) : Self.planned
    if end == .withdrawn { script.enter(.withdrawn, "2026-09-20", reason: "moved abroad") }
    #expect(script.journey.phase == end)
    let care = CareProtocol(
      id: "test", name: "Test", acuteWindow: -5...28, temperatureCheckMinutes: [8 * 60],
      milestones: [Self.consent])
    let inWindow = reminders("2026-10-02T09:00", entries: [], journey: script.journey, care: care)
    #expect(inWindow.isEmpty)
    // The same day without the end would remind of all three.
    let open = reminders("2026-10-02T09:00", entries: [], care: care)
    #expect(open.map(\.kind) == [.temperatureCheck, .milestoneOverdue, .unloggedDay])
  }

  // MARK: - Milestones

  @Test(arguments: [
    (
      "2026-09-01T09:00",
      [Reminder(kind: .milestoneDue, message: "Due today: Consent signed (consent)", id: "consent")]
    ),
    (
      "2026-09-02T09:00",
      [
        Reminder(
          kind: .milestoneDue, message: "Due today: Eligibility confirmed (eligibility)",
          id: "eligibility"),
        Reminder(
          kind: .milestoneOverdue, message: "Overdue since 2026-09-01: Consent signed (consent)",
          id: "consent"),
      ]
    ),
    (
      "2026-09-03T09:00",
      [
        Reminder(
          kind: .milestoneOverdue, message: "Overdue since 2026-09-01: Consent signed (consent)",
          id: "consent"),
        Reminder(
          kind: .milestoneOverdue,
          message: "Overdue since 2026-09-02: Eligibility confirmed (eligibility)",
          id: "eligibility"),
      ]
    ),
  ])
  func milestonesDueTodayComeBeforeOverdueOnes(now: String, expected: [Reminder]) {
    let care = CareProtocol(
      id: "test", name: "Test", milestones: [Self.eligibility, Self.consent])
    #expect(reminders(now, entries: [], care: care) == expected)
  }

  @Test func aSignedMilestoneIsNotAReminder() {
    var script = Self.planned
    script.add(
      .milestoneSigned(milestone: "consent", on: JourneyScript.date("2026-09-01"), note: nil),
      on: "2026-09-01")
    let care = CareProtocol(id: "test", name: "Test", milestones: [Self.consent])
    #expect(reminders("2026-09-05T09:00", entries: [], journey: script.journey, care: care) == [])
  }

  // MARK: - Unlogged days

  @Test(
    arguments: [
      // Yesterday, Day +2, had nothing.
      ("2026-10-02T07:00", [], "Nothing was logged yesterday (2026-10-01, Day +2)"),
      // Any entry on yesterday's date counts, however late.
      (
        "2026-10-02T07:00",
        [entry("s1", "2026-10-01T23:59", .symptom(name: "chills", severity: 1))], nil
      ),
      // Something today does not make up for yesterday.
      (
        "2026-10-02T07:00", [entry("n2", "2026-10-02T06:00", .note(text: "slept"))],
        "Nothing was logged yesterday (2026-10-01, Day +2)"
      ),
      // Yesterday was Day −6, before the window; Day +28 was its last day.
      ("2026-09-24T07:00", [], nil),
      ("2026-10-28T07:00", [], "Nothing was logged yesterday (2026-10-27, Day +28)"),
      ("2026-10-29T07:00", [], nil),
    ] as [(String, [Entry], String?)])
  func unloggedYesterdayInsideTheAcuteWindow(now: String, logged: [Entry], message: String?) {
    let unlogged = reminders(now, entries: logged).filter { $0.kind == .unloggedDay }
    #expect(unlogged.map(\.message) == (message.map { [$0] } ?? []))
  }

  @Test func noUnloggedDayBeforeTheJourneyStarted() {
    // Started on Day −3: Day −4, yesterday, was not part of the journey yet.
    var script = JourneyScript(startedOn: "2026-09-26")
    script.add(.planned(phase: .infusion, date: JourneyScript.date("2026-09-29")), on: "2026-09-26")
    #expect(reminders("2026-09-26T07:00", entries: [], journey: script.journey).isEmpty)
    #expect(
      reminders("2026-09-27T07:00", entries: [], journey: script.journey).map(\.kind)
        == [.unloggedDay])
  }

  // MARK: - Order

  @Test func temperatureFirstThenDueThenOverdueThenUnlogged() {
    var script = Self.planned
    script.enter(.leukapheresis, "2026-09-02")
    let care = CareProtocol(
      id: "test", name: "Test", acuteWindow: -5...28, temperatureCheckMinutes: [8 * 60],
      milestones: [
        MilestoneRule(
          id: "d3-check", phase: .hospitalStay, title: "Day 3 blood count", anchor: .dayZero,
          offsetDays: 3, signer: .nurse),
        Self.consent,
      ])
    let all = reminders("2026-10-02T08:30", entries: [], journey: script.journey, care: care)
    #expect(all.map(\.kind) == [.temperatureCheck, .milestoneDue, .milestoneOverdue, .unloggedDay])
    #expect(all.map(\.id) == [nil, "d3-check", "consent", nil])
  }
}
