import FrameTesting
import JourneyCore
import Testing

@testable import TerminalUI

/// Trends at 90 days at 80x24: the chart uses the whole width, and a symptom logged 80 days
/// ago shows its severity in its row (issue 19: the days ended at column ~46 and symptom rows
/// showed names with no values).
@Suite struct TrendsNinetyDaysTests {
  @Test func ninetyDaysUseTheWidthAndShowWhatWasLogged() {
    var data = Fixture.demo()
    let long = Timestamp(
      date: Fixture.today.adding(days: -80), secondOfDay: 10 * 3600,
      utcOffset: Fixture.now.utcOffset)
    data.entries.append(
      Entry(
        id: "joint", recordedAt: long, observedAt: long,
        author: Author(role: .patient, name: "Maria Santos"),
        body: .symptom(name: "joint-pain", severity: 2)))
    var state = Fixture.state(data: data)
    state.screen = .trends
    state.trends.days = 90
    let frame = Frame.render(state, size: Frame.comfortable)
    expectFrame(
      frame,
      [
        "   1 Today    2 Timeline    3 Milestones  [ 4 Trends ]  ? Help",
        " Maria Santos · Day +183 · Month 6 · Follow-up",
        " Trends · last 90 days · ←/→ change the period (7, 30, 90) · ↑/↓ labs",
        "38.6 │",
        "38.4 │",
        "38.2 │",
        "38.0 │────────────────────────────────────────────────────────── 38.0 fever line",
        "37.8 │",
        "37.6 │",
        "37.4 │",
        "37.2 │",
        "37.0 │",
        "36.8 │   •    •    •    •    •   •    •    •    •    •    •    •    •    •    •",
        "36.6 │ •    •    •    •    •    •    •    •    •    •   •    •    •    •    •",
        "36.4 │",
        "36.2 │",
        "  °C └──────┬───────┬────────┬───────┬───────┬───────┬───────┬────────┬───────┬─",
        "           +103    +113     +123    +133    +143    +153    +163     +173   +183",
        " Symptoms, worst of each 2 days (newest right):",
        "Fatigue    1",
        "Joint pain       2",
        "",
        "· none  1 mild  2 moderate  3 severe  4 very severe  blank: not logged",
        " Follow-up · Day +183 · Month 6 │ Maria Santos (patient) │ q quit  ? help",
      ])
  }
}
