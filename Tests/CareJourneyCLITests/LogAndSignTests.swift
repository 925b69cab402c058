import Foundation
import Testing

@Suite struct LogAndSignTests {
  @Test func logRoundTripsThroughTheFilesWithAuthorAndDay() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-11-01T09:00:00+01:00")
    try cli.ok(["plan", "infusion", "2026-11-20"], now: "2026-11-01T09:00:00+01:00")
    try cli.ok([
      "--role", "caregiver", "--name", "Tom", "log", "--at", "2026-11-21T23:30", "--temp", "100.8F",
      "--symptom", "Chills=moderate", "--note", "sweaty",
    ])
    let file = cli.mine + "/days/2026/2026-11-21.jsonl"
    let lines = String(
      decoding: FileManager.default.contents(atPath: file) ?? Data(), as: UTF8.self
    ).split(separator: "\n")
    #expect(lines.count == 3)
    let timeline = try #require(
      try cli.json(["timeline", "--json", "--from", "2026-11-21"]) as? [[String: Any]])
    #expect(timeline.map { $0["type"] as? String } == ["temperature", "symptom", "note"])
    let temp = timeline[0]
    #expect(temp["value"] as? Double == 38.2222)
    #expect(temp["unit"] as? String == "Cel")
    #expect(temp["time"] as? String == "2026-11-21T23:30:00+01:00")
    #expect(temp["dayLabel"] as? String == "Day +1")
    #expect((temp["author"] as? [String: String]) == ["role": "caregiver", "name": "Tom"])
    #expect(timeline[1]["severity"] as? Int == 2)
    #expect(timeline[1]["text"] as? String == "Chills: moderate (2/4)")
  }

  @Test func nurseSignsAndTheSignatureShows() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-11-01T09:00:00+01:00")
    let out = try cli.ok([
      "--role", "nurse", "--name", "Ana Weber", "sign", "eligibility-confirmed", "--note",
      "all criteria met",
    ])
    #expect(out.contains("Signed eligibility-confirmed"))
    let rows = try #require(try cli.json(["milestones", "--json"]) as? [[String: Any]])
    let row = try #require(rows.first { $0["id"] as? String == "eligibility-confirmed" })
    #expect(row["status"] as? String == "done")
    #expect((row["signedBy"] as? [String: String]) == ["role": "nurse", "name": "Ana Weber"])
    #expect(row["signedOn"] as? String == "2026-11-22")
    let again = try cli.run(["--role", "nurse", "sign", "eligibility-confirmed"])
    #expect(again.status != 0)
    #expect(again.stderr.contains("already signed by Ana Weber (nurse)"))
  }

  @Test func amendStrikesOutAndTheTimelineStillShowsIt() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-11-01T09:00:00+01:00")
    try cli.ok(["--role", "nurse", "sign", "eligibility-confirmed"])
    let timeline = try #require(try cli.json(["timeline", "--json"]) as? [[String: Any]])
    let signed = try #require(timeline.first { $0["type"] as? String == "milestone" })
    let id = try #require(signed["id"] as? String)
    try cli.ok([
      "--role", "nurse", "amend", id, "--strike", "--reason", "signed the wrong patient's sheet",
    ])
    let after = try #require(try cli.json(["timeline", "--json"]) as? [[String: Any]])
    let struck = try #require(after.first { $0["id"] as? String == id })
    #expect(struck["struckOut"] as? Bool == true)
    #expect((struck["correction"] as? String)?.contains("signed the wrong patient's sheet") == true)
    let rows = try #require(try cli.json(["milestones", "--json"]) as? [[String: Any]])
    #expect(
      rows.first { $0["id"] as? String == "eligibility-confirmed" }?["status"] as? String != "done")
  }
}
