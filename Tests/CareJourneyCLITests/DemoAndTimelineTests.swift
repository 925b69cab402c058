import Foundation
import Testing

@Suite struct DemoAndTimelineTests {
  @Test func demoShowsABelievableJourney() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let status = try #require(try cli.json(["status", "--json"]) as? [String: Any])
    #expect(status["phase"] as? String == "follow-up")
    #expect(status["day"] as? Int == 183)
    #expect(status["dayLabel"] as? String == "Day +183")
    #expect(status["label"] as? String == "Day +183 · Month 6")
    #expect(status["patient"] as? String == "Maria Santos")
    #expect(status["unreadableLines"] as? Int == 0)

    let plain = try cli.ok(["status"])
    #expect(plain.contains("Phase: Follow-up"))
    #expect(plain.contains("Day +183 · Month 6"))

    let milestones = try #require(try cli.json(["milestones", "--json"]) as? [[String: Any]])
    let statuses = Set(milestones.compactMap { $0["status"] as? String })
    #expect(statuses.contains("done"))
    #expect(statuses.contains("upcoming"))
    #expect(
      milestones.contains {
        $0["id"] as? String == "follow-up-visit-m6" && $0["status"] as? String == "done"
      })

    let timeline = try #require(try cli.json(["timeline", "--json"]) as? [[String: Any]])
    let readmission = timeline.first { ($0["text"] as? String)?.contains("Fever 38.6") == true }
    #expect(readmission?["type"] as? String == "phase")
    #expect(readmission?["dayLabel"] as? String == "Day +16")
    let fevers = timeline.filter {
      $0["type"] as? String == "temperature" && ($0["value"] as? Double ?? 0) >= 38.0
    }
    #expect(fevers.count >= 8)
    #expect(fevers.allSatisfy { ($0["day"] as? Int).map { (3...17).contains($0) } ?? false })
    let dates = timeline.compactMap { $0["date"] as? String }
    #expect(dates == dates.sorted())

    let text = try cli.ok(["timeline", "--from", "2026-05-26", "--to", "2026-05-28"])
    #expect(text.contains("Day +4"))
    #expect(text.contains("Temperature 38.9 °C"))
  }

  @Test func dataFilesAreReadableJSONLines() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let files = cli.snapshot()
    #expect(files.keys.contains(CLIHarness.mine + "journey.jsonl"))
    #expect(files.keys.contains("protocol.toml"))
    let dayFiles = files.keys.filter { $0.hasPrefix(CLIHarness.mine + "days/") }
    #expect(dayFiles.count >= 80)
    for (path, data) in files where path.hasSuffix(".jsonl") && !path.hasSuffix("/device.jsonl") {
      let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
      #expect(String(decoding: data, as: UTF8.self).hasSuffix("\n"))
      for line in lines {
        let object = try #require(
          try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(path)")
        // 2 only where an older reader would misread the line (a milestone marked not applicable).
        #expect(object["v"] as? Int == (object["notApplicable"] as? Bool == true ? 2 : 1))
        #expect(object["id"] is String)
        #expect(object["type"] is String)
        #expect((object["ts"] as? String)?.count == 25)
        let by = try #require(object["by"] as? [String: Any])
        #expect(by["role"] is String && by["name"] is String)
      }
      if path.hasPrefix(CLIHarness.mine + "days/") {
        let name = (path as NSString).lastPathComponent
        #expect(path == CLIHarness.mine + "days/\(name.prefix(4))/\(name)")
      }
    }
  }

  @Test func csvHasAHeaderAndQuotesWhatNeedsIt() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]])
    try cli.ok(["log", "--note", "=HYPERLINK(\"x\"), then \"quotes\""])
    let csv = try cli.ok(["timeline", "--csv"])
    let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(
      rows.first
        == "date,time,day,phase,type,text,value,unit,severity,author_role,author_name,struck_out,correction,id,entered_on,systolic,diastolic,lab,reference_range,flag,patient,typed_value,typed_unit"
    )
    #expect(rows.count == 3)
    #expect(rows[2].contains("\"Note: =HYPERLINK(\"\"x\"\"), then \"\"quotes\"\"\""))
  }

  /// Values as typed beside the stored ones (issue 18), in `timeline --csv` and `export csv`
  /// alike, in a journey shown in °C and one in °F: (unit, what is typed, value, unit,
  /// typed value, typed unit).
  @Test(arguments: [
    ("C", ["--temp", "100.8F"], ["38.22", "Cel", "100.8", "[degF]"]),
    ("F", ["--temp", "100.8"], ["38.22", "Cel", "100.8", "[degF]"]),
    ("F", ["--temp", "38.2C"], ["38.2", "Cel", "38.2", "Cel"]),
    ("C", ["--temp", "38.2"], ["38.2", "Cel", "38.2", "Cel"]),
    ("C", ["--weight", "135lb"], ["61.23", "kg", "135", "[lb_av]"]),
  ])
  func csvKeepsWhatWasTyped(unit: String, typed: [String], expected: [String]) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"], ["settings", "--unit", unit]])
    try cli.ok(["log"] + typed)
    for command in [["timeline", "--csv"], ["export", "csv"]] {
      let rows = try cli.ok(command).components(separatedBy: "\r\n").filter { !$0.isEmpty }
      let cells = try #require(rows.last).components(separatedBy: ",")
      #expect([cells[6], cells[7], cells[21], cells[22]] == expected, "\(command)")
    }
  }

  @Test func demoRefusesToTouchAJourneyWithoutForceAndMovesItAsideWithForce() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Real Patient"]])
    let before = cli.snapshot()
    let refused = try cli.run(["demo"])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("--force"))
    #expect(cli.snapshot() == before)
    let out = try cli.ok(["demo", "--force"])
    #expect(out.contains("Moved the existing data to"))
    let aside = try FileManager.default.contentsOfDirectory(atPath: cli.root.path).filter {
      $0.contains("before-demo")
    }
    #expect(aside.count == 1)
    let kept = FileManager.default.contents(
      atPath: cli.root.path + "/" + aside[0] + "/" + CLIHarness.mine + "journey.jsonl")
    #expect(kept == before[CLIHarness.mine + "journey.jsonl"])
  }
}
