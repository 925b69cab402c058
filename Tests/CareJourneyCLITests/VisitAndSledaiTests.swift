import Foundation
import Testing

/// `visit` and `sledai` end to end through the built binary.
@Suite struct VisitAndSledaiTests {
  @Test("visit stores each lab in the protocol's unit and says it against the range")
  func visitSaves() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let out = try cli.ok([
      "visit", "--lab", "igg=6.2g/L", "--lab", "creatinine=97.24µmol/L", "--lab", "neutrophils=450",
    ])
    #expect(
      out.contains(
        "Labs: IgG 6.2 g/L (620 mg/dL, low), Creatinine 97.24 µmol/L (1.1 mg/dL, in range), "
          + "Neutrophils 450 /µL (low)"), "\(out)")
    let timeline = try cli.ok(["timeline", "--from", "2026-11-22"])
    #expect(timeline.contains("Labs: IgG 6.2 g/L (620 mg/dL, low)"), "\(timeline)")
  }

  @Test("visit --on --json gives the date, the converted value and the range")
  func visitJSON() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let object = try #require(
      try cli.json(["visit", "--on", "2026-11-20", "--lab", "c3=0.85g/L", "--json"])
        as? [String: Any])
    #expect(object["date"] as? String == "2026-11-20")
    let lab = try #require((object["labs"] as? [[String: Any]])?.first)
    #expect(lab["lab"] as? String == "c3")
    #expect(lab["value"] as? Double == 85)
    #expect(lab["unit"] as? String == "mg/dL")
    #expect(lab["typedUnit"] as? String == "g/L")
    #expect(lab["status"] as? String == "low")
  }

  @Test(
    "visit refuses bad input with one line, non-zero, and writes nothing",
    arguments: [
      (["--lab", "igz=5"], "did you mean: igg"),
      (["--lab", "igg=62000"], "plausible range 0–6000 mg/dL"),
      (["--lab", "igg=6.2mmol/L"], "is not a unit for IgG"),
      (["--lab", "igg=620", "--lab", "creatinine=abc"], "not a number"),
      (["--lab", "igg=620", "--lab", "IgG=6g/L"], "igg is given twice"),
      ([], "nothing to record"),
      (["--on", "2026-12-01", "--lab", "igg=620"], "in the future"),
    ])
  func visitRefuses(_ arguments: [String], _ says: String) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let before = cli.snapshot()
    let result = try cli.run(["visit"] + arguments)
    #expect(result.status != 0)
    #expect(result.stderr.contains(says), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    #expect(cli.snapshot() == before)
  }

  @Test(
    "sledai --json: totals, clinical SLEDAI, DORIS and drug-free with reasons",
    arguments: [
      (
        [
          "--descriptor", "proteinuria", "--descriptor", "low-complement", "--pga", "1",
          "--prednisolone", "7.5",
        ], 6, 4, false, false
      ),
      (
        ["--descriptor", "low-complement", "--pga", "0.4", "--prednisolone", "5"], 2, 0, true, false
      ),
      (["--pga", "0", "--prednisolone", "0"], 0, 0, true, true),
      (
        ["--pga", "0", "--prednisolone", "0", "--immunosuppressant", "mycophenolate"], 0, 0, true,
        false
      ),
      (["--pga", "0.5", "--prednisolone", "0"], 0, 0, false, false),
      (["--pga", "0", "--prednisolone", "5.1"], 0, 0, false, false),
    ])
  func sledaiJSON(_ arguments: [String], _ total: Int, _ clinical: Int, _ doris: Bool, _ free: Bool)
    throws
  {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let object = try #require(try cli.json(["sledai"] + arguments + ["--json"]) as? [String: Any])
    #expect(object["total"] as? Int == total)
    #expect(object["clinical"] as? Int == clinical)
    let dorisObject = try #require(object["doris"] as? [String: Any])
    #expect(dorisObject["met"] as? Bool == doris)
    #expect((dorisObject["reasons"] as? [String])?.isEmpty == doris)
    #expect((object["drugFree"] as? [String: Any])?["met"] as? Bool == free)
    #expect(cli.snapshot().isEmpty)
  }

  @Test("sledai --record saves the assessment; the timeline shows DORIS with the reason")
  func sledaiRecord() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let out = try cli.ok([
      "sledai", "--descriptor", "rash", "--pga", "0.3", "--prednisolone", "5", "--record",
    ])
    #expect(out.contains("DORIS 2021 remission not met: clinical SLEDAI 2 > 0"), "\(out)")
    let timeline = try cli.ok(["timeline", "--from", "2026-11-22"])
    #expect(
      timeline.contains("SLEDAI-2K 2 (clinical 2) · DORIS not met: clinical SLEDAI 2 > 0"),
      "\(timeline)")
  }

  @Test(
    "sledai refuses bad input with one line, non-zero, and writes nothing",
    arguments: [
      (["--descriptor", "arthritus"], "did you mean: arthritis"),
      (["--descriptor", "rash", "--descriptor", "rash"], "rash is given twice"),
      (["--pga", "4"], "outside 0–3"),
      (["--prednisolone", "5000"], "not a plausible dose"),
      (["--descriptor", "rash", "--record", "--pga", "7"], "outside 0–3"),
    ])
  func sledaiRefuses(_ arguments: [String], _ says: String) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let before = cli.snapshot()
    let result = try cli.run(["sledai"] + arguments)
    #expect(result.status != 0)
    #expect(result.stderr.contains(says), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    #expect(cli.snapshot() == before)
  }

  @Test("each --help has an example", arguments: ["visit", "sledai"])
  func helpHasExample(_ command: String) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let help = try cli.ok([command, "--help"])
    #expect(help.contains("Examples:"))
    #expect(help.contains("carejourney \(command) "))
  }
}
