import Foundation
import JourneyApp
import JourneyCore
import JourneyStore
import TerminalUI
import Testing

/// The screens driven through the real runner: keys in, files written, whole frames out.
@Suite struct ScreensRunnerTests {
  @Test func loggingAFeverWithKeysShowsTheUrgentAlertAtOnceInWordsAndSymbol() throws {
    let harness = try ScreensHarness(
      keys: [.character("t")] + MemoryBackend.typing("38.4") + [.enter])
    harness.run()
    let lines = harness.screen
    let alert = lines.first { $0.contains("URGENT") }
    #expect(alert == " !! URGENT: Call your CAR-T team now on +49 9131 85-33010.")
    #expect(lines.contains { $0.hasPrefix("    Seen: Temperature 38.4 °C at 09:00 on 2026-11-22") })
    #expect(lines.contains { $0.contains("!! 09:00  Temperature 38.4 °C  — Maria Santos") })
    #expect(lines.contains { $0.contains("✓ Saved: Temperature 38.4 °C") })
    let row = lines.firstIndex { $0.contains("URGENT") } ?? 0
    #expect(harness.backend.lastFrame?[1, row].style.role == .urgent)
    let saved = try #require(harness.entries.last)
    #expect(
      saved
        == Entry(
          id: "t1", recordedAt: ScreensHarness.now, observedAt: ScreensHarness.now,
          author: Author(role: .patient, name: "Maria Santos"),
          body: .temperature(celsius: 38.4, asTyped: "38.4")))
  }

  @Test func aWideTerminalShowsWhatWasSeenInFull() throws {
    let harness = try ScreensHarness(
      size: Size(width: 160, height: 30),
      keys: [.character("t")] + MemoryBackend.typing("38.4") + [.enter])
    harness.run()
    #expect(harness.screen[2] == " !! URGENT: Call your CAR-T team now on +49 9131 85-33010.")
    #expect(
      harness.screen[3]
        == "    If you cannot reach them now, call 112 or go to the nearest emergency department. Say you had CAR-T cell therapy and show your wallet card."
    )
    #expect(
      harness.screen[4]
        == "    Seen: Temperature 38.4 °C at 09:00 on 2026-11-22 (Day +183 · Month 6). Temperature of 38.0 °C (100.4 °F) or more."
    )
  }

  @Test func smallerThan80x24KeepsTheDayAndAlertsAndSaysSo() throws {
    let harness = try ScreensHarness(
      size: Size(width: 60, height: 20),
      keys: [.character("t")] + MemoryBackend.typing("38.4") + [.enter])
    harness.run()
    let lines = harness.screen
    #expect(lines[1].contains("Day +183"))
    #expect(lines[2].contains("!! URGENT"))
    #expect(lines.contains { $0.hasPrefix("Smaller than 80x24 (60x20)") })
  }

  /// A note full of escape sequences, bidi overrides and C1 controls is saved as typed and
  /// drawn escaped.
  @Test func hostileNoteIsSavedAsTypedAndDrawnVisible() throws {
    let hostile = "\u{1B}]0;pwned\u{7}\u{1B}[2J\u{202E}evil\u{9B}1m\u{200F}"
    let harness = try ScreensHarness(
      keys: [.character("n")] + MemoryBackend.typing(hostile) + [.enter, .character("2")])
    harness.run()
    #expect(harness.entries.last?.body == .note(text: hostile))
    let scalars = harness.backend.lastFrame.map { $0.lines.joined() } ?? ""
    #expect(
      !scalars.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(harness.text.contains("^[]0;pwned^G^[[2J<U+202E>evil<U+009B>1m<U+200F>"))
  }

  /// "went for a walk⏎t39.4⏎" pasted into a note is one line of text, never Enter.
  @Test func aPastedNoteIsOneLineAndNeverSubmits() throws {
    let harness = try ScreensHarness(
      keys: [.character("n"), .paste("went for a walk\nt39.4\ns\r\nq")])
    let before = harness.entries.count
    harness.run()
    #expect(harness.entries.count == before, "the paste saved something")
    #expect(harness.loop.state.mode?.input?.purpose == .note)
    #expect(harness.loop.state.mode?.input?.text == "went for a walk t39.4 s q")
    #expect(harness.loop.state.screen == .today)
    #expect(!harness.loop.state.quitting)
    #expect(!harness.text.contains("URGENT"))

    harness.type([.enter])
    #expect(harness.entries.count == before + 1)
    #expect(harness.entries.last?.body == .note(text: "went for a walk t39.4 s q"))
    #expect(!harness.text.contains("URGENT"))
  }

  /// In a °F journey a bare number typed on Today is °F, as on the command line: the prompt's
  /// example is accepted, and a number no body has in °F is refused with the unit to type,
  /// keeping what was typed and writing nothing.
  @Test func aBareNumberOnTodayIsFahrenheitInAFahrenheitJourney() throws {
    let harness = try ScreensHarness { context in
      try Journal(context).record(checked: false) { _ in
        .settings(teamPhone: nil, temperatureUnit: .fahrenheit, emergencyNumber: nil)
      }
    }
    let before = harness.entries.count
    harness.type([.character("t")])
    #expect(
      harness.screen.contains { $0.hasPrefix("Temperature (°F, e.g. 100.0):") }, "\(harness.text)")
    harness.type(MemoryBackend.typing("37.5") + [.enter])
    #expect(harness.entries.count == before)
    #expect(harness.loop.state.mode?.input?.text == "37.5")
    #expect(
      harness.loop.state.notice
        == AppState.Notice(
          kind: .error,
          text: "temperature \"37.5\" is not a body temperature in °F, the unit this journey "
            + "shows (93.2–109.4 °F): type the unit, e.g. 100.4F (or 37.5C, if it was °C)"))
    harness.type([.escape, .character("t")] + MemoryBackend.typing("100.0") + [.enter])
    #expect(harness.entries.last?.body == .temperature(celsius: 37.7778, asTyped: "100.0"))
    #expect(harness.text.contains("✓ Saved: Temperature 100.0 °F"))
  }

  /// The export key writes the file on a thread of its own: the progress line shows at once,
  /// keys keep answering (a note is typed and saved meanwhile), and the notice gives the path.
  @Test func theExportKeyRunsOffTheLoopAndKeysKeepAnswering() throws {
    let harness = try ScreensHarness(
      keys: [.character("x")] + MemoryBackend.typing("html") + [.enter])
    harness.run()
    #expect(harness.loop.state.mode?.input == nil)
    #expect(
      harness.text.contains("… Exporting html to your home folder; keys still work meanwhile."))
    // A second export is refused while the first runs.
    harness.type([.character("x")] + MemoryBackend.typing("csv") + [.enter])
    let busy = harness.loop.state.notice
    harness.type([.escape, .character("n")] + MemoryBackend.typing("still here") + [.enter])
    #expect(harness.entries.last?.body == .note(text: "still here"))
    harness.wait { harness.loop.state.progress == nil }
    let path = harness.root + "/carejourney-2026-11-22.html"
    #expect(
      harness.loop.state.notice == AppState.Notice(kind: .info, text: "Exported html to \(path)."))
    let report = try String(contentsOfFile: path, encoding: .utf8)
    #expect(report.hasPrefix("<!DOCTYPE html>"))
    #expect(
      busy
        == AppState.Notice(
          kind: .error, text: "An export is still being written; wait for it, then try again."))
  }

  /// What an export needs is checked before the thread starts: without a home folder nothing
  /// runs and the prompt stays.
  @Test func anExportWithoutAHomeFolderIsRefusedAtOnce() throws {
    let harness = try ScreensHarness()
    let runner = ScreensRunner(
      context: AppContext(
        store: harness.context.store, clock: harness.context.clock, environment: [:],
        config: harness.context.config, remembered: nil),
      readOnly: false)
    #expect(
      runner.perform(.export(.csv), harness.loop.state) == [
        .failed("Not saved: HOME is not set, so there is no home folder to save to.")
      ])
  }

  /// A read-only window writes nothing, whatever effect reaches the runner.
  @Test func aReadOnlyWindowSavesNothing() throws {
    let harness = try ScreensHarness(readOnly: true)
    let before = harness.entries
    #expect(
      harness.runner.perform(.log([.note(text: "x")]), harness.loop.state) == [
        .failed("Read-only window: nothing was saved.")
      ])
    #expect(harness.entries == before)
  }
}

/// A correction from a row's detail goes through the journal's one correction path, the
/// command line's `amend`: signed by the person at the keyboard, refused under the lock.
@Suite struct DetailCorrectionTests {
  static let strikeFirstTemperature: [Key] =
    [.character("2"), .down, .enter, .character("s")] + MemoryBackend.typing("wrong patient")
    + [.enter]

  @Test func strikingOutWritesACorrectionSignedByWhoeverIsTyping() throws {
    let harness = try ScreensHarness(keys: Self.strikeFirstTemperature)
    let target = try #require(
      harness.entries.last { $0.body == .temperature(celsius: 36.9, asTyped: "36.9") })
    harness.run()
    let correction = try #require(harness.entries.last)
    #expect(
      correction
        == Entry(
          id: "t1", recordedAt: ScreensHarness.now, observedAt: target.observedAt,
          author: Author(role: .patient, name: "Maria Santos"),
          body: .correction(target: target.id, reason: "wrong patient", replacement: nil)))
    #expect(harness.text.contains("✓ Struck out; it stays visible, struck through."))
    #expect(harness.text.contains("(struck out)"))
  }

  /// Another terminal corrected the line while the detail was open: refused, nothing written,
  /// the reason still on screen.
  @Test func aLineCorrectedMeanwhileIsRefusedUnderTheLock() throws {
    let harness = try ScreensHarness(keys: Array(Self.strikeFirstTemperature.dropLast()))
    harness.run()
    let target = try #require(
      harness.entries.last { $0.body == .temperature(celsius: 36.9, asTyped: "36.9") })
    try Journal(harness.context).correct(
      target.id, reason: "typo", change: .value(.temperature(celsius: 36.8, asTyped: "36.8")),
      care: try #require(harness.loop.state.data?.care))
    let before = harness.entries.count
    harness.type([.enter])
    #expect(harness.entries.count == before)
    #expect(
      harness.text.contains("✗ Not saved: \(target.id) was already corrected; correct the newest"))
    #expect(harness.loop.state.mode?.input?.text == "wrong patient")
  }
}
