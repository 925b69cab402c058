import FrameTesting
import JourneyCore
import Testing

@testable import TerminalUI

/// Below 80x24 the row above the status line says rows may be cut: the whole row, with
/// nothing of the screen's own row left after it (issue 19: "rows may be cut.HSV/VZV and PJP").
@Suite struct SmallerFrameNoticeTests {
  @Test func theNoticeClearsTheRowItIsWrittenOver() {
    var state = Fixture.state(role: .nurse)
    state.screen = .timeline
    expectFrame(
      state, size: Size(width: 60, height: 20),
      [
        "   1 Today  [ 2 Timeline ]  3 Milestones    4 Trends    ? He",
        " Maria Santos · Day +183 · Month 6 · Follow-up",
        " Timeline · newest first · showing all",
        "▌FOLLOW-UP  2026-11-22  Day +183 · Month 6",
        "▌   08:30  Temperature 36.9 °C  — Maria Santos",
        "▌FOLLOW-UP  2026-11-19  Day +180 · Month 6",
        "▌   11:30  SLEDAI-2K 0 (clinical 0) · DORIS met · drug-free…",
        "▌   11:00  Labs: Anti-dsDNA 6 IU/mL, C3 1.08 g/L (108 mg/dL…",
        "▌   08:30  Temperature 36.6 °C  — Maria Santos",
        "▌          Signed: Inactivated vaccines restart (from about…",
        "▌          Signed: Prophylaxis review: stop HSV/VZV and PJP…",
        "▌          Signed: Follow-up visit: SLEDAI-2K, DORIS, blood…",
        "▌          Signed: CD4 count checked (monthly until > 200/µ…",
        "▌FOLLOW-UP  2026-11-16  Day +177 · Month 5",
        "▌   08:30  Temperature 36.9 °C  — Maria Santos",
        "▌FOLLOW-UP  2026-11-13  Day +174 · Month 5",
        "▌   08:30  Temperature 36.6 °C  — Maria Santos",
        "▌FOLLOW-UP  2026-11-10  Day +171 · Month 5",
        "Smaller than 80x24 (60x20): rows may be cut.",
        " Follow-up · Day +183 · Month 6 │ Ana Weber (nurse) │ ? help",
      ])
  }
}
