import Foundation
import Testing

/// `carejourney alerts` and `alerts ack`: the loop closed from the command line, and `remind`
/// paging whoever is with the patient while an urgent alert is unanswered.
@Suite struct AlertsCommandTests {
  static let started = "2026-11-20T09:00:00+01:00"
  static let fever = "2026-11-24T14:05:00+01:00"

  /// A journey with Day 0 on 2026-11-23 and a 38.4 °C fever at 14:05 on Day +1; its id.
  func feverJourney() throws -> (CLIHarness, String) {
    let cli = try CLIHarness()
    try cli.prepare(
      [["init", "--patient", "Maria", "--team-phone", "+49 9131 85-0"]], now: Self.started)
    try cli.ok(["plan", "infusion", "2026-11-23"], now: Self.started)
    let saved = try cli.ok(["log", "--temp", "38.4"], now: Self.fever)
    // `Saved ID: Temperature 38.4 °C — ...`
    let first = try #require(saved.split(separator: "\n").first { $0.hasPrefix("Saved ") })
    let id = try #require(first.dropFirst("Saved ".count).split(separator: ":").first)
    return (cli, String(id))
  }

  @Test func anUnansweredAlertIsPagedThenAnswered() throws {
    let (cli, id) = try feverJourney()
    defer { cli.cleanUp() }
    let early = try cli.run(["remind"], now: "2026-11-24T14:19:00+01:00")
    #expect(!early.stdout.contains("unanswered"))
    let late = try cli.run(["remind"], now: "2026-11-24T14:20:00+01:00")
    #expect(late.status == 1)
    #expect(
      late.stdout.contains(
        "!! URGENT alert \(id) unanswered for 15 min (Temperature 38.4 °C at 14:05"))
    #expect(late.stdout.contains("Caregiver: check on Maria now and call +49 9131 85-0 now"))
    // Open and urgent: whom to call, and what to do if they cannot be reached, as at first.
    let open = try cli.ok(["alerts"], now: "2026-11-24T14:20:00+01:00")
    #expect(
      open.split(separator: "\n").map(String.init) == [
        "!! URGENT \(id) at 14:05 on 2026-11-24: OPEN, nobody has recorded what was done",
        "    Seen: Temperature 38.4 °C at 14:05 on 2026-11-24 (Day +1).",
        "    Temperature of 38.0 °C (100.4 °F) or more.",
        "    Call your CAR-T team now on +49 9131 85-0.",
        "    If you cannot reach them now, call 112 or go to the nearest emergency department. "
          + "Say you had CAR-T cell therapy and show your wallet card.",
      ])

    let note = "called the team at 14:32, told to come in"
    try cli.ok(
      ["--role", "caregiver", "--name", "Luis", "alerts", "ack", id, "--note", note],
      now: "2026-11-24T14:32:00+01:00")
    let answered = try cli.ok(["alerts"], now: "2026-11-24T14:40:00+01:00")
    #expect(answered.contains("answered by Luis (caregiver) at 14:32 on 2026-11-24"))
    #expect(answered.contains("What was done: \(note)"))
    let json = try cli.json(["alerts", "--json"], now: "2026-11-24T14:40:00+01:00")
    let first = try #require((json as? [[String: Any]])?.first)
    #expect(first["id"] as? String == id)
    #expect(first["open"] as? Bool == false)
    #expect(first["note"] as? String == note)
    #expect((first["acknowledgedBy"] as? [String: String])?["name"] == "Luis")
    let after = try cli.run(["remind"], now: "2026-11-24T14:40:00+01:00")
    #expect(!after.stdout.contains("unanswered"))
    let timeline = try cli.ok(["timeline"], now: "2026-11-24T14:40:00+01:00")
    #expect(timeline.contains("Alert \(id) answered: \(note)"))
  }

  @Test func anUnknownAlertOrAnEmptyNoteIsRefused() throws {
    let (cli, id) = try feverJourney()
    defer { cli.cleanUp() }
    let unknown = try cli.run(["alerts", "ack", "nope", "--note", "x"], now: Self.fever)
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("no alert nope in the last 7 days"))
    let empty = try cli.run(["alerts", "ack", id, "--note", "  "], now: Self.fever)
    #expect(empty.status != 0)
    #expect(empty.stderr.contains("say what was done"))
  }
}
