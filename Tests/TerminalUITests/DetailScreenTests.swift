import FrameTesting
import JourneyCore
import Testing

@testable import TerminalUI

/// Enter on a Timeline row (or a signed milestone) opens it whole: the text wrapped, when it
/// happened and was written, by whom, its alert and its correction; from there the person who
/// may correct it strikes it out or gives a new value, with a reason.
@Suite struct DetailScreenTests {
  static func keys(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
    keys.flatMap { reduce(into: &state, .key($0)) }
  }

  /// The detail of the visit's labs at 80x24, for a caregiver, its `Written` row given.
  static func labsDetail(written: String) -> [String] {
    [
      "   1 Today  [ 2 Timeline ]  3 Milestones    4 Trends    ? Help",
      " Maria Santos · Day +183 · Month 6 · Follow-up",
      " Detail · labs · Esc goes back",
      " Labs: Anti-dsDNA 6 IU/mL, C3 1.08 g/L (108 mg/dL, in range), C4 19 mg/dL (in",
      " range), Creatinine 0.75 mg/dL (in range), Urine protein/creatinine ratio 0.15",
      " g/g (in range), IgG 6.1 g/L (610 mg/dL, low), Neutrophils 3.1 G/L (3100 /µL,",
      " in range), CD19 B cells 120 cells/µL (in range), CD4 count 310 cells/µL (low),",
      " Platelets 210 10^9/L (in range), Haemoglobin 12.8 g/dL (in range), Ferritin 95",
      " ng/mL (in range), CRP 2 mg/L (in range)",
      " Happened    11:00 on 2026-11-19, Day +180 · Month 6 · Follow-up",
      " Written     " + written,
      " Alert       none",
      " Correction  none",
      " Line id     demo-00272 (carejourney amend demo-00272 --reason TEXT …)",
      "",
      " s strikes it out · c gives it a new value · each asks why · Esc goes back",
    ] + Array(repeating: "", count: 7) + [
      " Follow-up · Day +183 · Month 6 │ Maria Santos (caregiver) │ c correct  ? help"
    ]
  }

  /// The visit's labs, cut at the right edge in the list, read whole.
  @Test func enterOnATimelineRowShowsItWhole() {
    var state = Fixture.state(role: .caregiver)
    _ = Self.keys(&state, [.down, .down, .down, .down, .enter])
    expectFrame(
      state, Self.labsDetail(written: "11:00 on 2026-11-19 by Ana Weber (nurse)"), cursorRow: 3)
  }

  /// Once two computers write to the journey, the Timeline names the one a line came from; the
  /// detail says it beside the author.
  @Test func aLineFromAnotherComputerNamesIt() throws {
    var data = Fixture.demo()
    let index = try #require(data.entries.firstIndex { $0.id == "demo-00272" })
    data.entries[index].device = "Ana's laptop"
    var state = Fixture.state(role: .caregiver, data: data)
    _ = Self.keys(&state, [.down, .down, .down, .down, .enter])
    expectFrame(
      state,
      Self.labsDetail(written: "11:00 on 2026-11-19 by Ana Weber (nurse) on Ana's laptop"),
      cursorRow: 3)
  }

  /// The patient's 08:30 temperature today, struck out with a reason: the effect is the one
  /// correction the command line's `amend --strike` writes.
  @Test func strikingOutAsksWhyAndAsksForTheCorrection() throws {
    var state = Fixture.state()
    _ = Self.keys(&state, [.character("2"), .down])
    let item = try #require(
      state.views.timeline.first { $0.text == "Temperature 36.9 °C" && $0.date == Fixture.today })
    assertTransition(&state, .key(.enter)) { $0.mode = .detail(.line(item)) }
    assertTransition(&state, .key(.character("s"))) {
      $0.mode = .input(
        AppState.Input(
          .correctionReason(id: item.id, change: .strike), prompt: "Why strike it out? "))
    }
    let reason: [Key] = MemoryBackend.typing("wrong patient") + [.enter]
    let effects = Self.keys(&state, reason)
    #expect(effects == [.correct(id: item.id, reason: "wrong patient", change: .strike)])
  }

  @Test func aNewTemperatureIsCheckedThenAskedWhy() throws {
    var state = Fixture.state()
    _ = Self.keys(&state, [.character("2"), .down, .enter, .character("c")])
    let id = try #require(
      state.mode?.input.flatMap {
        if case .correctionValue(let id, "temperature") = $0.purpose { id } else { nil }
      })
    // 3.78 is no temperature: refused, the line kept to be fixed.
    _ = Self.keys(&state, MemoryBackend.typing("3.78") + [.enter])
    #expect(state.notice?.kind == .error)
    #expect(state.mode?.input?.text == "3.78")
    _ = Self.keys(&state, [.backspace, .backspace, .backspace, .backspace])
    let effects = Self.keys(
      &state,
      MemoryBackend.typing("37.8\rmisread\r").map {
        $0 == .character("\r") ? .enter : $0
      })
    #expect(
      effects == [
        .correct(
          id: id, reason: "misread", change: .value(.temperature(celsius: 37.8, asTyped: "37.8")))
      ])
  }

  /// A nurse's signature: the patient reads it whole but may not correct it, and is told why.
  @Test func onlyThoseWhoMayWriteALineMayCorrectIt() {
    var state = Fixture.state()
    _ = Self.keys(&state, [.character("2")] + Array(repeating: .down, count: 6) + [.enter])
    let before = state
    assertTransition(&state, .key(.character("s"))) {
      $0.notice = AppState.Notice(
        kind: .error,
        text: "Only a nurse may correct this line; Maria Santos is at the keyboard as patient (p "
          + "switches person).")
    }
    #expect(state.mode == before.mode)
  }

  /// Enter on a signed milestone: who signed it, when, the whole title and its source.
  @Test func enterOnASignedMilestoneShowsItsSignature() {
    var state = Fixture.state(role: .nurse)
    _ = Self.keys(&state, [.up, .enter])
    expectFrame(
      state,
      [
        "   1 Today    2 Timeline  [ 3 Milestones ]  4 Trends    ? Help",
        " Maria Santos · Day +183 · Month 6 · Follow-up",
        " Detail · milestone · Esc goes back",
        " Inactivated vaccines restart (from about Month 6; at least 2 months after IgG",
        " replacement)",
        " Due         2026-11-19",
        " Signer      a nurse",
        " Source      ASH vaccination table; Reynolds et al., Transpl Infect Dis 2023",
        " Signed      on 2026-11-19 by Ana Weber (nurse)",
        " Correction  none",
        " Line id     demo-00076",
        "",
        " s strikes it out · c gives it a new value · each asks why · Esc goes back",
      ] + Array(repeating: "", count: 10) + [
        " Follow-up · Day +183 · Month 6 │ Ana Weber (nurse) │ s strike out  ? help"
      ], cursorRow: 3)
  }
}
