import FrameTesting
import JourneyCore
import Testing

@testable import TerminalUI

/// `a` on Today: the alert at the top is answered with what was done, through the one write
/// (`Effect.log`), and leaves the top once the line is read back.
@Suite struct AnswerAlertTests {
  /// The demo journey with a 38.4 °C fever at 09:00 on the fixture's day.
  static func feverData(answered: Bool = false) -> JourneyData {
    var data = Fixture.demo()
    let author = Author(role: .patient, name: "Maria Santos")
    data.entries.append(
      Entry(
        id: "fever", recordedAt: Fixture.now, observedAt: Fixture.now, author: author,
        body: .temperature(celsius: 38.4, asTyped: "38.4")))
    if answered {
      let later = Timestamp(
        date: Fixture.today, secondOfDay: 9 * 3600 + 600, utcOffset: Fixture.now.utcOffset)
      data.entries.append(
        Entry(
          id: "ack", recordedAt: later, observedAt: later, author: author,
          body: .acknowledgement(alert: "fever", note: "called the team, told to come in")))
    }
    return data
  }

  @Test func aAsksWhatWasDoneAndSavesIt() {
    var state = Fixture.state(data: Self.feverData())
    #expect(state.views.alerts.map(\.id) == ["fever"])
    assertTransition(&state, keys: [.character("a")]) {
      $0.mode = .input(
        AppState.Input(
          .acknowledgement(alert: "fever"),
          prompt: "What was done about the URGENT alert (who, what they said)? "))
    }
    let note = "called the team, told to come in"
    let effects = MemoryBackend.typing(note).flatMap { reduce(into: &state, .key($0)) }
    #expect(effects.isEmpty)
    #expect(
      reduce(into: &state, .key(.enter)) == [.log([.acknowledgement(alert: "fever", note: note)])])
  }

  @Test func withNoAlertASaysSo() {
    var state = Fixture.state()
    assertTransition(&state, keys: [.character("a")]) {
      $0.notice = AppState.Notice(kind: .info, text: "No alert is open: nothing to answer.")
    }
  }

  @Test func anAnsweredAlertLeavesTheTopAndTheTimelineSaysWhoAnswered() {
    var state = Fixture.state(data: Self.feverData())
    _ = reduce(into: &state, .loaded(Self.feverData(answered: true)))
    #expect(state.views.alerts.isEmpty)
    let frame = Frame.render(state, size: Frame.comfortable)
    let text = (0..<frame.size.height).map { frame.line($0) }
    #expect(!text.contains { $0.contains("URGENT") })
    #expect(text.contains { $0.contains("Alert fever answered: called the team, told to come in") })
  }
}
