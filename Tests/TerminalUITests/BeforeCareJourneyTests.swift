import JourneyCore
import Testing

@testable import TerminalUI

/// The milestones from before the first day in CareJourney, on the nurse's screen: one line
/// that opens to them, each signed with its real date or marked done elsewhere.
@Suite struct BeforeCareJourneyTests {
  static let now = Timestamp(
    date: LocalDate(year: 2026, month: 12, day: 3)!, secondOfDay: 9 * 3600, utcOffset: 3600)

  /// Recorded on Day +13: in hospital since Day 0, the earlier phases with no date.
  static func partWay() -> JourneyData {
    let plan = JourneyStartPlan(
      patient: "Maria Santos", phase: .hospitalStay,
      phaseBegan: LocalDate(year: 2026, month: 11, day: 20)!,
      infusion: LocalDate(year: 2026, month: 11, day: 20)!, teamPhone: "+49 1")
    let events = plan.bodies(protocolID: "cd19-sle", unit: .celsius).enumerated().map {
      JourneyEvent(
        id: "s\($0.offset)", recordedAt: now, author: Author(role: .patient, name: "Maria Santos"),
        body: $0.element)
    }
    return JourneyData(
      journey: Journey(events: events), entries: [], care: Fixture.care, unreadableLines: 0,
      now: now)
  }

  func send(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
    keys.flatMap { reduce(into: &state, .key($0)) }
  }

  static func nurse() -> AppState {
    AppState(author: Author(role: .nurse, name: "Ana Weber"), readOnly: false, data: partWay())
  }

  /// One line counts them, first; the nurse's selection starts on what is still to sign.
  @Test func theyAreOneLineThatOpens() {
    var state = Self.nurse()
    let lines = Frame.render(state, size: Size(width: 80, height: 24)).lines
    #expect(
      Array(lines[2...5]) == [
        " Milestones · Hospital stay since 2026-11-20",
        " ▸ before CareJourney: not recorded (40) · Enter or b opens",
        "›○ upcoming Day +14             Discharged from hospital · nurse",
        " ○ upcoming Day +14             Told: never donate blood, organs, tissues or c…",
      ])
    #expect(!lines.joined().contains("OVERDUE"))
    #expect(MilestonesScreen.listing(state).first == .before(count: 40, open: false))
    #expect(send(&state, [.up, .enter]).isEmpty)
    #expect(state.milestones.beforeOpen)
    let open = Frame.render(state, size: Size(width: 80, height: 24)).lines
    #expect(
      Array(open[3...5]) == [
        "›▾ before CareJourney: not recorded (40) · Enter signs with its date, e done el",
        " · before   Day −19             Vaccines due before treatment given at least 2…",
        " · before   Day −6              CAR-T product received on site (before lymphod…",
      ])
    #expect(
      MilestonesScreen.listing(state).count == 1 + 40 + MilestonesScreen.rows(Self.nurse()).count)
    _ = send(&state, [.character("b")])
    #expect(!state.milestones.beforeOpen)
  }

  /// Enter on one asks the day it was done, then the signer: it is signed with its real date.
  @Test func oneIsSignedWithItsRealDate() throws {
    var state = Self.nurse()
    _ = send(&state, [.character("b"), .down])
    let milestone = try #require(MilestonesScreen.listing(state)[1].milestone)
    #expect(milestone.id == "vaccines-before-treatment")
    #expect(send(&state, [.enter]).isEmpty)
    #expect(state.mode?.input?.prompt == "Date it was done, YYYY-MM-DD: ")
    // A day in the future is refused with the day accepted; the typed text stays.
    #expect(send(&state, MemoryBackend.typing("2026-12-04") + [.enter]).isEmpty)
    #expect(
      state.notice
        == AppState.Notice(
          kind: .error,
          text:
            "2026-12-04 is in the future (today is 2026-12-03); the latest date accepted is 2026-12-03."
        ))
    _ = send(&state, Array(repeating: .backspace, count: 10))
    #expect(send(&state, MemoryBackend.typing("2026-11-14") + [.enter]).isEmpty)
    #expect(state.mode?.input?.text == "Ana Weber")
    let effects = send(&state, [.enter])
    let day = LocalDate(year: 2026, month: 11, day: 14)!
    #expect(
      effects == [
        .record(.milestoneSigned(milestone: "vaccines-before-treatment", on: day, note: nil))
      ])
  }

  /// `e` marks one done elsewhere: signed, with no date.
  @Test func oneIsMarkedDoneElsewhereWithNoDate() {
    var state = Self.nurse()
    let effects = send(&state, [.character("b"), .down, .character("e"), .enter])
    #expect(
      effects == [
        .record(.milestoneSigned(milestone: "vaccines-before-treatment", on: nil, note: nil))
      ])
  }

  /// `e` means nothing on a milestone from after the first day in CareJourney, and a patient
  /// cannot sign a nurse's milestone, before CareJourney or not.
  @Test func doneElsewhereIsOnlyForWhatCameBefore() {
    var state = Self.nurse()
    #expect(send(&state, [.character("e")]).isEmpty)
    #expect(state.mode == nil)
    #expect(state.notice?.text.hasPrefix("Only a milestone from before CareJourney") == true)
    var patient = AppState(
      author: Author(role: .patient, name: "Maria"), readOnly: false, data: Self.partWay())
    patient.screen = .milestones
    #expect(send(&patient, [.character("b"), .up, .up, .down, .character("e")]).isEmpty)
    #expect(patient.mode == nil)
    #expect(patient.notice?.text.hasPrefix("A nurse signs") == true)
  }
}
