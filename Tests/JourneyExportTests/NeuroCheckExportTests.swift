import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

/// The caregiver's home neuro checks in every export, as other entries are: a CSV row, the
/// backup's line (read back the same), a FHIR Observation whose code is text only (no verified
/// LOINC code; never an ICE score's) that the FHIR R4 readers accept, and the visit report's
/// table with the alert a change raised.
@Suite struct NeuroCheckExportTests {
  static let tom = Author(role: .caregiver, name: "Tom Santos")

  /// The demo with two checks by Tom in its acute weeks: Day −4 as usual, Day +3 with one
  /// object fewer and the sentence as written, with a note.
  static var input: ExportInput {
    var export = DemoExport()
    let first = HomeNeuroCheck(writing: .usual, objectsNamed: 3, date: .right, countBack: .right)
    let later = HomeNeuroCheck(
      writing: .usual, sentence: "The sun is warm today", objectsNamed: 2, date: .right,
      countBack: .right, note: "slower than yesterday")
    for (id, day, check) in [("nc-1", -4, first), ("nc-2", 3, later)] {
      let at = DemoExport.at(day, hour: 19)
      export.entries.append(
        Entry(id: id, recordedAt: at, observedAt: at, author: tom, body: .homeNeuroCheck(check)))
    }
    return export.input
  }

  static let laterText =
    "Home neuro check: sentence as usual, 2 of 3 objects named, date right, counting back "
    + "right · wrote \"The sun is warm today\" · note: slower than yesterday"

  @Test func csvHasARowOfItsOwnKind() throws {
    let rows = try #require(parseCSV(ExportFormat.csv.render(Self.input)))
    let header = try #require(rows.first)
    let row = try #require(rows.first { $0.contains("nc-2") })
    let cells = Dictionary(uniqueKeysWithValues: zip(header, row))
    #expect(cells["type"] == "home-neuro-check")
    #expect(cells["text"] == Self.laterText)
    #expect(cells["day"] == "Day +3")
    #expect(cells["author_role"] == "caregiver")
  }

  @Test func theBackupReadsBackTheSameChecks() throws {
    let text = try ExportFormat.json.render(Self.input)
    #expect(text.contains(#""type":"home-neuro-check""#))
    let backup = try JSONImport.read(Data(text.utf8))
    #expect(backup.entries == JSONExport.inFileOrder(Self.input.entries))
  }

  @Test func fhirHasAnObservationWithATextOnlyCodeThatValidates() throws {
    let text = try FHIRExport.render(Self.input)
    let bundle = try FHIRBundle(text)
    let observation = try #require(
      bundle.resources.first { $0.resourceType == "Observation" && $0.lineID == "nc-2" })
    #expect(
      observation.code
        == FHIRBundle.Concept(
          coding: nil, text: "Home neuro check by the caregiver (not an ICE score)"))
    #expect(observation.categoryCode == "survey")
    #expect(observation.valueInteger == nil && observation.valueQuantity == nil)
    #expect(
      observation.component?.map(\.code.text) == [
        "Standard sentence written, as usual or changed", "Objects named, of 3",
        "Today's date said", "Counting back from 100 by tens",
      ])
    #expect(observation.component?.allSatisfy { $0.code.coding == nil } == true)
    #expect(observation.component?.map(\.valueInteger) == [nil, 2, nil, nil])
    #expect(observation.component?.map(\.valueString) == ["usual", nil, "right", "right"])
    #expect(
      observation.note?.map(\.text) == [
        "Sentence written: The sun is warm today", "Caregiver's note: slower than yesterday",
      ])
    for check in ["fhir", "fhir-strict"] {
      let result = try ExportValidator.check(text, as: check)
      #expect(result.status == 0, "\(check): \(result.errors)")
    }
  }

  @Test func theReportListsTheChecksAndTheAlertTheChangeRaised() throws {
    let html = HTMLReport.render(Self.input)
    let section = try #require(ReportReading.section("neuro-checks", in: html))
    let rows = ReportReading.rows(section)
    let day = { (n: Int) in DemoExport.day(n) }
    #expect(
      rows == [
        "When Sentence Objects named Date Counting back Written, noted Compared with the first "
          + "check By",
        "\(day(-4)) 19:00 Day −4 usual 3 of 3 right right no change from the first check Tom "
          + "Santos (caregiver)",
        "\(day(3)) 19:00 Day +3 usual 2 of 3 right right wrote “The sun is warm today” slower "
          + "than yesterday !! URGENT: Home neuro check with a change from the first check on "
          + "\(day(-4)) (2 of 3 objects named, was 3) at 19:00 on \(day(3)) (Day +3) Tom Santos "
          + "(caregiver)",
      ])
    #expect(!rows.joined().contains("ICE"))
    let redFlags = try #require(ReportReading.section("red-flags", in: html))
    #expect(redFlags.contains("Home neuro check with a change from the first check"))
  }
}
