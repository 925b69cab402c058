import Foundation
import Testing

/// `grade` and `ice` end to end through the built binary.
@Suite struct GradeCommandTests {
  struct GradeRow: CustomStringConvertible, Sendable {
    var arguments: [String]
    var crs: Int?
    var icans: Int?
    /// Words the CRS reason, then the ICANS reason, must contain.
    var says: (crs: String, icans: String)
    var description: String { arguments.joined(separator: " ") }
  }

  static let gradeRows: [GradeRow] = [
    GradeRow(
      arguments: ["--temp", "39.5", "--hypotension", "vasopressor", "--oxygen", "low-flow"],
      crs: 3, icans: 0, says: ("one vasopressor", "no ICE score recorded")),
    GradeRow(
      arguments: ["--temp", "37,9", "--hypotension", "vasopressors"], crs: 0, icans: 0,
      says: ("low blood pressure is still an urgent red flag", "ICANS grade 0")),
    GradeRow(
      arguments: ["--temp", "100.4F"], crs: 1, icans: 0, says: ("fever 38.0 °C", "ICANS grade 0")),
    GradeRow(
      arguments: ["--temp", "37", "--ice", "3", "--seizure", "brief"], crs: 0, icans: 3,
      says: ("CRS grade 0", "seizure that resolved rapidly")),
    GradeRow(
      arguments: ["--temp", "37", "--ice", "0", "--consciousness", "unarousable"], crs: 0,
      icans: 4, says: ("CRS grade 0", "ICE score 0 (unarousable")),
  ]

  @Test(
    "grade --json prints crs, icans (null where ASTCT gives none) and reasons, and needs no journey",
    arguments: gradeRows)
  func gradeJSON(_ row: GradeRow) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let text = try cli.ok(["grade"] + row.arguments + ["--json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["crs", "icans", "reasons"])
    if let crs = row.crs {
      #expect(object["crs"] as? Int == crs)
    } else {
      #expect(object["crs"] is NSNull)
      #expect(text.contains("\"crs\" : null"))
    }
    #expect(object["icans"] as? Int == row.icans)
    let reasons = try #require(object["reasons"] as? [String])
    #expect(reasons.count == 2)
    #expect(reasons.first?.contains(row.says.crs) == true, "\(reasons)")
    #expect(reasons.last?.contains(row.says.icans) == true, "\(reasons)")
    #expect(cli.snapshot().isEmpty)
  }

  @Test func gradePrintsEachGradeWithItsReason() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let out = try cli.ok(["grade", "--temp", "38,6", "--oxygen", "positive-pressure", "--ice", "8"])
    #expect(
      out.split(separator: "\n") == [
        "CRS grade 4: positive pressure (CPAP, BiPAP or mechanical ventilation), with fever 38.6 °C",
        "ICANS grade 1: ICE score 8 (7–9)",
      ])
  }

  @Test func nurseRecordsAGradingThatTheTimelineShows() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-11-01T09:00:00+01:00")
    let out = try cli.ok([
      "--role", "nurse", "--name", "Ana Weber", "grade", "--temp", "39.5", "--hypotension",
      "vasopressor", "--oxygen", "low-flow", "--ice", "6", "--record",
    ])
    #expect(out.contains("Saved "))
    #expect(out.contains("CRS grade 3, ICANS grade 2"))
    let timeline = try #require(try cli.json(["timeline", "--json"]) as? [[String: Any]])
    let grading = try #require(timeline.first { $0["type"] as? String == "grading" })
    #expect(grading["text"] as? String == "CRS grade 3, ICANS grade 2")
    #expect((grading["author"] as? [String: String]) == ["role": "nurse", "name": "Ana Weber"])
    #expect(grading["time"] as? String == "2026-11-22T09:00:00+01:00")
    // The findings are kept with the grades, not only the grades.
    let day = String(
      decoding: FileManager.default.contents(atPath: cli.mine + "/days/2026/2026-11-22.jsonl")
        ?? Data(), as: UTF8.self)
    #expect(day.contains("\"hypotension\":\"vasopressor\""))
    #expect(day.contains("\"low-flow\""))
  }

  @Test(
    "only a nurse records a grading; nothing is written otherwise",
    arguments: ["patient", "caregiver"])
  func recordNeedsANurse(role: String) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-11-01T09:00:00+01:00")
    let before = cli.snapshot()
    let result = try cli.run(["--role", role, "grade", "--temp", "38.5", "--record"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--role nurse"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(cli.snapshot() == before)
  }

  @Test func recordNeedsAJourney() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let result = try cli.run([
      "--role", "nurse", "--name", "Ana Weber", "grade", "--temp", "38.5", "--record",
    ])
    #expect(result.status != 0)
    #expect(result.stderr.contains("carejourney init"), "\(result.stderr)")
    #expect(cli.snapshot().isEmpty)
  }

  @Test func iceRecordsTheScoreAndPrintsItsICANSContribution() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-11-01T09:00:00+01:00")
    let out = try cli.ok([
      "--role", "nurse", "--name", "Ana Weber", "ice", "--orientation", "3", "--naming", "2",
      "--commands", "1",
      "--writing", "0", "--attention", "0", "--sentence", "The sun is warm",
    ])
    #expect(out.contains("ICE score 6/10"))
    #expect(out.contains("ICANS contribution of the ICE score alone: grade 2"))
    let timeline = try #require(try cli.json(["timeline", "--json"]) as? [[String: Any]])
    let ice = try #require(timeline.first { $0["type"] as? String == "ice" })
    #expect(ice["value"] as? Int == 6)
  }

  @Test func iceJSONForAnUnarousablePatientGivesGrade4AndKeepsANote() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-11-01T09:00:00+01:00")
    let report = try #require(
      try cli.json([
        "--role", "nurse", "--name", "Ana Weber", "ice", "--orientation", "0", "--naming", "0",
        "--commands", "0",
        "--writing", "0", "--attention", "0", "--unarousable", "--json",
      ]) as? [String: Any])
    #expect(report["total"] as? Int == 0)
    #expect(report["icans"] as? Int == 4)
    let timeline = try #require(try cli.json(["timeline", "--json"]) as? [[String: Any]])
    #expect(
      timeline.first { $0["type"] as? String == "ice" }?["id"] as? String
        == report["id"] as? String)
    #expect(timeline.contains { ($0["text"] as? String)?.contains("Unarousable") == true })
  }

  struct Refusal: CustomStringConvertible, Sendable {
    var arguments: [String]
    var fragment: String
    var description: String { arguments.joined(separator: " ") }
  }

  static func ice(_ items: [Int], _ extra: [String] = []) -> [String] {
    let names = ["--orientation", "--naming", "--commands", "--writing", "--attention"]
    return ["--role", "nurse", "--name", "Ana Weber", "ice"]
      + zip(names, items).flatMap { [$0, String($1)] } + extra
  }

  static let refusals: [Refusal] = [
    Refusal(arguments: ice([5, 3, 1, 1, 1]), fragment: "ICE orientation 5 is outside 0–4"),
    Refusal(arguments: ice([4, 4, 1, 1, 1]), fragment: "ICE naming 4 is outside 0–3"),
    Refusal(arguments: ice([4, 3, 2, 1, 1]), fragment: "ICE commands 2 is outside 0–1"),
    Refusal(arguments: ice([4, 3, 1, 2, 1]), fragment: "ICE writing 2 is outside 0–1"),
    Refusal(arguments: ice([4, 3, 1, 1, 2]), fragment: "ICE attention 2 is outside 0–1"),
    Refusal(arguments: ice([1, 0, 0, 0, 0], ["--unarousable"]), fragment: "give them all as 0"),
    Refusal(arguments: Array(ice([4, 3, 1, 1, 1]).dropFirst(2)), fragment: "--role nurse"),
    Refusal(
      arguments: [
        "--role", "nurse", "--name", "Ana Weber", "grade", "--temp", "38", "--ice", "11",
        "--record",
      ],
      fragment: "--ice 11 is outside 0–10"),
    Refusal(
      arguments: ["--role", "nurse", "--name", "Ana Weber", "grade", "--temp", "382", "--record"],
      fragment: "plausible range 34.0–43.0 °C"),
    Refusal(
      arguments: [
        "--role", "nurse", "--name", "Ana Weber", "grade", "--temp", "38", "--hypotension", "lots",
        "--record",
      ],
      fragment: "'lots' is invalid for '--hypotension"),
    Refusal(
      arguments: [
        "--role", "nurse", "--name", "Ana Weber", "grade", "--temp", "38", "--oxygen", "mask",
        "--record",
      ],
      fragment: "'mask' is invalid for '--oxygen"),
    Refusal(
      arguments: ["--role", "nurse", "--name", "Ana Weber", "grade", "--record"], fragment: "--temp"
    ),
  ]

  @Test("bad input is refused with a clear line and nothing written", arguments: refusals)
  func refused(_ c: Refusal) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-11-01T09:00:00+01:00")
    let before = cli.snapshot()
    let result = try cli.run(c.arguments)
    #expect(result.status != 0)
    #expect(result.stderr.contains(c.fragment), "stderr: \(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(cli.snapshot() == before)
  }

  @Test("--help has an example", arguments: [["grade", "--help"], ["ice", "--help"]])
  func helpHasAnExample(arguments: [String]) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let out = try cli.ok(arguments)
    #expect(out.contains("Example"))
    #expect(out.contains("carejourney --role nurse --name \"Ana Weber\" \(arguments[0]) --"))
  }
}

/// `grade --masked` (ASTCT 2019 rule 2) only after CRS was graded: refused with that reason
/// without a journey or without an earlier CRS grade, accepted after one.
@Suite struct MaskedGradeTests {
  @Test func maskedNeedsAnEarlierCRSGrade() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let alone = try cli.run(["grade", "--temp", "37.2", "--masked"])
    #expect(alone.status != 0)
    #expect(alone.stderr.contains("--masked applies only after CRS was graded"))
    try cli.prepare([["init", "--patient", "Maria", "--team-phone", "+49 1"]])
    let none = try cli.run(["grade", "--temp", "37.2", "--masked"])
    #expect(none.status != 0)
    #expect(none.stderr.contains("no CRS grade of 1 or more is recorded in this journey"))
    // A CRS grade 0 is not CRS.
    try cli.ok(["--role", "nurse", "--name", "Ana Weber", "grade", "--temp", "37.5", "--record"])
    #expect(try cli.run(["grade", "--temp", "37.2", "--masked"]).status != 0)
    try cli.ok(["--role", "nurse", "--name", "Ana Weber", "grade", "--temp", "38.6", "--record"])
    let masked = try #require(
      try cli.json(["grade", "--temp", "37.2", "--masked", "--json"]) as? [String: Any])
    #expect(masked["crs"] is NSNull)
    let oxygen = try #require(
      try cli.json(["grade", "--temp", "37.0", "--masked", "--oxygen", "high-flow", "--json"])
        as? [String: Any])
    #expect(oxygen["crs"] as? Int == 3)
  }
}
