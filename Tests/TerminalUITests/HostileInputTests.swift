import JourneyCore
import Testing

@testable import TerminalUI

/// Pastes too long for a note, and text meant to drive the terminal, typed into the screens.
@Suite struct HostileInputTests {
  /// A 1 MB paste arrives one key at a time: the note stops at the limit, the notice names it,
  /// and Enter saves exactly the first 2,000 characters.
  @Test func aOneMegabytePasteIsCutAtTheLimitWithTheLimitNamed() {
    var state = Fixture.state()
    state.mode = .input(AppState.Input(.note, prompt: "Note: "))
    let chunk = Array("0123456789abcdef")
    var effects: [Effect] = []
    for index in 0..<(1 << 20) {
      effects += reduce(into: &state, .key(.character(chunk[index & 15])))
    }
    #expect(effects.isEmpty)
    #expect(state.mode?.input?.text.count == TextLimits.freeText)
    #expect(
      state.notice
        == AppState.Notice(
          kind: .error, text: "That is over 2000 characters, the limit here; shorten it."))
    let saved = reduce(into: &state, .key(.enter))
    guard case .log(let bodies)? = saved.first, case .note(let text)? = bodies.first else {
      Issue.record("no note saved: \(saved)")
      return
    }
    #expect(text.count == 2_000)
  }

  /// Each key past the limit finds the limit named, even after another message took its place.
  @Test func theLimitIsNamedAgainAfterAnotherMessage() {
    var state = Fixture.state()
    state.mode = .input(
      AppState.Input(.note, prompt: "Note: ", text: String(repeating: "x", count: 2_000)))
    let limit = AppState.Notice(
      kind: .error, text: "That is over 2000 characters, the limit here; shorten it.")
    _ = reduce(into: &state, .key(.character("y")))
    #expect(state.notice == limit)
    state.notice = AppState.Notice(kind: .error, text: "Not saved: no space left on the disk.")
    _ = reduce(into: &state, .key(.character("y")))
    #expect(state.notice == limit)
    state.notice = nil
    _ = reduce(into: &state, .key(.paste("yy")))
    #expect(state.notice == limit)
    #expect(state.mode?.input?.text == String(repeating: "x", count: 2_000))
  }

  @Test(arguments: [
    (AppState.Input.Purpose.startName, TextLimits.name), (.startPhone, TextLimits.name),
    (.signerName(milestone: "m"), TextLimits.name), (.note, TextLimits.freeText),
    (.medication, TextLimits.freeText), (.reason(phase: .withdrawn), TextLimits.freeText),
  ])
  func eachInputHasItsLimit(purpose: AppState.Input.Purpose, limit: Int) {
    #expect(InputLimits.characters(for: purpose) == limit)
    var state = Fixture.state()
    state.mode = .input(
      AppState.Input(purpose, prompt: "? ", text: String(repeating: "x", count: limit)))
    _ = reduce(into: &state, .key(.character("y")))
    #expect(state.mode?.input?.text.count == limit)
    #expect(state.notice?.text.contains("\(limit) characters") == true)
  }

  /// The length kept while typing and deleting agrees with counting the text again.
  @Test func theKeptLengthAgreesWithTheText() {
    var input = AppState.Input(.note, prompt: "", text: "e\u{301}中")
    let keys: [Character] = ["a", "\u{301}", "🙂", "👩‍👩‍👧", "\u{1B}", "\r\n", "中"]
    for step in 0..<200 {
      if step % 3 == 2 {
        input.deleteLast()
      } else {
        _ = input.type(keys[step % keys.count], limit: 40)
      }
      #expect(input.length == TextLimits.length(input.text))
      #expect(input.length <= 40)
    }
  }

}
