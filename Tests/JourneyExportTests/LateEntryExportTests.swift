import JourneyCore
import Testing

@testable import JourneyExport

/// Lines written on a later day than they describe, and milestones from before CareJourney, in
/// the spreadsheet and the visit report: marked as a paper chart marks a late entry.
@Suite struct LateEntryExportTests {
  static let day = ReportFixture.date("2026-11-10")
  static let written = Timestamp(
    date: ReportFixture.date("2026-11-22"), secondOfDay: 8 * 3600, utcOffset: 3600)

  /// A dose change of 2026-11-10 entered on 2026-11-22, and a note written on its own day.
  static let entries: [Entry] = [
    Entry(
      id: "late1", recordedAt: written,
      observedAt: Timestamp(date: day, secondOfDay: 12 * 3600, utcOffset: 3600),
      author: DemoJourney.nurse,
      body: .medicationChange(
        name: "aciclovir", dose: "400 mg", change: .start, reason: "prophylaxis")),
    ReportFixture.entry("ontime", day, .note(text: "written the same day")),
  ]

  @Test func theSpreadsheetSaysWhenALateLineWasEntered() throws {
    let csv = try ExportFormat.csv.render(
      ReportFixture.input(entries: Self.entries, from: "2026-11-10", to: "2026-11-10"))
    let rows = try #require(parseCSV(csv))
    #expect(rows[0][14] == "entered_on")
    let late = try #require(rows.first { $0[13] == "late1" })
    let onTime = try #require(rows.first { $0[13] == "ontime" })
    #expect(late[14] == "2026-11-22")
    #expect(onTime[14] == "")
    #expect(late.count == rows[0].count && onTime.count == rows[0].count)
  }

  @Test func theReportMarksALateEntryBesideItsRow() throws {
    let html = ReportFixture.report(entries: Self.entries, from: "2026-11-01", to: "2026-11-22")
    let medication = try #require(ReportReading.section("medication", in: html))
    // The change row (the plan above it lists the medicine too).
    let changes = ReportReading.rows(medication).filter { $0.contains("Started aciclovir") }
    #expect(changes.count == 1)
    #expect(changes.first?.contains("entered on 2026-11-22") == true, "\(changes)")
    let notes = try #require(ReportReading.section("notes", in: html))
    let note = ReportReading.rows(notes).first { $0.contains("written the same day") }
    #expect(note?.contains("entered on") == false, "\(String(describing: note))")
  }

  /// A journey recorded part-way through: what fell before its first day in CareJourney is
  /// counted once, not listed as overdue; one done elsewhere says so, with no date.
  @Test func theReportCountsWhatCameBeforeCareJourney() throws {
    let recorded = Timestamp(
      date: ReportFixture.date("2026-11-22"), secondOfDay: 9 * 3600, utcOffset: 3600)
    let plan = JourneyStartPlan(
      patient: "Maria Santos", phase: .hospitalStay, phaseBegan: ReportFixture.date("2026-11-15"),
      infusion: ReportFixture.date("2026-11-15"), teamPhone: nil)
    var events = plan.bodies(protocolID: "cd19-sle", unit: .celsius).enumerated().map {
      JourneyEvent(
        id: "p\($0.offset)", recordedAt: recorded, author: DemoJourney.patient, body: $0.element)
    }
    events.append(
      JourneyEvent(
        id: "elsewhere", recordedAt: recorded, author: DemoJourney.nurse,
        body: .milestoneSigned(milestone: "infusion", on: nil, note: nil)))
    let input = ExportInput(
      journey: Journey(events: events), entries: [], care: ReportFixture.care, now: recorded)
    let html = HTMLReport.render(input)
    let section = try #require(ReportReading.section("milestones", in: html))
    let text = ReportReading.text(section)
    #expect(!text.contains("OVERDUE"), "\(text)")
    #expect(text.contains("Before CareJourney: not recorded ("), "\(text)")
    #expect(text.contains("done elsewhere, date not entered"), "\(text)")
  }
}
