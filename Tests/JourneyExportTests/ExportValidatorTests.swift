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
    // vobject, a second reader, sees the same events, titles, days and alarms.
    let vobject = result.summary["vobject"] as? [[String: Any]] ?? []
    #expect(vobject.map { $0["uid"] as? String } == calendar.events.map { $0["UID"] })
    #expect(vobject.map { $0["summary"] as? String ?? "" } == summaries)
    let starts = result.summary["starts"] as? [String] ?? []
    #expect(vobject.map { $0["start"] as? String ?? "" } == starts)
    #expect(vobject.map { $0["alarms"] as? Int ?? -1 } == calendar.events.map(\.alarms.count))
  }

  /// What was logged on one day, for the CSV readers (issue 18): a °F and a °C temperature,
  /// a weight in pounds, a heart rate, a blood pressure, a symptom, a note with a `;`, and
  /// two lab values, one with a one-sided reference range.
  static func loggedForCSV() throws -> ExportInput {
    let day = CSVTypedValueTests.day
    let labs = try ["igg=5.2g/L", "upcr=0.5"].map { try Reading.lab($0, care: DemoInput.care) }
    let logged: [(String, Entry.Body)] = [
      ("f", .temperature(celsius: try Reading.temperature("100.8F"), asTyped: "100.8F")),
      ("c", .temperature(celsius: 36.1 + 0.2, asTyped: "36.3")),
      ("w", .weight(kilograms: try Reading.weight("135lb"), asTyped: "135lb")),
      ("hr", .heartRate(bpm: 92)),
      ("bp", .bloodPressure(systolic: 118, diastolic: 76)),
      ("s", .symptom(name: "chills", severity: 2)),
      ("n", .note(text: "slept; then \"38.5\", better")),
      ("l", .labs(labs)),
    ]
    return DemoInput.input(
      entries: logged.map { DemoInput.entry($0.0, on: day, $0.1) }, from: day, to: day)
  }

  /// Python's csv module reads `export csv` (RFC 4180, CRLF), pandas `export csv --excel`
  /// (sep ";", decimal ",", the byte-order mark taken as such): each number comes back as the
  /// number logged, the typed ones beside the stored ones, the text as written.
  @Test(arguments: [("csv", CSVExport.Dialect.standard), ("csv-excel", .excel)])
  func theCSVReadsBackAsLogged(format: String, dialect: CSVExport.Dialect) throws {
    let text = CSVExport.render(try Self.loggedForCSV(), dialect: dialect)
    let result = try ExportValidator.check(text, as: format)
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.summary["columns"] as? [String] == CSVExport.header)
    let columns = [
      "id", "value", "unit", "typed_value", "typed_unit", "systolic", "diastolic", "severity",
      "lab", "reference_range", "flag", "patient",
    ]
    let ids: Set = ["f", "c", "w", "hr", "bp", "s", "n", "l"]
    let rows = (result.summary["rows"] as? [[String: Any]] ?? []).filter {
      ($0["id"] as? String).map(ids.contains) == true
    }
    let comma = { (text: String) in dialect == .excel ? text.replacing(".", with: ",") : text }
    let (n, t, none, empty) = (ReadCell.number, ReadCell.text, ReadCell.none, ReadCell.text(""))
    let vital = { (id: String, value: Double, unit: String, typed: Double, typedUnit: String) in
      [t(id), n(value), t(unit), n(typed), t(typedUnit), none, none, none, empty, empty, empty]
    }
    let lab = {
      (
        value: Double, unit: String, typed: Double, typedUnit: String, id: String,
        range: String, flag: String
      ) in
      [
        t("l"), n(value), t(unit), n(typed), t(typedUnit), none, none, none, t(id), t(range),
        t(flag),
      ]
    }
    let expected = [
      vital("f", 38.22, "Cel", 100.8, "[degF]"), vital("c", 36.3, "Cel", 36.3, "Cel"),
      vital("w", 61.23, "kg", 135, "[lb_av]"), vital("hr", 92, "/min", 92, "/min"),
      [t("bp"), none, t("mm[Hg]"), none, empty, n(118), n(76), none, empty, empty, empty],
      [t("s"), none, empty, none, empty, none, none, n(2), empty, empty, empty],
      [t("n"), none, empty, none, empty, none, none, none, empty, empty, empty],
      lab(520, "mg/dL", 5.2, "g/L", "igg", comma("700 - 1600"), "L"),
      lab(0.5, "g/g", 0.5, "g/g", "upcr", comma("≤ 0.2"), "H"),
    ].map { $0 + [t("Maria Santos")] }
    #expect(rows.map { row in columns.map { ReadCell(row[$0]) } } == expected)
    let note = try #require(rows.first { $0["id"] as? String == "n" })
    #expect(note["text"] as? String == "Note: slept; then \"38.5\", better")
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
    ("csv", "an LF row end", "typed_unit\r\n", "typed_unit\n", "a row ends in a bare LF"),
    ("csv", "a byte-order mark", "date,time,", "\u{FEFF}date,time,", "byte-order mark"),
    ("csv", "a value that is no number", ",38.9,Cel,", ",38.9 °C,Cel,", "is not a number"),
    ("csv", "a cell left open", ",Cel,", ",\"Cel,", "Python's csv refuses it"),
    ("csv-excel", "no byte-order mark", "\u{FEFF}", "", "no UTF-8 byte-order mark"),
    ("csv-excel", "decimal points", ";38,9;Cel;", ";38.9;Cel;", "pandas reads value as"),
  ]

  @Test(arguments: broken)
  func validatorRefusesABrokenExport(
    format: String, what: String, find: String, replacement: String, reason: String
  ) throws {
    let input = DemoExport().input
    let good =
      switch format {
      case "fhir": try FHIRExport.render(input)
      case "csv": CSVExport.render(input)
      case "csv-excel": CSVExport.render(input, dialect: .excel)
      default: ICSExport.render(input)
      }
    let broken = good.replacingOccurrences(of: find, with: replacement)
    #expect(broken != good, "\(what) changed nothing")
    let result = try ExportValidator.check(broken, as: format)
    #expect(result.status == 3, "\(what): \(result.status) \(result.errors)")
    #expect(result.errors.contains(reason), "\(what): \(result.errors)")
  }
}
