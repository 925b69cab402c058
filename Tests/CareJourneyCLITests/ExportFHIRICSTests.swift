import Foundation
import Testing

/// `carejourney export fhir|ics` end to end: the files the binary writes for the demo journey
/// pass the FHIR R4 and iCalendar validators (Tests/JourneyExportTests/Validators).
@Suite(.onWaitingThreads) struct ExportFHIRICSTests {
  static let validator = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("JourneyExportTests/Validators/validate")

  /// Runs the validator (with this process's environment: it needs python3 on the PATH); its
  /// exit status, the JSON summary it prints, and its complaints.
  func validate(_ format: String, _ path: String, in cli: CLIHarness) throws
    -> (ChildProcess.Ending, [String: Any], String)
  {
    let name = cli.root.appendingPathComponent("validate-\(format)").path
    let process = try ChildProcess(
      ["/bin/sh", ExportFHIRICSTests.validator.path, format, path], output: name + ".out",
      errors: name + ".err")
    let ending = process.wait()
    let summary =
      (try? JSONSerialization.jsonObject(with: Data(process.output.utf8))) as? [String: Any]
    return (ending, summary ?? [:], process.errors)
  }

  @Test func demoExportsPassTheValidatorsAndRepeatByteForByte() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let fhir = cli.root.appendingPathComponent("journey.fhir.json").path
    let ics = cli.root.appendingPathComponent("journey.ics").path
    let written = try cli.run(["export", "fhir", "--out", fhir])
    #expect(written.status == 0, "\(written.stderr)")
    #expect(written.stdout.isEmpty)
    try cli.ok(["export", "ics", "--out", ics])

    let (fhirStatus, bundle, fhirErrors) = try validate("fhir", fhir, in: cli)
    #expect(fhirStatus == .exited(0), "\(fhirErrors)")
    let types = bundle["resourceTypes"] as? [String: Int]
    #expect(types?["Patient"] == 1)
    #expect(types?["Encounter"] == 2)
    #expect(types?["Procedure"] == 3)
    #expect((types?["Observation"] ?? 0) > 150)

    let (icsStatus, calendar, icsErrors) = try validate("ics", ics, in: cli)
    #expect(icsStatus == .exited(0), "\(icsErrors)")
    #expect((calendar["events"] as? Int ?? 0) > 40)
    #expect(calendar["alarms"] as? Int == 22)

    // The same data a second time: the same bytes (stdout this time).
    let again = try cli.ok(["export", "fhir"])
    #expect(Data(again.utf8) == FileManager.default.contents(atPath: fhir))
    let calendarAgain = try cli.ok(["export", "ics"])
    #expect(Data(calendarAgain.utf8) == FileManager.default.contents(atPath: ics))
  }

  @Test func rangeLimitsTheFHIRExport() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    // The demo's Day +3 to Day +6 (Day 0 is 183 days before 2026-11-22).
    let text = try cli.ok(["export", "fhir", "--from", "2026-05-26", "--to", "2026-05-29"])
    let bundle = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let resources = (bundle["entry"] as? [[String: Any]] ?? []).compactMap {
      $0["resource"] as? [String: Any]
    }
    let dates = Set(
      resources.compactMap { ($0["effectiveDateTime"] as? String)?.prefix(10) }.map(String.init))
    #expect(dates == ["2026-05-26", "2026-05-27", "2026-05-28", "2026-05-29"])
    #expect(resources.filter { $0["resourceType"] as? String == "Encounter" }.count == 1)
  }
}
