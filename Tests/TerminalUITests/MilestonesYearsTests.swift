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
    let visit = "Follow-up visit: SLEDAI-2K, DORIS, blood count,"
    #expect(lines[1] == " Maria Santos · Day +1080 · Month 36 · Follow-up")
    #expect(lines[3] == " ✓ done     Day +90 · Month 3   \(visit)")
    #expect(lines[5] == "›! OVERDUE  Day +270 · Month 9  \(visit)")
    #expect(lines[15] == " ! OVERDUE  Day +990 · Month 33 \(visit)")
    #expect(lines[16] == " ● DUE      Day +1080 · Month 36 Follow-up visit: SLEDAI-2K, DORIS, blood count")
    #expect(lines[17].hasPrefix(" ● DUE      Day +1080 · Month 36 Yearly long-term check"))
    #expect(lines[18] == " ○ upcoming Day +1170 · Month 39 Follow-up visit: SLEDAI-2K, DORIS, blood count")
    // The nurse starts on the first visit missed, the terminal's cursor on it.
    #expect(try #require(frame.cursor).y == 5)
    let overdue = MilestonesScreen.rows(state).filter { $0.status == .overdue }.map(\.id)
    #expect(overdue.filter { $0.hasPrefix("follow-up-visit-") }.count == 9)
    #expect(overdue.filter { $0.hasPrefix("yearly-") } == ["yearly-long-term-check-m12", "yearly-long-term-check-m24"])
  }
}
