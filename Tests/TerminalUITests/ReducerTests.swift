import JourneyCore
import Testing

@testable import TerminalUI

/// Whole-state assertions on the reducer: a key in, the new state and the effects out.
@Suite struct ReducerTests {
  func send(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
    keys.flatMap { reduce(into: &state, .key($0)) }
  }

  @Test(arguments: [
    (Role.patient, AppState.Screen.today), (.caregiver, .timeline), (.nurse, .milestones),
  ])
  func eachRoleStartsOnItsScreen(role: Role, screen: AppState.Screen) {
    #expect(Fixture.state(role: role).screen == screen)
    #expect(Fixture.state(role: role, data: nil).screen == .start)
  }

  @Test func loggingATemperatureKeepsTheInputUntilItIsSaved() {
    var state = Fixture.state()
    let before = state
    let effects = send(&state, [.character("t")] + MemoryBackend.typing("38,4") + [.enter])
    #expect(effects == [.log([.temperature(celsius: 38.4, asTyped: "38,4")])])
    var expected = before
    expected.mode = .input(
      AppState.Input(.temperature, prompt: "Temperature (°C, e.g. 37.8): ", text: "38,4"))
    #expect(state == expected)
    #expect(reduce(into: &state, .saved("Saved: Temperature 38.4 °C")) == [.reload])
    expected.mode = nil
    expected.notice = AppState.Notice(kind: .info, text: "Saved: Temperature 38.4 °C")
    #expect(state == expected)
  }

  @Test func aTypoIsRefusedAndTheTypedTextStays() {
    var state = Fixture.state()
    let effects = send(&state, [.character("t")] + MemoryBackend.typing("382") + [.enter])
    #expect(effects.isEmpty)
    #expect(state.mode?.input?.text == "382")
    #expect(state.notice?.kind == .error)
    #expect(state.notice?.text.contains("34.0–43.0 °C") == true)
  }

  @Test func aFailedSaveKeepsTheInputOnScreen() {
    var state = Fixture.state()
    _ = send(&state, [.character("n")] + MemoryBackend.typing("feeling better") + [.enter])
    _ = reduce(into: &state, .failed("Not saved: the disk is full. Your note is still here."))
    #expect(state.mode?.input?.text == "feeling better")
    #expect(
      state.notice
        == AppState.Notice(
          kind: .error, text: "Not saved: the disk is full. Your note is still here."))
  }

  @Test func escapeCancelsTypingWithoutEffects() {
    var state = Fixture.state()
    let before = state
    #expect(send(&state, [.character("m")] + MemoryBackend.typing("pred") + [.escape]).isEmpty)
    #expect(state == before)
  }

  @Test func symptomPickerChoosesNameAndSeverity() throws {
    var state = Fixture.state()
    let effects = send(&state, [.character("s"), .down, .down, .character("3"), .enter])
    let third = try #require(Fixture.care.symptoms.dropFirst(2).first)
    #expect(effects == [.log([.symptom(name: third.id, severity: 3)])])
  }

  @Test func readOnlyRefusesWritingAndSaysWhy() {
    var state = Fixture.state(readOnly: true)
    #expect(send(&state, [.character("t")]).isEmpty)
    #expect(state.mode == nil)
    #expect(state.notice?.text.contains("Read-only") == true)
  }

  @Test func tabCyclesTheScreensAndNumbersJump() {
    var state = Fixture.state()
    var seen: [AppState.Screen] = []
    for _ in 0..<4 {
      _ = send(&state, [.tab])
      seen.append(state.screen)
    }
    #expect(seen == [.timeline, .milestones, .trends, .today])
    _ = send(&state, [.backTab])
    #expect(state.screen == .trends)
    _ = send(&state, [.character("3")])
    #expect(state.screen == .milestones)
    _ = send(&state, [.character("?")])
    #expect(state.screen == .help)
    _ = send(&state, [.escape])
    #expect(state.screen == .milestones)
  }

  @Test func aPatientCannotSignANurseMilestoneOrOpenTheNurseForms() {
    var state = Fixture.state(role: .patient)
    _ = send(&state, [.character("3")])
    #expect(send(&state, [.character("i")]).isEmpty)
    #expect(state.mode == nil)
    #expect(state.notice?.text.contains("--role nurse") == true)
  }

  @Test func theNurseSignsTheSelectedMilestoneUnderAName() throws {
    var state = Fixture.state(role: .nurse)
    let rows = MilestonesScreen.rows(state)
    let index = try #require(rows.firstIndex { $0.status != .done })
    #expect(state.milestones.row == index)
    _ = send(&state, [.enter])
    #expect(state.mode?.input?.text == "Ana Weber")
    let effects = send(
      &state,
      [.backspace, .backspace, .backspace, .backspace, .backspace] + MemoryBackend.typing("Lee") + [
        .enter
      ])
    #expect(
      effects == [
        .record(.milestoneSigned(milestone: rows[index].id, on: Fixture.today, note: nil))
      ])
    #expect(state.author.name == "Ana Lee")
  }

  @Test func advancingAskForAReasonWhereTheTableNeedsOne() {
    var state = Fixture.state(role: .nurse)
    // From follow-up: completed (normal), hospital-stay (readmission), withdrawn.
    _ = send(&state, [.character("a")])
    #expect(state.mode == .phasePicker(row: 0))
    _ = send(&state, [.down, .enter])
    #expect(state.mode?.input?.purpose == .reason(phase: .hospitalStay))
    let effects = send(&state, MemoryBackend.typing("fever 38.6") + [.enter])
    #expect(
      effects == [
        .record(
          .phaseEntered(phase: .hospitalStay, on: Fixture.today, reason: "fever 38.6", note: nil))
      ])
  }

  @Test func timelineFilterSearchAndJump() throws {
    var state = Fixture.state(role: .caregiver)
    _ = send(&state, [.character("f")])
    #expect(state.timeline.filter == .fever)
    let rows = TimelineScreen.rows(state)
    #expect(
      rows.allSatisfy {
        if case .item(let item) = $0 { return item.kind == .temperature } else { return true }
      })
    _ = send(&state, [.character("/")] + MemoryBackend.typing("38.9") + [.enter])
    #expect(
      TimelineScreen.rows(state).contains {
        if case .item(let item) = $0 { return item.text.contains("38.9") } else { return false }
      })
    _ = send(&state, [.character("f"), .character("f"), .character("f"), .character("f")])
    #expect(state.timeline.filter == .all)
    _ = send(&state, [.character("/"), .backspace, .backspace, .backspace, .backspace, .enter])
    #expect(state.timeline.search.isEmpty)
    _ = send(&state, [.character("g")] + MemoryBackend.typing("+16") + [.enter])
    let row = TimelineScreen.rows(state)[state.timeline.row]
    guard case .day(_, let day, _) = row else {
      Issue.record("not a day header: \(row)")
      return
    }
    #expect(day.number == 16)
  }

  @Test func iceFormScoresAsYouGoAndSavesTheScore() {
    var state = Fixture.state(role: .nurse)
    _ = send(
      &state, [.character("i"), .character(" "), .down, .down, .down, .down, .character(" ")])
    guard case .nurseForm(.ice(let items, _))? = state.mode else {
      Issue.record("no ICE form")
      return
    }
    #expect(items.reduce(0, +) == 8)
    let effects = send(&state, [.enter])
    #expect(
      effects == [
        .log([.ice(ICEScore(orientation: 3, naming: 2, commands: 1, writing: 1, attention: 1))])
      ])
  }
}

@Suite struct HelpScrollTests {
  @Test func pageDownScrollsTheHelpAndEscapeGoesBack() {
    var state = Fixture.state(role: .caregiver)
    _ = reduce(into: &state, .key(.character("?")))
    #expect(state.screen == .help)
    #expect(state.help.previous == .timeline)
    let top = Frame.render(state, size: Size(width: 80, height: 24)).lines
    #expect(top.contains { $0.contains("PgDn for more") })
    _ = reduce(into: &state, .key(.pageDown))
    #expect(state.help.row == 10)
    let scrolled = Frame.render(state, size: Size(width: 80, height: 24)).lines
    #expect(scrolled.contains { $0.contains("Phases and the moves allowed between them:") })
    _ = reduce(into: &state, .key(.escape))
    #expect(state.screen == .timeline)
  }
}
