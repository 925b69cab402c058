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
    let again = try cli.run(["--role", "nurse", "--name", "Lea", "sign", "eligibility-confirmed"])
    #expect(again.status != 0)
    #expect(again.stderr.contains("already signed by Ana Weber (nurse)"))
  }

  /// How the nurse's name was given, and what `sign` then says: a name typed once (`--name`,
  /// or remembered as the nurse on this computer) signs; with none, never the login name
  /// (`tester` here): the refusal says what to type, and nothing is written.
  struct NurseName: CustomStringConvertible, Sendable {
    var remembered: String?
    var name: [String]
    var status: Int32
    var stdout: String
    var stderr: String
    var description: String { "\(remembered ?? "-") \(name)" }
  }

  static let nurseNames = [
    NurseName(
      remembered: nil, name: [], status: 1, stdout: "",
      stderr: "Error: a nurse signs with the nurse's own name, and none was given: add it after "
        + "--role nurse, e.g. --name \"Ana Weber\"; nothing was written\n"),
    NurseName(
      remembered: "Tom Santos", name: [], status: 1, stdout: "",
      stderr: "Error: a nurse signs with the nurse's own name, and none was given: add it after "
        + "--role nurse, e.g. --name \"Ana Weber\"; nothing was written\n"),
    NurseName(
      remembered: nil, name: ["--name", "Ana Weber"], status: 0,
      stdout: "Signed baseline-igg: Baseline IgG level measured, on 2026-11-10, by Ana Weber "
        + "(nurse).\n", stderr: ""),
  ]

  @Test(arguments: nurseNames)
  func aNurseSignsOnlyWithANameTyped(_ c: NurseName) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria", "--on", "2026-11-01"]])
    if let remembered = c.remembered { try cli.remember(role: "caregiver", name: remembered) }
    let result = try cli.run(
      ["--role", "nurse"] + c.name + ["sign", "baseline-igg", "--on", "2026-11-10"])
    #expect(
      [String(result.status), result.stdout, result.stderr]
        == [String(c.status), c.stdout, c.stderr])
    let rows = try #require(try cli.json(["milestones", "--json"]) as? [[String: Any]])
    let row = try #require(rows.first { $0["id"] as? String == "baseline-igg" })
    #expect(
      (row["signedBy"] as? [String: String])
        == (c.status == 0 ? ["role": "nurse", "name": "Ana Weber"] : nil))
  }

  /// The nurse remembered on this computer signs under the name typed when the screens asked.
  @Test func theRememberedNurseSigns() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria", "--on", "2026-11-01"]])
    try cli.remember(role: "nurse", name: "Ana Weber")
    #expect(
      try cli.ok(["sign", "baseline-igg", "--on", "2026-11-10"])
        == "Signed baseline-igg: Baseline IgG level measured, on 2026-11-10, by Ana Weber "
        + "(nurse).\n")
  }

  @Test func amendStrikesOutAndTheTimelineStillShowsIt() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-11-01T09:00:00+01:00")
    try cli.ok(["--role", "nurse", "--name", "Ana Weber", "sign", "eligibility-confirmed"])
    let timeline = try #require(try cli.json(["timeline", "--json"]) as? [[String: Any]])
    let signed = try #require(timeline.first { $0["type"] as? String == "milestone" })
    let id = try #require(signed["id"] as? String)
    try cli.ok([
      "--role", "nurse", "--name", "Ana Weber", "amend", id, "--strike", "--reason",
      "signed the wrong patient's sheet",
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
