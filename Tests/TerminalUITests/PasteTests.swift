import JourneyCore
import Testing

@testable import TerminalUI

/// A paste is text: "went for a walk⏎t39.4⏎" pasted into a note once saved a 39.4 °C reading
/// with an URGENT alert that nobody entered.
@Suite struct PasteTests {
  static let walk = "went for a walk\nt39.4\ns\r\nq"

  /// Outside a text field, a paste is no keys at all: `t`, `s`, `q` in it do nothing.
  @Test(arguments: [AppState.Screen.today, .timeline, .milestones, .trends, .help])
  func aPasteWhereNothingIsTypedDoesNothing(screen: AppState.Screen) {
    var state = Fixture.state(role: .nurse)
    state.screen = screen
    var expected = state
    let effects = reduce(into: &state, .key(.paste(Self.walk)))
    #expect(effects.isEmpty)
    expected.notice = AppState.Notice(
      kind: .error,
      text: "Pasted text is taken only where text is typed (a note: n first); nothing was done.")
    TimelineScreen.syncListing(&expected)
    #expect(state == expected)
  }

  @Test func aPastedTemperatureWaitsForEnter() {
    var state = Fixture.state()
    _ = reduce(into: &state, .key(.character("t")))
    #expect(reduce(into: &state, .key(.paste("39.4\n"))).isEmpty)
    #expect(state.mode?.input?.text == "39.4 ")
    let effects = reduce(into: &state, .key(.enter))
    #expect(effects == [.log([.temperature(celsius: 39.4, asTyped: "39.4")])])
  }

  @Test func aPasteKeepsTheLimitAndDropsControls() {
    var state = Fixture.state()
    state.mode = .input(AppState.Input(.startName, prompt: "Patient's name: "))
    _ = reduce(
      into: &state, .key(.paste("Maria\u{1B}[31m\tSantos" + String(repeating: "x", count: 300))))
    #expect(state.mode?.input?.text.hasPrefix("Maria[31m Santos") == true)
    #expect(state.mode?.input?.length == TextLimits.name)
    #expect(state.notice?.text == "That is over 200 characters, the limit here; shorten it.")
  }
}
