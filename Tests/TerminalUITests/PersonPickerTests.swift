import JourneyCore
import Testing

@testable import TerminalUI

/// Who is at the keyboard: asked once on a computer, shown in the status line, switched with
/// `p`, the name confirmed as signing confirms it.
@Suite struct PersonPickerTests {
  func send(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
    keys.flatMap { reduce(into: &state, .key($0)) }
  }

  /// The first start on a computer with a journey asks before anything else.
  @Test func theFirstStartAsksOnceAndRemembers() {
    var state = AppState(
      author: Author(role: .patient, name: "Maria Santos"), readOnly: false, data: Fixture.demo(),
      askPerson: true)
    #expect(state.mode == .personPicker(row: 0))
    let lines = Frame.render(state, size: Size(width: 80, height: 24)).lines
    #expect(
      Array(lines[0...8]) == [
        " [ 1 Today ]  2 Timeline    3 Milestones    4 Trends    ? Help",
        " Maria Santos · Day +183 · Month 6 · Follow-up",
        " ? Who is using CareJourney on this computer? Asked once; p switches later.",
        " Who is at the keyboard? ↑/↓ or 1–3, Enter chooses, Esc cancels",
        "› 1 Patient    logs temperatures, symptoms and medicines",
        "  2 Caregiver  reviews the timeline; logs for the patient",
        "  3 Nurse      signs milestones, ICE score, CRS/ICANS grading",
        "",
        "",
      ])
    // Keys go to the picker, not to the screen below it.
    let effects = send(
      &state, [.character("t"), .down, .enter] + MemoryBackend.typing("Tom Santos") + [.enter])
    let tom = Author(role: .caregiver, name: "Tom Santos")
    #expect(effects == [.rememberPerson(tom)])
    #expect(state.author == tom)
    #expect(!state.askPerson && state.mode == nil)
    #expect(
      state.notice
        == AppState.Notice(kind: .info, text: "Now at the keyboard: Tom Santos (caregiver)."))
    let status = Frame.render(state, size: Size(width: 80, height: 24)).lines[23]
    #expect(
      status.hasPrefix(" Follow-up · Day +183 · Month 6 │ Tom Santos (caregiver) │ "), "\(status)")
  }

  /// Nobody is asked again once remembered, nor when `--name` was given (`askPerson` false).
  @Test func nobodyIsAskedWhenThePersonIsKnown() {
    let state = Fixture.state()
    #expect(state.mode == nil && !state.askPerson)
  }

  struct Switch: CustomStringConvertible, Sendable {
    var from: Author
    var keys: [Key]
    var filledIn: String
    var description: String { "\(from) → \(filledIn)" }
  }

  /// `p` switches person; the name is filled in with what the app knows and confirmed.
  static let switches: [Switch] = [
    // The same role keeps the name: Enter confirms it.
    Switch(from: Author(role: .caregiver, name: "Tom"), keys: [.enter], filledIn: "Tom"),
    // The patient's name for the patient.
    Switch(
      from: Author(role: .caregiver, name: "Tom"), keys: [.character("1"), .enter],
      filledIn: "Maria Santos"),
    // A nurse types their own name.
    Switch(
      from: Author(role: .patient, name: "Maria Santos"), keys: [.character("3"), .enter],
      filledIn: ""),
  ]

  @Test(arguments: switches)
  func pSwitchesPersonWithTheNameConfirmed(_ s: Switch) {
    var state = AppState(author: s.from, readOnly: false, data: Fixture.demo())
    #expect(send(&state, [.character("p")] + s.keys).isEmpty)
    #expect(state.mode?.input?.text == s.filledIn)
    #expect(state.mode?.input?.prompt.hasPrefix("Your name as ") == true)
  }

  @Test func escapeKeepsWhoWasTyping() {
    var state = Fixture.state(role: .caregiver)
    let before = state.author
    #expect(send(&state, [.character("p"), .down, .escape]).isEmpty)
    #expect(state.author == before && state.mode == nil)
    #expect(send(&state, [.character("p"), .enter, .escape]).isEmpty)
    #expect(state.author == before && state.mode == nil)
  }

  /// Switching to a nurse opens the nurse's forms, with the name typed.
  @Test func aNurseSwitchedInMayUseTheNurseForms() {
    var state = Fixture.state()
    #expect(send(&state, [.character("3")]).isEmpty)
    #expect(send(&state, [.character("i")]).isEmpty)
    #expect(state.mode == nil)
    let effects = send(
      &state,
      [.character("p"), .character("3"), .enter] + MemoryBackend.typing("Ana Weber") + [.enter])
    #expect(effects == [.rememberPerson(Author(role: .nurse, name: "Ana Weber"))])
    _ = send(&state, [.character("i")])
    #expect(state.mode != nil)
  }
}
