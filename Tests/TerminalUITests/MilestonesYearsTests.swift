import JourneyCore
import Testing

@testable import TerminalUI

/// The nurse's Milestones screen years into the follow-up: a visit every 3 months for as long
/// as the journey lasts, the missed ones overdue.
@Suite struct MilestonesYearsTests {
  @Test func atYear3TheMissedVisitsAreOverdueAndMonth36IsDue() throws {
    var data = Fixture.demo()
    let day0 = Fixture.today.adding(days: -DemoJourney.daysSinceInfusion)
    data.now = Timestamp(date: day0.adding(days: 1080), secondOfDay: 9 * 3600, utcOffset: 3600)
    let state = Fixture.state(role: .nurse, data: data)
    let frame = Frame.render(state, size: Size(width: 80, height: 24))
    let lines = frame.lines
    let visit = "Follow-up visit: SLEDAI-2K, DORIS, blood count…"
    #expect(lines[1] == " Maria Santos · Day +1080 · Month 36 · Follow-up")
    #expect(lines[3] == " ✓ done     Day +90 · Month 3   \(visit)")
    // The nurse starts on the first milestone missed, the terminal's cursor on it.
    let cursor = try #require(frame.cursor).y
    #expect(lines[cursor].hasPrefix("›! OVERDUE  Day +210 · Month 7  CD4 count checked"))
    #expect(lines.contains(" ! OVERDUE  Day +270 · Month 9  \(visit)"))
    let rows = MilestonesScreen.rows(state)
    let visits = rows.filter { $0.rule.id == "follow-up-visit" }
    #expect(visits.map(\.status).suffix(3) == [.overdue, .due, .upcoming])
    #expect(
      visits.suffix(3).map { $0.id } == [
        "follow-up-visit-m33", "follow-up-visit-m36", "follow-up-visit-m39",
      ])
    #expect(rows.contains { $0.id == "yearly-long-term-check-m36" && $0.status == .due })
    // A conditional milestone is overdue until the nurse signs it or marks it not applicable.
    #expect(rows.contains { $0.id == "new-cancer-sample-testing-m24" && $0.status == .overdue })
    let overdue = MilestonesScreen.rows(state).filter { $0.status == .overdue }.map(\.id)
    #expect(overdue.filter { $0.hasPrefix("follow-up-visit-") }.count == 9)
    #expect(
      overdue.filter { $0.hasPrefix("yearly-") } == [
        "yearly-long-term-check-m12", "yearly-long-term-check-m24",
      ])
  }
}
