import FrameTesting
import Testing

@testable import TerminalUI

/// The Start screen's text wraps at word boundaries, the keys' descriptions hanging under
/// their text: nothing cut at the right edge.
@Suite struct StartWrapTests {
  @Test func at60x16EveryWordIsShown() {
    let state = Fixture.state(data: nil)
    expectFrame(
      state, size: Size(width: 60, height: 16),
      [
        " [ Start ]  ? Help",
        " Welcome to CareJourney.",
        " It keeps one patient's CAR-T journey: phases, milestones,",
        " temperatures, symptoms.",
        " There is no journey in this data directory yet.",
        "",
        "   n  start a new journey: the patient, where they are now,",
        "      the dates you know",
        "   d  open the demo journey (a made-up patient at Month 6)",
        "   q  quit",
        "",
        "",
        "",
        "",
        "Smaller than 80x24 (60x16): rows may be cut.",
        " No journey yet │ n start a new journey  q quit  ? help",
      ])
  }
}
