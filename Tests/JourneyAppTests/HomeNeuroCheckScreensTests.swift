import Foundation
import JourneyApp
import JourneyCore
import JourneyStore
import TerminalUI
import Testing

/// The home neuro check through the real runner: `c` on Today, four answers, Enter; the line
/// written by the one write path, judged against the first check in the files.
@Suite struct HomeNeuroCheckScreensTests {
  static let infusion = LocalDate(year: 2026, month: 11, day: 20)!
  static let normal = HomeNeuroCheck(
    writing: .usual, objectsNamed: 3, date: .right, countBack: .right)

  /// Maria Santos in hospital since her infusion on 2026-11-20 (today is Day +2), her first
  /// home neuro check done on Day −3; `role` at the keyboard.
  static func harness(role: Role = .patient, keys: [Key]) throws -> ScreensHarness {
    try ScreensHarness(role: role, keys: keys, demo: false) { context in
      try context.start(
        JourneyStartPlan(
          patient: "Maria Santos", phase: .hospitalStay, phaseBegan: infusion,
          infusion: infusion, teamPhone: "+49 9131 85-33010"),
        typist: Author(role: .nurse, name: "Ana Weber"))
      let first = Timestamp(
        date: infusion.adding(days: -3), secondOfDay: 19 * 3600, utcOffset: 3600)
      try Journal(context).save([.homeNeuroCheck(normal)], observedAt: first)
    }
  }

  @Test func aCheckAsTheFirstIsSavedAndTodayShowsItDone() throws {
    let keys: [Key] = [
      .character("c"), .right, .down, .right, .down, .right, .down, .right, .enter,
    ]
    let harness = try Self.harness(keys: keys)
    harness.run()
    let saved = try #require(harness.entries.last)
    #expect(
      saved
        == Entry(
          id: saved.id, recordedAt: ScreensHarness.now, observedAt: ScreensHarness.now,
          author: Author(role: .patient, name: "Maria Santos"), body: .homeNeuroCheck(Self.normal)))
    #expect(harness.entries.count == 2)
    #expect(harness.screen.contains(" ✓ Home neuro check done today at 09:00 by Maria Santos"))
    #expect(!harness.text.contains("URGENT"))
  }

  @Test func aChangeFromTheFirstShowsTheUrgentAlertWithWhomToCall() throws {
    // One object fewer than at the first check.
    let keys: [Key] = [
      .character("1"), .character("c"), .right, .down, .character("2"), .down, .right, .down,
      .right, .enter,
    ]
    let harness = try Self.harness(role: .caregiver, keys: keys)
    harness.run()
    let lines = harness.screen
    #expect(lines[2] == " !! URGENT: Call your CAR-T team now on +49 9131 85-33010.")
    #expect(lines[3] == "    If you cannot reach them now, call 112 or go to the nearest emergency")
    #expect(
      harness.text.contains(
        "Seen: Home neuro check with a change from the first check on 2026-11-17 (2"))
    #expect(
      lines.contains { $0.hasPrefix(" !! 09:00  Home neuro check: sentence as usual, 2 of 3") })
  }
}
