import FrameTesting
import JourneyCore
import Testing

@testable import TerminalUI

/// The caregiver's home neuro check on Today: offered in the acute weeks (`c`), a form of four
/// answers saved through the one write (`Effect.log`), done for the day once saved, and a
/// change from the first check shown as every urgent alert is. Not offered outside those days.
@Suite struct NeuroCheckFormTests {
  static let tom = Author(role: .caregiver, name: "Tom Santos")
  static let infusion = LocalDate(year: 2026, month: 11, day: 20)!

  /// Maria Santos on Day +2 (infusion 2026-11-20, in hospital), at 09:00 on the fixture's day;
  /// `checks` are home neuro checks by Tom, each on its study day at 08:30.
  static func data(
    checks: [(day: Int, HomeNeuroCheck)] = [], now: Timestamp = Fixture.now
  ) -> JourneyData {
    let nurse = Author(role: .nurse, name: "Ana Weber")
    func at(_ date: LocalDate) -> Timestamp {
      Timestamp(date: date, secondOfDay: 9 * 3600, utcOffset: 3600)
    }
    let start = LocalDate(year: 2026, month: 10, day: 1)!
    var events = [
      JourneyEvent(
        id: "j1", recordedAt: at(start), author: nurse,
        body: .created(
          patient: "Maria Santos", protocolID: "cd19-sle", teamPhone: "+49 9131 85-33010",
          temperatureUnit: .celsius))
    ]
    let phases: [(Phase, LocalDate)] = [
      (.leukapheresis, LocalDate(year: 2026, month: 10, day: 14)!),
      (.manufacturing, LocalDate(year: 2026, month: 10, day: 15)!),
      (.lymphodepletion, infusion.adding(days: -5)), (.infusion, infusion),
      (.hospitalStay, infusion),
    ]
    for (index, (phase, date)) in phases.enumerated() {
      events.append(
        JourneyEvent(
          id: "j\(index + 2)", recordedAt: at(date), author: nurse,
          body: .phaseEntered(phase: phase, on: date, reason: nil, note: nil)))
    }
    let entries = checks.enumerated().map { index, check in
      let at = Timestamp(
        date: infusion.adding(days: check.day), secondOfDay: 8 * 3600 + 1800, utcOffset: 3600)
      return Entry(
        id: "n\(index + 1)", recordedAt: at, observedAt: at, author: tom,
        body: .homeNeuroCheck(check.1))
    }
    return JourneyData(
      journey: Journey(events: events), entries: entries, care: Fixture.care, unreadableLines: 0,
      now: now)
  }

  static let normal = HomeNeuroCheck(
    writing: .usual, objectsNamed: 3, date: .right, countBack: .right)
  static let fewer = HomeNeuroCheck(
    writing: .usual, objectsNamed: 2, date: .right, countBack: .right)

  static func state(_ data: JourneyData = data(), readOnly: Bool = false) -> AppState {
    var state = AppState(author: tom, readOnly: readOnly, data: data, now: data.now)
    state.screen = .today
    return state
  }

  @Test func todayOffersTheCheckInTheAcuteWeeks() {
    expectFrame(
      Self.state(),
      [
        " [ 1 Today ]  2 Timeline    3 Milestones    4 Trends    ? Help",
        " Maria Santos · Day +2 · Hospital stay",
        " Sunday 2026-11-22 · 09:00",
        " Home neuro check for today: press c (sentence, objects, date, counting back)",
        "",
        " Nothing logged today yet.",
        "",
        " t temperature · s symptom · n note · m medication",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " Hospital stay · Day +2 │ Tom Santos (caregiver) │ t log a temperature  ? help",
      ])
  }

  @Test func theFormOpensWithNothingAnswered() {
    var state = Self.state()
    assertTransition(&state, keys: [.character("c")]) {
      $0.mode = .neuroCheck(NeuroCheckForm())
    }
    expectFrame(
      state,
      [
        " [ 1 Today ]  2 Timeline    3 Milestones    4 Trends    ? Help",
        " Maria Santos · Day +2 · Hospital stay",
        " Sunday 2026-11-22 · 09:00",
        " Home neuro check · ↑/↓ item · ←/→ answer · Enter saves · Esc cancels",
        " › Write a standard sentence: does it look as usual?     not answered",
        "   Name three objects shown (a watch, a pen, a button)   not answered",
        "   Say today's date                                      not answered",
        "   Count back from 100 by tens                           not answered",
        "",
        "   A sentence that looks changed, or any answer worse than at the first check,",
        "   is urgent: the app says whom to call. This is the caregiver's check, not a",
        "   score.",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " Hospital stay · Day +2 │ Tom Santos (caregiver) │ →/l/Space answer  ? help",
      ], cursorRow: 4)
  }

  @Test func answersAreChosenAndEnterSavesThemThroughTheOneWrite() {
    var state = Self.state()
    // c, then: the sentence as usual (→), down, 2 objects, down, right, down, wrong (→ →).
    let keys: [Key] = [
      .character("c"), .right, .down, .character("2"), .down, .character(" "), .down, .right,
      .right,
    ]
    assertTransition(&state, keys: keys) {
      $0.mode = .neuroCheck(
        NeuroCheckForm(writing: .usual, objects: 2, date: .right, countBack: .wrong, focus: 3))
    }
    expectFrame(
      state,
      [
        " [ 1 Today ]  2 Timeline    3 Milestones    4 Trends    ? Help",
        " Maria Santos · Day +2 · Hospital stay",
        " Sunday 2026-11-22 · 09:00",
        " Home neuro check · ↑/↓ item · ←/→ answer · Enter saves · Esc cancels",
        "   Write a standard sentence: does it look as usual?     as usual",
        "   Name three objects shown (a watch, a pen, a button)   2 of 3 named",
        "   Say today's date                                      right",
        " › Count back from 100 by tens                           wrong",
        "",
        "   A sentence that looks changed, or any answer worse than at the first check,",
        "   is urgent: the app says whom to call. This is the caregiver's check, not a",
        "   score.",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " Hospital stay · Day +2 │ Tom Santos (caregiver) │ →/l/Space answer  ? help",
      ], cursorRow: 7)
    assertTransition(
      &state, keys: [.enter],
      effects: [
        .log([
          .homeNeuroCheck(
            HomeNeuroCheck(writing: .usual, objectsNamed: 2, date: .right, countBack: .wrong))
        ])
      ])
  }

  /// Enter with an item not answered saves nothing: it says which, and goes to it.
  @Test func enterWithAnItemUnansweredSaysWhichAndGoesToIt() {
    var state = Self.state()
    _ = reduce(into: &state, .key(.character("c")))
    let keys: [Key] = [.right, .down, .down, .right, .down, .right]
    _ = keys.map { reduce(into: &state, .key($0)) }
    assertTransition(&state, keys: [.enter]) {
      $0.mode = .neuroCheck(
        NeuroCheckForm(writing: .usual, objects: nil, date: .right, countBack: .right, focus: 1))
      $0.notice = AppState.Notice(
        kind: .error,
        text: "Answer every item before saving: \"Name three objects shown (a watch, a pen, a "
          + "button)\" is not answered (←/→ choose).")
    }
  }

  /// ←/→ and Space: an unanswered item takes the usual answer first, then the other; the
  /// objects go one up or down and stay within 0–3; Esc closes with nothing saved.
  @Test func answersCycleAndEscCancels() {
    var state = Self.state()
    _ = reduce(into: &state, .key(.character("c")))
    let keys: [Key] = [
      .character(" "), .character(" "), .down, .left, .left, .left, .left, .left, .right,
    ]
    assertTransition(&state, keys: keys) {
      $0.mode = .neuroCheck(NeuroCheckForm(writing: .changed, objects: 1, focus: 1))
    }
    assertTransition(&state, keys: [.escape]) { $0.mode = nil }
  }

  @Test func savedTheCheckIsDoneForToday() {
    var state = Self.state(Self.data(checks: [(-5, Self.normal)]))
    _ = reduce(into: &state, .key(.character("c")))
    _ = reduce(
      into: &state,
      .saved(
        "Saved: Home neuro check: sentence as usual, 3 of 3 objects named, date right, counting back right"
      ))
    _ = reduce(into: &state, .loaded(Self.data(checks: [(-5, Self.normal), (2, Self.normal)])))
    expectFrame(
      state,
      [
        " [ 1 Today ]  2 Timeline    3 Milestones    4 Trends    ? Help",
        " Maria Santos · Day +2 · Hospital stay",
        " ✓ Saved: Home neuro check: sentence as usual, 3 of 3 objects named, date",
        "   right, counting back right",
        " Sunday 2026-11-22 · 09:00",
        " ✓ Home neuro check done today at 08:30 by Tom Santos",
        "",
        " Logged today:",
        "    08:30  Home neuro check: sentence as usual, 3 of 3 objects named, date",
        "           right, counting back right  — Tom Santos",
        "",
        " t temperature · s symptom · n note · m medication",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " Hospital stay · Day +2 │ Tom Santos (caregiver) │ t log a temperature  ? help",
      ])
  }

  @Test func aChangeFromTheFirstCheckRaisesTheUrgentAlert() {
    var state = Self.state(Self.data(checks: [(-5, Self.normal)]))
    _ = reduce(into: &state, .loaded(Self.data(checks: [(-5, Self.normal), (2, Self.fewer)])))
    expectFrame(
      state,
      [
        " [ 1 Today ]  2 Timeline    3 Milestones    4 Trends    ? Help",
        " Maria Santos · Day +2 · Hospital stay",
        " !! URGENT: Call your CAR-T team now on +49 9131 85-33010.",
        "    If you cannot reach them now, call 112 or go to the nearest emergency",
        "    department. Say you had CAR-T cell therapy and show your wallet card.",
        "    Seen: Home neuro check with a change from the first check on 2026-11-15 (2",
        "    of 3 objects named, was 3) at 08:30 on 2026-11-22 (Day +2). A home neuro",
        "    check found a change from the first check: writing, naming objects, the",
        "    date or counting back.",
        " Sunday 2026-11-22 · 09:00",
        " ✓ Home neuro check done today at 08:30 by Tom Santos",
        "",
        " Logged today:",
        " !! 08:30  Home neuro check: sentence as usual, 2 of 3 objects named, date",
        "           right, counting back right  — Tom Santos",
        "",
        " t temperature · s symptom · n note · m medication · a answer the alert",
        "",
        "",
        "",
        "",
        "",
        "",
        " Hospital stay · Day +2 │ Tom Santos (caregiver) │ t log a temperature  ? help",
      ])
  }

  /// On the Timeline each check is a row of its own, marked when it raised the alert, and the
  /// symptoms filter keeps it.
  @Test func theTimelineListsTheChecksUnderTheSymptomsFilterToo() {
    var state = Self.state(Self.data(checks: [(-5, Self.normal), (2, Self.fewer)]))
    _ = reduce(into: &state, .key(.character("2")))
    _ = reduce(into: &state, .key(.character("f")))
    _ = reduce(into: &state, .key(.character("f")))
    #expect(state.timeline.filter == .symptoms)
    let lines = Frame.render(state, size: Frame.comfortable).lines
    let rows = lines.filter { $0.contains("Home neuro check:") }
    #expect(
      rows == [
        "▌!! 08:30  Home neuro check: sentence as usual, 2 of 3 objects named, date righ…",
        "▌   08:30  Home neuro check: sentence as usual, 3 of 3 objects named, date righ…",
      ])
  }

  /// Outside the acute weeks Today does not offer it, and `c` says why.
  @Test func outsideTheAcuteWeeksItIsNotOffered() {
    let later = Timestamp(
      date: Self.infusion.adding(days: 29), secondOfDay: 9 * 3600, utcOffset: 3600)
    var state = Self.state(Self.data(now: later))
    assertTransition(&state, keys: [.character("c")]) {
      $0.notice = AppState.Notice(
        kind: .error,
        text: "The home neuro check is for the acute weeks (Day −5 to Day +28); today is Day +29. "
          + "Log what you see as a symptom instead (handwriting, word-finding, confusion): "
          + "urgent on any day.")
    }
    expectFrame(
      state,
      [
        " [ 1 Today ]  2 Timeline    3 Milestones    4 Trends    ? Help",
        " Maria Santos · Day +29 · Hospital stay",
        " ✗ The home neuro check is for the acute weeks (Day −5 to Day +28); today is",
        "   Day +29. Log what you see as a symptom instead (handwriting, word-finding,",
        "   confusion): urgent on any day.",
        " Saturday 2026-12-19 · 09:00",
        "",
        " Nothing logged today yet.",
        "",
        " t temperature · s symptom · n note · m medication",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " Hospital stay · Day +29 │ Tom Santos (caregiver) │ t log a temperature  ? help",
      ])
  }

  @Test func aReadOnlyWindowNeitherOffersNorOpensIt() {
    var state = Self.state(readOnly: true)
    assertTransition(&state, keys: [.character("c")]) {
      $0.notice = AppState.Notice(
        kind: .error,
        text: "Read-only window: home neuro check: a sentence, three objects, the date, counting "
          + "back (the acute weeks) is not possible here (started with --read-only).")
    }
  }

  /// `?` lists `c` on Today, and the form's own keys from inside it.
  @Test func helpListsTheKeyAndTheFormsKeys() {
    #expect(
      HelpScreen.lines(for: .today).contains(
        "  c          home neuro check: a sentence, three objects, the date, counting back (the acute weeks)"
      ))
    #expect(
      Array(HelpScreen.lines(for: .neuroCheckForm).prefix(9)) == [
        "Keys in the home neuro check:",
        "  ↑/k        previous item",
        "  ↓/j/Tab    next item",
        "  ←/h        answer: the item's other answer (objects: one fewer)",
        "  →/l/Space  answer: the item's other answer (objects: one more)",
        "  0–3        objects named: how many of the three",
        "  Enter      save: the check, once every item is answered",
        "  Esc        cancel: nothing is saved",
        "  ?          help: these keys",
      ])
  }
}
