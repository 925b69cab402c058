import JourneyCore
import Testing

@testable import TerminalUI

/// Screens rendered into the cell buffer, and the app loop driven by scripted keys.
@Suite struct ScreenRenderTests {
  @Test func todayAt80x24ShowsTabsBannerAndKeys() {
    let frame = Frame.render(Fixture.state(), size: Size(width: 80, height: 24))
    let lines = frame.lines
    #expect(lines[0].hasPrefix(" [ 1 Today ]  2 Timeline"))
    #expect(lines[1] == " Maria Santos · Day +183 · Month 6 · Follow-up")
    #expect(lines[2] == " Sunday 2026-11-22 · 09:00")
    #expect(lines[4...5] == [" Logged today:", "    08:30  Temperature 36.9 °C  — Maria Santos"])
    // Who is at the keyboard is in the status line: what is written is signed with that name.
    #expect(
      lines[23] == " Follow-up · Day +183 · Month 6 │ Maria Santos (patient) │ q quit  ? help")
    #expect(frame[1, 1].style.role == .banner)
  }

  @Test(arguments: [
    Size(width: 39, height: 24), Size(width: 80, height: 11), Size(width: 20, height: 5),
  ])
  func belowTheMinimumSaysTooSmallButStillShowsTheAlert(size: Size) {
    var state = Fixture.state()
    var data = Fixture.demo()
    data.entries.append(
      Entry(
        id: "f", recordedAt: data.now, observedAt: data.now, author: state.author,
        body: .temperature(celsius: 38.6, asTyped: "38.6")))
    _ = reduce(into: &state, .loaded(data))
    let lines = Frame.render(state, size: size).lines
    #expect(lines[0].hasPrefix("Day +183"))
    #expect(lines[1].hasPrefix("!! URGENT"))
    #expect(lines.joined(separator: " ").contains("Terminal too small"))
  }

  @Test func timelineMarksAlertsAndStrikesCorrections() {
    var data = Fixture.demo()
    let author = Author(role: .patient, name: "Maria Santos")
    let at = Timestamp(date: Fixture.today, secondOfDay: 8 * 3600, utcOffset: 3600)
    data.entries.append(
      Entry(
        id: "typo", recordedAt: at, observedAt: at, author: author,
        body: .temperature(celsius: 38.7, asTyped: "38.7")))
    data.entries.append(
      Entry(
        id: "fix", recordedAt: data.now, observedAt: at, author: author,
        body: .correction(
          target: "typo", reason: "misread",
          replacement: .temperature(celsius: 37.8, asTyped: "37.8"))))
    let state = Fixture.state(role: .caregiver, data: data)
    let lines = Frame.render(state, size: Size(width: 100, height: 24)).lines
    #expect(lines.contains { $0.contains("▌FOLLOW-UP  2026-11-22  Day +183 · Month 6") })
    #expect(
      lines.contains { $0.contains("08:00  \(Strike.through("Temperature 38.7 °C")) (struck out)") }
    )
    #expect(
      lines.contains {
        $0.contains("08:00  Temperature 37.8 °C (corrects typo by Maria Santos (patient): misread)")
      })
  }

  @Test func milestonesShowStatusInWordsAndTheCursorOnTheSelectedRow() throws {
    let frame = Frame.render(Fixture.state(role: .nurse), size: Size(width: 80, height: 24))
    let lines = frame.lines
    #expect(lines[2].hasPrefix(" Milestones · Follow-up since 2026-06-22"))
    #expect(
      lines.contains { $0.hasPrefix("›○ upcoming Day +270 · Month 9  Follow-up visit: SLEDAI-2K") },
      "\(lines)")
    let cursor = try #require(frame.cursor)
    #expect(lines[cursor.y].hasPrefix("›"))
  }

  @Test func helpIsGeneratedFromTheKeyMap() {
    for screen in AppState.Screen.allCases {
      let lines = HelpScreen.lines(for: screen)
      for binding in KeyMap.bindings(on: screen) {
        #expect(
          lines.contains { $0.contains(binding.label) && $0.contains(binding.help) },
          "\(screen): \(binding.label)")
      }
      #expect(
        lines.contains(
          "  manufacturing → lymphodepletion, leukapheresis (recollection, reason), withdrawn (withdrawal, reason)"
        ))
    }
  }

  @Test func startScreenOffersANewJourneyAndTheDemo() {
    var state = Fixture.state(data: nil)
    let lines = Frame.render(state, size: Size(width: 80, height: 24)).lines
    #expect(lines.contains { $0.contains("n  start a new journey") })
    #expect(lines.contains { $0.contains("d  open the demo journey") })
    #expect(reduce(into: &state, .key(.character("d"))) == [.openDemo])
    var effects: [Effect] = []
    // Name, screening (the first phase) since today, the planned infusion, the phone, no date
    // of birth, sex or number, and the patient herself typing (her name filled in).
    let keys: [Key] =
      [.character("n")] + MemoryBackend.typing("Jo Doe") + [.enter, .enter, .enter]
      + MemoryBackend.typing("2026-12-14") + [.enter] + MemoryBackend.typing("+49 1")
      + [.enter, .enter, .enter, .enter, .enter, .enter]
    for key in keys {
      effects += reduce(into: &state, .key(key))
    }
    let plan = JourneyStartPlan(
      patient: "Jo Doe", phase: .screening, phaseBegan: Fixture.today,
      infusion: LocalDate(year: 2026, month: 12, day: 14), teamPhone: "+49 1")
    #expect(effects == [.start(plan, typist: Author(role: .patient, name: "Jo Doe"))])
  }

  @Test func hostileTextIsShownEscaped() {
    var data = Fixture.demo()
    let at = data.now
    data.entries.append(
      Entry(
        id: "x", recordedAt: at, observedAt: at, author: Author(role: .patient, name: "M\u{1B}[2J"),
        body: .note(text: "hi\u{1B}]0;pwned\u{7}\u{202E}")))
    let lines = Frame.render(Fixture.state(data: data), size: Size(width: 100, height: 24)).lines
    #expect(lines.contains { $0.contains("Note: hi^[]0;pwned^G<U+202E>  — M^[[2J") })
    #expect(!lines.joined().unicodeScalars.contains { $0.value == 0x1B })
  }
}

@Suite struct AlertMarkTests {
  /// A severe symptom is a call-today flag: marked `!`, never with the urgent `!!`.
  @Test func aRowIsMarkedWithItsOwnAlertLevel() {
    var data = Fixture.demo()
    let at = data.now
    let author = Author(role: .patient, name: "Maria Santos")
    data.entries.append(
      Entry(
        id: "tired", recordedAt: at, observedAt: at, author: author,
        body: .symptom(name: "fatigue", severity: 3)))
    data.entries.append(
      Entry(
        id: "hot", recordedAt: at, observedAt: at, author: author,
        body: .temperature(celsius: 38.5, asTyped: "38.5")))
    let frame = Frame.render(Fixture.state(data: data), size: Size(width: 100, height: 30))
    let lines = frame.lines
    let fatigue = lines.firstIndex { $0.contains("Fatigue: severe (3/4)  —") }
    let fever = lines.firstIndex { $0.contains("Temperature 38.5 °C  —") }
    #expect(fatigue.map { lines[$0].hasPrefix("  ! 09:00") } == true)
    #expect(fever.map { lines[$0].hasPrefix(" !! 09:00") } == true)
    #expect(fatigue.map { frame[2, $0].style.role } == .warning)
    #expect(fever.map { frame[1, $0].style.role } == .urgent)
  }
}
