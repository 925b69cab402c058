import JourneyCore
import Testing

@testable import TerminalUI

/// The SLEDAI-2K form on the nurse's Milestones screen, driven by scripted keys.
@Suite struct SledaiFormTests {
  static let size = Size(width: 80, height: 24)

  func send(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
    keys.flatMap { reduce(into: &state, .key($0)) }
  }

  func down(_ count: Int) -> [Key] { Array(repeating: .down, count: count) }

  /// The demo with medicines started today: a prednisolone dose and two other medicines.
  static func withMedicines(prednisolone dose: String) -> JourneyData {
    var data = Fixture.demo()
    let nurse = Author(role: .nurse, name: "Ana Weber")
    let changes: [(String, String)] = [
      ("prednisolone", dose), ("hydroxychloroquine", "200 mg/day"),
      ("aciclovir", "400 mg twice daily"),
    ]
    for (index, (name, dose)) in changes.enumerated() {
      data.entries.append(
        Entry(
          id: "med\(index)", recordedAt: data.now, observedAt: data.now, author: nurse,
          body: .medicationChange(name: name, dose: dose, change: .start, reason: nil)))
    }
    return data
  }

  @Test func theFormScoresAsYouGoAndSavesWhatTheCommandSaves() {
    var state = Fixture.state(role: .nurse)
    let before = state
    // Seizure (8), proteinuria (4, row 13), low complement (2, row 20, serology); then the
    // physician global, and the prednisolone the medication list gives (none today: 0).
    var effects = send(
      &state,
      [.character("s"), .character(" ")] + down(12) + [.character(" ")] + down(7)
        + [.character("x")] + down(5) + MemoryBackend.typing("0,2"))
    #expect(effects.isEmpty)
    var expected = SledaiForm(
      today: Fixture.today, entries: Fixture.demo().entries, settings: Fixture.care.remission)
    expected.present[0] = true
    expected.present[12] = true
    expected.present[19] = true
    expected.physicianGlobal = "0.2"
    expected.focus = 24
    var expectedState = before
    expectedState.mode = .nurseForm(.sledai(expected))
    #expect(state == expectedState)
    #expect(expected.prednisolone == "0")
    #expect(expected.prednisoloneSource == "none in the medication list")
    let score = expected.score
    #expect([score.total, score.clinical] == [14, 12])
    #expect(score.present == ["seizure", "proteinuria", "low-complement"])
    effects = send(&state, [.enter])
    #expect(
      effects == [
        .log([
          .assessment(
            sledai: ["seizure", "proteinuria", "low-complement"], physicianGlobal: 0.2,
            prednisoloneMg: 0, immunosuppressants: [])
        ])
      ])
    #expect(reduce(into: &state, .saved("Saved: SLEDAI-2K 14")) == [.reload])
    #expect(state.mode == nil)
  }

  @Test func escapeCancelsWithoutSaving() {
    var state = Fixture.state(role: .nurse)
    let before = state
    #expect(
      send(&state, [.character("s"), .character(" "), .down, .character(" "), .escape]).isEmpty)
    #expect(state == before)
  }

  @Test(
    "a number that cannot be saved is refused, and the focus goes to it",
    arguments: [
      // The demo's last row is its hydroxychloroquine; above it prednisolone, then the PGA.
      (
        [Key]([.end, .up, .up]) + MemoryBackend.typing("4"), 24,
        "Physician global 4 is not 0 to 3; type it like 0.2."
      ),
      (
        [Key]([.end, .up, .up]) + MemoryBackend.typing("0..5"), 24,
        "Physician global 0..5 is not 0 to 3; type it like 0.2."
      ),
      (
        [Key]([.end, .up, .backspace]) + MemoryBackend.typing("2000"), 25,
        "Prednisolone 2000 is not a dose in mg/day (0–1000); check it."
      ),
    ])
  func refusedNumbers(keys: [Key], row: Int, message: String) throws {
    var state = Fixture.state(role: .nurse)
    #expect(send(&state, [.character("s")] + keys + [.home, .enter]).isEmpty)
    guard case .nurseForm(.sledai(let form))? = state.mode else {
      Issue.record("the form closed")
      return
    }
    #expect(form.focus == row)
    #expect(state.notice == AppState.Notice(kind: .error, text: message))
  }

  @Test(
    "the prednisolone dose and the other medicines come from the medication list",
    arguments: [
      (
        "7.5 mg daily", "7.5", "medication list: prednisolone 7.5 mg daily since 2026-11-22",
        Double?.some(7.5)
      ),
      (
        "5 mg twice daily", "",
        "medication list: prednisolone \"5 mg twice daily\" is not N mg/day", nil
      ),
    ])
  func fromTheMedicationList(dose: String, field: String, source: String, saved: Double?) {
    var state = Fixture.state(role: .nurse, data: Self.withMedicines(prednisolone: dose))
    _ = send(&state, [.character("s")])
    guard case .nurseForm(.sledai(let form))? = state.mode else {
      Issue.record("no form")
      return
    }
    #expect(form.prednisolone == field)
    #expect(form.prednisoloneSource == source)
    // Hydroxychloroquine starts unmarked: the protocol's drug-free remission allows
    // antimalarials (clinical.md §10.2).
    #expect(
      form.medicines == [
        SledaiForm.Medicine(name: "aciclovir", dose: "400 mg twice daily", counts: true),
        SledaiForm.Medicine(name: "hydroxychloroquine", dose: "200 mg/day", counts: false),
      ])
    // Aciclovir is no immunosuppressant: the nurse unmarks it (the last-but-one row), and marks
    // hydroxychloroquine, say for a trial that counts it.
    let effects = send(&state, [.end, .up, .character(" "), .down, .character(" "), .enter])
    #expect(
      effects == [
        .log([
          .assessment(
            sledai: [], physicianGlobal: nil, prednisoloneMg: saved,
            immunosuppressants: ["hydroxychloroquine"])
        ])
      ])
  }

  @Test(arguments: ["i", "r", "s"] as [Character])
  func onlyANurseOpensTheForms(key: Character) {
    var state = Fixture.state(role: .caregiver)
    _ = send(&state, [.character("3")])
    #expect(send(&state, [.character(key)]).isEmpty)
    #expect(state.mode == nil)
    #expect(state.notice?.text.hasSuffix("start CareJourney with --role nurse.") == true)
  }

  @Test func at80x24TheFormScrollsAndKeepsTheCursorOnTheFocusedRow() throws {
    var state = Fixture.state(role: .nurse)
    _ = send(&state, [.character("s")] + down(19) + [.character(" ")])
    var frame = Frame.render(state, size: Self.size)
    let lines = frame.lines
    #expect(lines[2] == " SLEDAI-2K 2 of 105 · clinical SLEDAI 0")
    #expect(lines[3] == " DORIS not met: physician global not recorded (must be below 0.5)")
    #expect(lines[4] == " Rows 10–27 of 27 · ↑/↓ move · Space marks · Enter saves · Esc cancels")
    #expect(lines[5] == "   [ ]  4  Myositis")
    #expect(lines[15] == " › [x]  2  Low complement (serology: not in the clinical SLEDAI)")
    #expect(lines[20] == "   Physician global assessment, 0–3: (not given)")
    #expect(lines[21] == "   Prednisolone mg/day: 0  (none in the medication list)")
    #expect(
      lines[22] == "   [ ] immunosuppressant, antimalarial or biologic: hydroxychloroquine 200 mg/d"
    )
    var cursor = try #require(frame.cursor)
    #expect(cursor.y == 15 && cursor.x == 1)
    #expect(frame[3, 15].style.role == .selection)

    // Home goes back to the top; the first rows show again, the cursor with them.
    _ = send(&state, [.home, .character(" ")])
    frame = Frame.render(state, size: Self.size)
    #expect(frame.lines[2] == " SLEDAI-2K 10 of 105 · clinical SLEDAI 8")
    #expect(
      frame.lines[3]
        == " DORIS not met: clinical SLEDAI 8 > 0; physician global not recorded (must be")
    #expect(frame.lines[4] == "   below 0.5)")
    // On seizure, what must be ruled out after CAR-T (clinical.md §9).
    #expect(
      frame.lines[5]
        == " Seizure counts only if not from a metabolic, infectious or drug cause; after")
    #expect(frame.lines[6] == "   CAR-T, not ICANS.")
    #expect(
      frame.lines[7] == " Rows 1–15 of 27 · ↑/↓ move · Space marks · Enter saves · Esc cancels")
    #expect(frame.lines[8] == " › [x]  8  Seizure (exclusions apply)")
    cursor = try #require(frame.cursor)
    #expect(cursor.y == 8)

    // In a number field the cursor waits after what was typed.
    _ = send(&state, [.end, .up, .up] + MemoryBackend.typing("0.4"))
    frame = Frame.render(state, size: Self.size)
    let row = try #require(frame.lines.firstIndex { $0.hasPrefix(" › Physician global") })
    #expect(frame.lines[row] == " › Physician global assessment, 0–3: 0.4")
    cursor = try #require(frame.cursor)
    #expect(
      cursor.y == row
        && cursor.x == 1 + TextWidth.of(text: "› Physician global assessment, 0–3: 0.4"))
  }

  @Test func aSavedAssessmentsNoticeWrapsToShowTheReasons() {
    var state = Fixture.state(role: .nurse)
    _ = reduce(
      into: &state,
      .saved(
        "Saved: SLEDAI-2K 14 (clinical 12) · DORIS not met: clinical SLEDAI 12 > 0; "
          + "physician global 1 is not below 0.5"))
    let lines = Frame.render(state, size: Self.size).lines
    #expect(
      lines[2] == " ✓ Saved: SLEDAI-2K 14 (clinical 12) · DORIS not met: clinical SLEDAI 12 > 0;")
    #expect(lines[3] == "   physician global 1 is not below 0.5")
    #expect(lines[4].hasPrefix(" Milestones · Follow-up"))
  }
}

extension SledaiFormTests {
  /// The nurse opens the form before the older days are read (the first frame holds the last
  /// week): once they arrive, the medicines and the prednisolone dose follow the whole
  /// medication list, keeping what she already marked and typed; until then Enter does not save
  /// an assessment judged on part of the list.
  @Test func theFormFollowsTheMedicationListWhenTheHistoryArrives() {
    let whole = SledaiFormTests.withMedicines(prednisolone: "7.5 mg/day")
    var partial = whole
    partial.entries.removeAll { $0.id.hasPrefix("med") }
    partial.entriesFrom = Fixture.today
    var state = Fixture.state(role: .nurse)
    _ = reduce(into: &state, .loaded(partial))
    _ = send(&state, [.character("s"), .character(" ")] + down(24) + MemoryBackend.typing("0.2"))
    #expect(send(&state, [.enter]).isEmpty)
    #expect(state.notice?.text.contains("still being read") == true)

    var complete = whole
    complete.entriesFrom = Fixture.today
    complete.older = OlderHistory()
    _ = reduce(into: &state, .loaded(complete))
    var expected = SledaiForm(
      today: Fixture.today, entries: whole.entries, settings: Fixture.care.remission)
    expected.present[0] = true
    expected.physicianGlobal = "0.2"
    expected.focus = 24
    #expect(state.mode == .nurseForm(.sledai(expected)))
    #expect(expected.prednisolone == "7.5")
    #expect(expected.medicines.map(\.name) == ["aciclovir", "hydroxychloroquine"])
  }
}
