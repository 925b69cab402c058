import Foundation
import Testing

/// Walks a whole journey from `init` through every phase with `plan` and `advance`, including a
/// re-collection and a readmission, checking `status --today D --json` at each step.
@Suite struct JourneyWalkTests {
  struct Step: CustomStringConvertible {
    var command: [String]
    var today: String
    var phase: String
    var day: Int?
    var dayLabel: String?
    var overdue: [String] = []
    var description: String { command.joined(separator: " ") }
  }

  static let steps: [Step] = [
    Step(
      command: ["plan", "leukapheresis", "2026-09-15"], today: "2026-09-01", phase: "screening",
      day: nil, dayLabel: nil),
    Step(
      command: ["plan", "infusion", "2026-10-20"], today: "2026-09-02", phase: "screening",
      day: -48, dayLabel: "Day \u{2212}48"),
    Step(
      command: ["advance", "leukapheresis", "--on", "2026-09-15"], today: "2026-09-16",
      phase: "leukapheresis", day: -34, dayLabel: "Day \u{2212}34", overdue: ["cells-collected"]),
    Step(
      command: ["advance", "manufacturing", "--on", "2026-09-16"], today: "2026-09-16",
      phase: "manufacturing", day: -34, dayLabel: "Day \u{2212}34", overdue: ["cells-collected"]),
    Step(
      command: [
        "advance", "leukapheresis", "--on", "2026-09-29", "--reason",
        "manufacturing failed: too few T cells",
      ], today: "2026-09-29", phase: "leukapheresis", day: -21, dayLabel: "Day \u{2212}21"),
    Step(
      command: ["advance", "manufacturing", "--on", "2026-09-30"], today: "2026-09-30",
      phase: "manufacturing", day: -20, dayLabel: "Day \u{2212}20", overdue: ["cells-collected"]),
    Step(
      command: ["plan", "infusion", "2026-10-30"], today: "2026-10-01", phase: "manufacturing",
      day: -29, dayLabel: "Day \u{2212}29", overdue: ["cells-collected"]),
    Step(
      command: ["advance", "lymphodepletion", "--on", "2026-10-25"], today: "2026-10-26",
      phase: "lymphodepletion", day: -4, dayLabel: "Day \u{2212}4",
      overdue: ["cells-collected", "flu-day-minus-5"]),
    Step(
      command: ["advance", "infusion", "--on", "2026-10-30"], today: "2026-10-30",
      phase: "infusion", day: 0, dayLabel: "Day 0", overdue: ["cells-collected", "flu-day-minus-5"]),
    Step(
      command: ["advance", "hospital-stay", "--on", "2026-10-30"], today: "2026-11-06",
      phase: "hospital-stay", day: 7, dayLabel: "Day +7",
      overdue: ["cells-collected", "flu-day-minus-5"]),
    Step(
      command: ["advance", "post-discharge", "--on", "2026-11-09"], today: "2026-11-10",
      phase: "post-discharge", day: 11, dayLabel: "Day +11",
      overdue: ["cells-collected", "flu-day-minus-5"]),
    Step(
      command: [
        "advance", "hospital-stay", "--on", "2026-11-14", "--reason", "fever 38.6 at home",
      ], today: "2026-11-14", phase: "hospital-stay", day: 15, dayLabel: "Day +15",
      overdue: ["cells-collected", "flu-day-minus-5"]),
    Step(
      command: ["advance", "post-discharge", "--on", "2026-11-18"], today: "2026-11-18",
      phase: "post-discharge", day: 19, dayLabel: "Day +19",
      overdue: ["cells-collected", "flu-day-minus-5"]),
    Step(
      command: ["advance", "follow-up", "--on", "2026-11-22"], today: "2027-02-01",
      phase: "follow-up", day: 94, dayLabel: "Day +94",
      overdue: ["cells-collected", "flu-day-minus-5", "follow-up-visit-m3"]),
    Step(
      command: ["advance", "completed", "--on", "2027-02-01"], today: "2027-06-01",
      phase: "completed", day: 214, dayLabel: "Day +214"),
  ]

  @Test func walkEveryPhase() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.ok(
      ["init", "--patient", "Maria Santos", "--team-phone", "+49 9131 85-0"],
      now: "2026-09-01T10:00:00+02:00")
    for step in Self.steps {
      try cli.ok(step.command, now: "\(step.today)T12:00:00+01:00")
      let status = try #require(
        try cli.json(
          ["status", "--today", step.today, "--json"], now: "\(step.today)T12:00:00+01:00")
          as? [String: Any])
      #expect(status["phase"] as? String == step.phase, "\(step)")
      #expect(status["day"] as? Int == step.day, "\(step)")
      #expect(status["dayLabel"] as? String == step.dayLabel, "\(step)")
      if step.day == nil {
        #expect(status["day"] is NSNull, "day is null before Day 0 is known")
      }
      let milestones = try #require(status["milestones"] as? [[String: Any]])
      let overdue = milestones.filter { $0["status"] as? String == "overdue" }.compactMap {
        $0["id"] as? String
      }
      for id in step.overdue {
        #expect(overdue.contains(id), "\(step): \(id) should be overdue; overdue: \(overdue)")
      }
      if step.phase == "completed" { #expect(milestones.isEmpty) }
      #expect(status["alerts"] as? [Any] != nil)
    }
  }
}
