import FrameTesting
import JourneyCore
import Testing

@testable import TerminalUI

/// An alert is read whole at every size the app draws: its text wraps instead of running off
/// the right edge, and the team's number and the emergency number are never cut or split.
@Suite struct AlertWrapTests {
  static let phone = "+49 9131 85-33010"

  /// The demo at Month 6 with a fever of 38.4 °C logged at 09:00, as on Today after `t 38.4`.
  static func fever(phone: String? = AlertWrapTests.phone) -> AppState {
    var data = Fixture.demo()
    if phone != Self.phone {
      data.journey = Journey(
        events: data.journey.events + [
          JourneyEvent(
            id: "phone", recordedAt: data.now, author: Author(role: .patient, name: "Maria Santos"),
            body: .settings(teamPhone: phone, temperatureUnit: nil))
        ])
    }
    let author = Author(role: .patient, name: "Maria Santos")
    data.entries.append(
      Entry(
        id: "f", recordedAt: data.now, observedAt: data.now, author: author,
        body: .temperature(celsius: 38.4, asTyped: "38.4")))
    var state = Fixture.state(data: nil)
    _ = reduce(into: &state, .loaded(data))
    return state
  }

  @Test func at80x24WhatWasSeenAndTheRuleWrapUnderTheAlert() {
    expectFrame(
      Self.fever(),
      [
        " [ 1 Today ]  2 Timeline    3 Milestones    4 Trends    ? Help",
        " Maria Santos · Day +183 · Month 6 · Follow-up",
        " !! URGENT: Call your CAR-T team now on +49 9131 85-33010.",
        "    If you cannot reach them now, call 112 or go to the nearest emergency",
        "    department. Say you had CAR-T cell therapy and show your wallet card.",
        "    Seen: Temperature 38.4 °C at 09:00 on 2026-11-22 (Day +183 · Month 6).",
        "    Temperature of 38.0 °C (100.4 °F) or more.",
        " Sunday 2026-11-22 · 09:00",
        "",
        " Logged today:",
        "    08:30  Temperature 36.9 °C  — Maria Santos",
        " !! 09:00  Temperature 38.4 °C  — Maria Santos",
        "",
        " t temperature · s symptom · n note · m medication · a answer the alert",
      ] + Array(repeating: "", count: 9) + [
        " Follow-up · Day +183 · Month 6 │ Maria Santos (patient) │ q quit  ? help"
      ])
  }

  /// The smallest size drawn: the alert and whom to call first, every word of them; the
  /// banner and the status line keep whole words.
  @Test func at40x12TheAlertIsWholeAndNothingIsCutMidWord() {
    expectFrame(
      Self.fever(), size: Frame.minimum,
      [
        " [ 1 Today ]  2 Timeline    3 Milestones",
        " Maria Santos · Day +183 · Month 6",
        " !! URGENT: Call your CAR-T team now on",
        "    +49 9131 85-33010.",
        "    If you cannot reach them now, call",
        "    112 or go to the nearest emergency",
        "    department. Say you had CAR-T cell",
        "    therapy and show your wallet card.",
        " Sunday 2026-11-22 · 09:00",
        "",
        "Smaller than 80x24: rows may be cut.",
        " Follow-up · Day +183 · Month 6 │ ? help",
      ])
  }

  /// Below 40x12 the short form, the number on a line of its own rather than split.
  @Test func belowTheMinimumTheNumberIsNeverSplit() {
    expectFrame(
      Self.fever(), size: Size(width: 20, height: 6),
      [
        "Day +183 · Month 6",
        "!! URGENT: call",
        "+49 9131 85-33010",
        "now; else 112",
        "Terminal too small",
        "(20x6); needs 40x12.",
      ])
  }

  /// Every width from the narrowest that holds the number to a wide terminal, at three
  /// heights (too small, the minimum, comfortable): the team's number whole on one line, and
  /// the emergency number.
  @Test(arguments: [6, 12, 24])
  func theNumbersAreWholeAtEveryWidth(height: Int) {
    for phone in [Self.phone, "+44 20 7188 7188 ext 2345"] {
      let state = Self.fever(phone: phone)
      for width in TextWidth.of(text: phone)...120 {
        let lines = Frame.render(state, size: Size(width: width, height: height)).lines
        #expect(lines.contains { $0.contains(phone) }, "\(phone) at \(width)x\(height): \(lines)")
        #expect(lines.contains { $0.contains("112") }, "112 at \(width)x\(height): \(lines)")
      }
    }
  }

  @Test(arguments: [
    // Kept phrases move to the next line whole.
    (
      "call +49 9131 85-33010 now", 18, ["+49 9131 85-33010"], ["call", "+49 9131 85-33010", "now"]
    ),
    ("on +49 9131 85-33010.", 20, ["+49 9131 85-33010"], ["on", "+49 9131 85-33010."]),
    // A phrase wider than the line breaks between its words; a word wider than the line is
    // broken across lines, never cut.
    ("call +49 9131 85-33010", 10, ["+49 9131 85-33010"], ["call +49", "9131", "85-33010"]),
    ("abcdefghij kl", 4, [], ["abcd", "efgh", "ij", "kl"]),
    ("ab 👩‍⚕️👩‍⚕️👩‍⚕️", 4, [], ["ab", "👩‍⚕️👩‍⚕️", "👩‍⚕️"]),
    ("plain words wrap", 11, [], ["plain words", "wrap"]),
  ])
  func wrapKeepsPhrasesAndBreaksLongWords(
    text: String, width: Int, keeping: [String], expected: [String]
  ) {
    #expect(Wrap.lines(text, width: width, keeping: keeping) == expected)
  }
}
