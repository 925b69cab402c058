import JourneyCore
import Testing

@testable import TerminalUI

/// A nurse started with `--role nurse` and no name (none typed, none remembered): the status line
/// says "nurse" alone, never the login name; signing asks for the name with an empty prompt, and
/// Enter on it refuses; a nurse's form does not open until a name is typed.
@Suite struct NurseNameTests {
  static let size = Size(width: 80, height: 24)

  func send(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
    keys.flatMap { reduce(into: &state, .key($0)) }
  }

  static func unnamed() -> AppState {
    AppState(
      author: Author(role: .nurse, name: ""), readOnly: false, data: Fixture.demo(),
      now: Fixture.now)
  }

  @Test func signingAsksForTheNameWithAnEmptyPromptAndEnterAloneRefuses() throws {
    var state = Self.unnamed()
    #expect(send(&state, [.enter]).isEmpty)
    #expect(state.mode?.input?.text == "")
    #expect(send(&state, [.enter]).isEmpty)
    #expect(
      Frame.render(state, size: Self.size).lines == [
        "   1 Today    2 Timeline  [ 3 Milestones ]  4 Trends    ? Help",
        " Maria Santos · Day +183 · Month 6 · Follow-up",
        " ✗ Type the name of the person signing.",
        " Milestones · Follow-up since 2026-06-22",
        " ✓ done     Day +90 · Month 3   Follow-up visit: SLEDAI-2K, DORIS, blood count…",
        " ✓ done     Day +90 · Month 3   Influenza and COVID-19 vaccines may restart (f…",
        " ✓ done     Day +180 · Month 6  Follow-up visit: SLEDAI-2K, DORIS, blood count…",
        " ✓ done     Day +180 · Month 6  Prophylaxis review: stop HSV/VZV and PJP proph…",
        " ✓ done     Day +180 · Month 6  Inactivated vaccines restart (from about Month…",
        "›○ upcoming Day +270 · Month 9  Follow-up visit: SLEDAI-2K, DORIS, blood count…",
        " ○ upcoming Day +360 · Month 12 Prophylaxis review: stop HSV/VZV and PJP proph…",
        " ○ upcoming Day +360 · Month 12 Live vaccines: not before Year 2 (12 months or…",
        " ○ upcoming Day +360 · Month 12 A new cancer found: contact the sponsor or man…",
        " ○ upcoming Day +360 · Month 12 Yearly long-term check: second cancers (age-ap…",
      ] + Array(repeating: "", count: 8) + [
        "Sign as (Enter confirms, Esc cancels):",
        " Follow-up · Day +183 · Month 6 │ nurse │ Enter confirm  Esc cancel  F1 help",
      ])
    let rows = MilestonesScreen.rows(state)
    let effects = send(&state, MemoryBackend.typing("Ana Weber") + [.enter])
    #expect(
      effects == [
        .record(
          .milestoneSigned(
            milestone: rows[state.milestones.row].id, on: Fixture.today, note: nil))
      ])
    #expect(state.author == Author(role: .nurse, name: "Ana Weber"))
  }

  @Test(arguments: [Character("i"), "r", "s"])
  func aNurseFormWaitsForTheName(key: Character) {
    var state = Self.unnamed()
    #expect(send(&state, [.character(key)]).isEmpty)
    #expect(state.mode == nil)
    #expect(
      state.notice
        == AppState.Notice(
          kind: .error,
          text: "A nurse's form is signed with the nurse's name: p, then Nurse, and type it."))
  }
}
