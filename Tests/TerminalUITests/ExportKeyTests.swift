import JourneyCore
import Testing

@testable import TerminalUI

/// The export key: `x` asks for a format on every screen of a journey, Enter asks the loop to
/// export it, and the outcome comes back as the notice.
@Suite struct ExportKeyTests {
  func send(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
    keys.flatMap { reduce(into: &state, .key($0)) }
  }

  static let prompt = AppState.Input(
    .exportFormat, prompt: "Export as csv, json, fhir, ics or html: ")

  @Test(arguments: [Role.patient, .caregiver, .nurse])
  func xAsksForAFormatAndEnterExportsIt(role: Role) {
    var state = Fixture.state(role: role)
    let before = state
    #expect(send(&state, [.character("x")]).isEmpty)
    var expected = before
    expected.mode = .input(Self.prompt)
    #expect(state == expected)

    let effects = send(&state, MemoryBackend.typing(" CSV ") + [.enter])
    #expect(effects == [.export(.csv)])
    expected.mode = .input(
      AppState.Input(.exportFormat, prompt: Self.prompt.prompt, text: " CSV "))
    #expect(state == expected)

    #expect(
      reduce(into: &state, .saved("Exported csv to /home/maria/carejourney-2026-11-22.csv.")) == [
        .reload
      ])
    expected.mode = nil
    expected.notice = AppState.Notice(
      kind: .info, text: "Exported csv to /home/maria/carejourney-2026-11-22.csv.")
    #expect(state == expected)
  }

  @Test(arguments: [AppState.Screen.today, .timeline, .milestones, .trends])
  func everyJourneyScreenHasTheKey(screen: AppState.Screen) {
    var state = Fixture.state()
    state.screen = screen
    _ = send(&state, [.character("x")])
    #expect(state.mode == .input(Self.prompt))
  }

  /// Exporting reads the journey, never writes it: a read-only window may export.
  @Test func aReadOnlyWindowMayExport() {
    var state = Fixture.state(readOnly: true)
    #expect(
      send(&state, [.character("x")] + MemoryBackend.typing("json") + [.enter]) == [.export(.json)])
  }

  @Test func nothingTypedIsRefusedAndEscapeCancels() {
    var state = Fixture.state()
    let before = state
    #expect(send(&state, [.character("x"), .enter]).isEmpty)
    #expect(state.mode == .input(Self.prompt))
    #expect(
      state.notice
        == AppState.Notice(
          kind: .error, text: "Type a format: csv, json, fhir, ics or html; Esc cancels."))
    #expect(send(&state, [.escape]).isEmpty)
    #expect(state == before)
  }

  /// A format not in ``ExportFormat`` is refused before anything runs; what was typed stays
  /// to be fixed.
  @Test func anUnknownFormatKeepsThePromptAndSaysWhy() {
    var state = Fixture.state()
    #expect(send(&state, [.character("x")] + MemoryBackend.typing("pdf") + [.enter]).isEmpty)
    let message = "Not saved: pdf is not a format; type one of csv, json, fhir, ics, html."
    #expect(
      state.mode == .input(AppState.Input(.exportFormat, prompt: Self.prompt.prompt, text: "pdf")))
    #expect(state.notice == AppState.Notice(kind: .error, text: message))
  }

  /// The export runs in the background: its progress line closes the prompt and stays while
  /// keys are typed; the outcome replaces it with the notice, whatever is typed meanwhile.
  @Test func theProgressLineStaysUntilTheExportEnds() {
    var state = Fixture.state()
    _ = send(&state, [.character("x")] + MemoryBackend.typing("html") + [.enter])
    #expect(reduce(into: &state, .working("Exporting html to /home/maria.")).isEmpty)
    var expected = Fixture.state()
    expected.progress = "Exporting html to /home/maria."
    #expect(state == expected)
    #expect(
      Frame.render(state, size: Size(width: 80, height: 24)).lines.contains {
        $0.hasPrefix(" … Exporting html to /home/maria.")
      })
    _ = send(&state, [.character("n")] + MemoryBackend.typing("tired"))
    let done = AppState.Notice(kind: .info, text: "Exported html to /home/maria/x.html.")
    #expect(reduce(into: &state, .finished(done)).isEmpty)
    #expect(state.progress == nil)
    #expect(state.notice == done)
    #expect(state.mode?.input?.text == "tired")
  }

  @Test func theStartScreenHasNoExport() {
    var state = Fixture.state(data: nil)
    #expect(send(&state, [.character("x")]).isEmpty)
    #expect(state.mode == nil)
  }

  @Test func theHelpListsTheKey() {
    let lines = HelpScreen.lines(for: .today).joined(separator: "\n")
    #expect(lines.contains("export to a file: csv, json, fhir, ics or html"))
  }
}
