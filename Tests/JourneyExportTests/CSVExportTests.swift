import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

@Suite struct CSVExportTests {
  /// RFC 4180 quoting and the OWASP formula guard, cell by cell.
  @Test(arguments: [
    ("plain", "plain"),
    ("", ""),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("two\r\nlines", "\"two\r\nlines\""),
    ("=1+1", "'=1+1"),
    ("+1", "'+1"),
    ("-2", "'-2"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"),
    ("\rx", "\"'\rx\""),
    ("=HYPERLINK(\"http://x\"),y", "\"'=HYPERLINK(\"\"http://x\"\"),y\""),
    ("a=b", "a=b"),
    ("Day \u{2212}5", "Day \u{2212}5"),
    ("Zoë 中文 🙂", "Zoë 中文 🙂"),
  ])
  func cellsAreQuotedAndFormulasNeutralised(text: String, expected: String) {
    #expect(CSVExport.cell(text) == expected)
  }

  @Test func everyRowHasEveryColumnAndEndsInCRLF() throws {
    let text = try ExportFormat.csv.render(DemoInput.input())
    #expect(text.hasSuffix("\r\n"))
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    let rows = try #require(parseCSV(text))
    #expect(rows.first == CSVExport.header)
    #expect(rows.dropFirst().allSatisfy { $0.count == CSVExport.header.count })
  }

  /// One row per entry, in time order, and no journey events (the timeline's CSV has those).
  @Test func oneRowPerEntryAndNoJourneyEvents() throws {
    let rows = try #require(parseCSV(try ExportFormat.csv.render(DemoInput.input()))).dropFirst()
    let demo = DemoInput.demo
    #expect(rows.map { $0[13] }.sorted() == demo.entries.map(\.id).sorted())
    let times = rows.map { $0[1] }
    let moments = times.compactMap(Timestamp.init(stored:))
    #expect(moments.count == times.count)
    #expect(moments == moments.sorted())
    let eventIDs = Set(demo.events.map(\.id))
    #expect(rows.allSatisfy { !eventIDs.contains($0[13]) })
  }

  /// The whole row of a known entry: the fever of Day +4, in hospital, typed by the patient.
  @Test func aFeverRowSaysEverything() throws {
    let demo = DemoInput.demo
    let fever = try #require(
      demo.entries.first {
        if case .temperature(38.9, _) = $0.body { return true }
        return false
      })
    let rows = try #require(parseCSV(try ExportFormat.csv.render(DemoInput.input())))
    let row = try #require(rows.first { $0[13] == fever.id })
    #expect(
      row == [
        "2026-05-27", "2026-05-27T08:00:00+01:00", "Day +4", "hospital-stay", "temperature",
        "Temperature 38.9 °C", "38.9", "Cel", "", "patient", "Maria Santos", "no", "", fever.id,
        "",
      ])
  }

  /// A struck-out entry stays, marked, with the correction's reason; a replacement is its own
  /// row saying what it corrects. The correction lines themselves are not rows.
  @Test func correctionsShowOnTheRowsTheyCorrect() throws {
    let day = DemoInput.date("2026-11-20")
    let extra = [
      DemoInput.entry("n1", on: day, .note(text: "=cmd|' /C calc'!A0")),
      DemoInput.entry("t1", on: day, .temperature(celsius: 39.9, asTyped: "39.9")),
      DemoInput.entry(
        "c1", on: day, .correction(target: "n1", reason: "wrong patient", replacement: nil)),
      DemoInput.entry(
        "c2", on: day,
        .correction(
          target: "t1", reason: "typo", replacement: .temperature(celsius: 36.9, asTyped: "36.9"))),
    ]
    let text = try ExportFormat.csv.render(DemoInput.input(entries: extra, from: day, to: day))
    let rows = try #require(parseCSV(text))
    let nurse = "Ana Weber (nurse)"
    #expect(
      rows.dropFirst().map { [$0[5], $0[11], $0[12], $0[13]] } == [
        ["Note: =cmd|' /C calc'!A0", "yes", "struck out by \(nurse): wrong patient", "n1"],
        ["Temperature 39.9 °C", "yes", "replaced by c2 by \(nurse): typo", "t1"],
        ["Temperature 36.9 °C", "no", "corrects t1 by \(nurse): typo", "c2"],
      ])
  }

  /// What a person typed (a name, say) reaches a spreadsheet as text, never as a formula.
  @Test(arguments: ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "=1,2"])
  func typedTextNeverRunsAsAFormula(name: String) throws {
    let day = DemoInput.date("2026-11-21")
    let at = Timestamp(date: day, secondOfDay: 7 * 3600, utcOffset: 3600)
    let entry = Entry(
      id: "x1", recordedAt: at, observedAt: at, author: Author(role: .caregiver, name: name),
      body: .medication(text: "paracetamol"))
    let text = try ExportFormat.csv.render(DemoInput.input(entries: [entry], from: day, to: day))
    let row = try #require(parseCSV(text)?.first { $0[13] == "x1" })
    #expect(row[9...10] == ["caregiver", "'" + name])
  }

  @Test(arguments: [
    ("2026-11-01", "2026-11-10"), ("2026-05-22", "2026-05-22"), ("2026-11-21", "2026-11-22"),
  ])
  func onlyTheDatesAsked(from: String, to: String) throws {
    let (start, end) = (DemoInput.date(from), DemoInput.date(to))
    let input = DemoInput.input(from: start, to: end)
    let rows = try #require(parseCSV(try ExportFormat.csv.render(input))).dropFirst()
    let expected = DemoInput.demo.entries.filter { input.includes($0.observedAt.date) }
    #expect(!expected.isEmpty)
    #expect(rows.map { $0[13] }.sorted() == expected.map(\.id).sorted())
  }

  /// `timeline --csv` is the same writer with the journey events in too.
  @Test func theTimelineTableListsEventsInTheSameColumns() throws {
    let demo = DemoInput.demo
    let journey = Journey(events: demo.events)
    let items = Timeline.items(journey: journey, entries: demo.entries, protocol: DemoInput.care)
    let rows = try #require(parseCSV(CSVExport.table(items))).dropFirst()
    #expect(rows.count == demo.events.count + demo.entries.count)
    let readmission = try #require(rows.first { $0[5].contains("Fever 38.6") })
    #expect(readmission[0...4] == ["2026-06-08", "", "Day +16", "hospital-stay", "phase"])
  }
}
