import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

/// The exports of the demo journey, checked by libraries other programs use: fhir.resources
/// (HL7 FHIR R4 4.0.1 models) and icalendar (RFC 5545). See Validators/.
@Suite struct ExportValidatorTests {
  @Test func demoBundleValidatesAgainstFHIRR4() throws {
    let export = DemoExport()
    let text = try FHIRExport.render(export.input)
    let result = try ExportValidator.check(text, as: "fhir")
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.summary["fhirVersion"] as? String == "4.0.1")
    let bundle = try FHIRBundle(text)
    let counts = Dictionary(grouping: bundle.resources, by: \.resourceType).mapValues(\.count)
    #expect(result.summary["resourceTypes"] as? [String: Int] == counts)
    #expect(result.summary["entries"] as? Int == bundle.entry.count)
  }

  @Test func correctionsAndAStayInProgressValidateToo() throws {
    var export = DemoExport()
    let at = DemoExport.at(41, hour: 9)
    export.entries += [
      DemoExport.entry("t-1", .temperature(celsius: 39.9, asTyped: "103.8F"), day: 40),
      DemoExport.entry("bp-1", .bloodPressure(systolic: 118, diastolic: 76), day: 40),
      DemoExport.entry("hr-1", .heartRate(bpm: 88), day: 40),
      DemoExport.entry("o2-1", .oxygenSaturation(percent: 97), day: 40),
      DemoExport.entry("kg-1", .weight(kilograms: 61.23, asTyped: "135lb"), day: 40),
      Entry(
        id: "fix-1", recordedAt: at, observedAt: DemoExport.at(40, hour: 8),
        author: DemoJourney.nurse,
        body: .correction(target: "t-1", reason: "wrong patient", replacement: nil)),
      Entry(
        id: "fix-2", recordedAt: at, observedAt: DemoExport.at(40, hour: 8),
        author: DemoJourney.nurse,
        body: .correction(target: "hr-1", reason: "typo", replacement: .heartRate(bpm: 78))),
    ]
    export.events.append(
      DemoExport.event(
        "stay-3",
        .phaseEntered(phase: .hospitalStay, on: DemoExport.today, reason: "Fever", note: nil),
        on: DemoExport.today))
    let result = try ExportValidator.check(try FHIRExport.render(export.input), as: "fhir")
    #expect(result.status == 0, "\(result.errors)")
    let statuses = result.summary["statuses"] as? [String: Int]
    #expect(statuses?["Observation/entered-in-error"] == 2)
    #expect(statuses?["Observation/corrected"] == 1)
    #expect(statuses?["Encounter/in-progress"] == 1)
  }

  /// google-fhir-r4 and fhir.resources 8.3 (R4B) read every resource the export writes, the
  /// corrections, the assessments and the patient's details included.
  @Test func demoBundlePassesTheStricterReaders() throws {
    var export = FHIRClinicContentTests.withDetails()
    export.entries += [
      DemoExport.entry("t-1", .temperature(celsius: 39.9, asTyped: "103.8F"), day: 40),
      Entry(
        id: "fix-1", recordedAt: DemoExport.at(41, hour: 9), observedAt: DemoExport.at(40, hour: 8),
        author: DemoJourney.nurse,
        body: .correction(
          target: "t-1", reason: "typo", replacement: .temperature(celsius: 37.9, asTyped: "37.9"))),
    ]
    let text = try FHIRExport.render(export.input)
    let result = try ExportValidator.check(text, as: "fhir-strict")
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.summary["entries"] as? Int == (try FHIRBundle(text)).entry.count)
  }

  /// What fhir.resources 6.4 lets through and the stricter readers refuse (issue 18): a
  /// date-time without its timezone (google-fhir-r4 and fhir.resources 8.3 both), and an
  /// Observation status outside its value set, "done" (google-fhir-r4).
  @Test(arguments: [
    (
      "a date-time without a timezone",
      #""effectiveDateTime":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+01:00""#,
      ["google-fhir-r4 refuses it", "fhir.resources 8.3 (R4B) refuses it"]
    ),
    ("status done", #""status":"final""#, ["google-fhir-r4 refuses it: Failed to convert 'done'"]),
  ])
  func stricterReadersCatchWhatTheOldOneLetsThrough(
    what: String, find: String, refusedBy: [String]
  ) throws {
    let good = try FHIRExport.render(DemoExport().input)
    let match = try #require(good.firstMatch(of: try Regex(find)))
    var broken = good
    if what == "status done" {
      broken.replaceSubrange(match.range, with: #""status":"done""#)
    } else {
      broken.replaceSubrange(match.range, with: good[match.range].dropLast(7) + "\"")
    }
    #expect(broken != good)
    let lenient = try ExportValidator.check(broken, as: "fhir")
    #expect(lenient.status == 0, "fhir.resources 6.4 now refuses \(what): \(lenient.errors)")
    let strict = try ExportValidator.check(broken, as: "fhir-strict")
    #expect(strict.status == 3, "\(what): \(strict.status) \(strict.errors)")
    for reader in refusedBy { #expect(strict.errors.contains(reader), "\(what): \(strict.errors)") }
  }

  @Test func demoCalendarParsesInICalendar() throws {
    let text = ICSExport.render(DemoExport().input)
    let result = try ExportValidator.check(text, as: "ics")
    #expect(result.status == 0, "\(result.errors)")
    let calendar = ICSCalendar(text)
    #expect(result.summary["events"] as? Int == calendar.events.count)
    #expect(result.summary["alarms"] as? Int == calendar.events.flatMap(\.alarms).count)
    #expect(result.summary["alarms"] as? Int == 22)
    #expect(result.summary["uids"] as? [String] == calendar.events.compactMap { $0["UID"] })
    #expect(result.summary["triggers"] as? [String] == ["-1 day, 9:00:00"])
    #expect(
      result.summary["starts"] as? [String]
        == calendar.events.compactMap { event in
          event["DTSTART"].map { "\($0.prefix(4))-\($0.dropFirst(4).prefix(2))-\($0.suffix(2))" }
        })
    // The library's unescaping gives back the title as the protocol writes it.
    let summaries = result.summary["summaries"] as? [String] ?? []
    #expect(summaries.contains { $0.hasPrefix("Follow-up visit: SLEDAI-2K, DORIS, blood count") })
  }

  /// Exports of the demo broken on purpose (format, what, text replaced, by what, the words of
  /// the refusal): the validators must refuse each one, for that reason.
  static let broken: [(String, String, String, String, String)] = [
    ("fhir", "a required status removed", "\"status\":\"final\",", "", "field required"),
    (
      "fhir", "an element R4 does not have", "\"effectiveDateTime\"", "\"effectiveDate\"",
      "extra fields not permitted"
    ),
    (
      "fhir", "a date that does not exist", "\"start\":\"2026-", "\"start\":\"2026-13-",
      "invalid datetime format"
    ),
    (
      "fhir", "a reference to nothing", "\"reference\":\"urn:uuid:", "\"reference\":\"urn:uuid:0",
      "which is not in the bundle"
    ),
    ("ics", "a DTSTART removed", "DTSTART;VALUE=DATE:20270217\r\n", "", "a VEVENT lacks DTSTART"),
    ("ics", "LF line endings", "\r\n", "\n", "does not end in CRLF"),
    ("ics", "lines not folded", "\r\n ", "", "RFC 5545 folds at 75"),
    (
      "ics", "a date that does not exist", "DTEND;VALUE=DATE:20270218", "DTEND;VALUE=DATE:20271318",
      "Wrong date format"
    ),
    ("ics", "an alarm without its trigger", "TRIGGER:-PT15H\r\n", "", "a VALARM lacks TRIGGER"),
  ]

  @Test(arguments: broken)
  func validatorRefusesABrokenExport(
    format: String, what: String, find: String, replacement: String, reason: String
  ) throws {
    let input = DemoExport().input
    let good = format == "fhir" ? try FHIRExport.render(input) : ICSExport.render(input)
    let broken = good.replacingOccurrences(of: find, with: replacement)
    #expect(broken != good, "\(what) changed nothing")
    let result = try ExportValidator.check(broken, as: format)
    #expect(result.status == 3, "\(what): \(result.status) \(result.errors)")
    #expect(result.errors.contains(reason), "\(what): \(result.errors)")
  }
}
