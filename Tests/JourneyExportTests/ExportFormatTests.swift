import JourneyCore
import Testing

@testable import JourneyExport

@Suite struct ExportFormatTests {
  @Test(arguments: [
    (ExportFormat.csv, "csv"), (.json, "json"), (.fhir, "fhir.json"), (.ics, "ics"),
    (.html, "html"),
  ])
  func fileExtensions(format: ExportFormat, expected: String) {
    #expect(format.fileExtension == expected)
  }

  @Test(arguments: [
    ("2026-11-01", true), ("2026-10-31", false), ("2026-11-30", true), ("2026-12-01", false),
  ])
  func rangeIsInclusive(date: String, included: Bool) throws {
    let input = ExportInput(
      journey: Journey(), entries: [],
      care: try #require(try CareProtocol.builtIn(named: "cd19-sle")),
      now: try #require(Timestamp.parse("2026-11-22T08:00+01:00", localOffset: { _, _ in 3600 })),
      from: LocalDate(parsing: "2026-11-01"), to: LocalDate(parsing: "2026-11-30"))
    #expect(input.includes(try #require(LocalDate(parsing: date))) == included)
  }
}
