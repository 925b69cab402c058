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
    // A visit's labs are one row per value, each with the line's id.
    var expected: [String] = []
    for entry in demo.entries {
      if case .labs(let results) = entry.body {
        expected += Array(repeating: entry.id, count: results.count)
      } else {
        expected.append(entry.id)
      }
    }
    #expect(rows.map { $0[13] }.sorted() == expected.sorted())
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
        "", "", "", "", "", "", "Maria Santos", "38.9", "Cel",
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
    #expect(Set(rows.map { $0[13] }) == Set(expected.map(\.id)))
  }

  /// Numbers as a person reads them (issue 18): no 36.300000000000004, no 92.0; blood pressure
  /// as systolic and diastolic; a row per lab value with its unit, range and flag; the
  /// patient on every row.
  @Test func numbersBloodPressureLabsAndThePatient() throws {
    let day = DemoInput.date("2026-11-21")
    let labs = try ["igg=5.2g/L", "crp=3", "creatinine=97µmol/L"].map {
      try Reading.lab($0, care: DemoInput.care)
    }
    let extra = [
      DemoInput.entry("t", on: day, .temperature(celsius: 36.1 + 0.2, asTyped: "36.3")),
      DemoInput.entry("f", on: day, .temperature(celsius: (100.8 - 32) * 5 / 9, asTyped: "100.8F")),
      DemoInput.entry("hr", on: day, .heartRate(bpm: 92)),
      DemoInput.entry("bp", on: day, .bloodPressure(systolic: 118, diastolic: 76)),
      DemoInput.entry("l", on: day, .labs(labs)),
    ]
    #expect(String(36.1 + 0.2) == "36.300000000000004")
    let text = try ExportFormat.csv.render(DemoInput.input(entries: extra, from: day, to: day))
    let rows = try #require(parseCSV(text)).dropFirst().filter {
      ["t", "f", "hr", "bp", "l"].contains($0[13])
    }
    let igg = try #require(DemoInput.care.lab(named: "igg"))
    let crp = try #require(DemoInput.care.lab(named: "crp"))
    let creatinine = try #require(DemoInput.care.lab(named: "creatinine"))
    #expect(
      rows.map { Array($0[6...7]) + Array($0[15...20]) } == [
        ["36.3", "Cel", "", "", "", "", "", "Maria Santos"],
        ["38.22", "Cel", "", "", "", "", "", "Maria Santos"],
        ["92", "/min", "", "", "", "", "", "Maria Santos"],
        ["", "mm[Hg]", "118", "76", "", "", "", "Maria Santos"],
        ["520", igg.unit, "", "", "igg", "700 - 1600", "L", "Maria Santos"],
        ["3", crp.unit, "", "", "crp", "≤ 5", "", "Maria Santos"],
        ["1.1", creatinine.unit, "", "", "creatinine", "0.6 - 1.2", "", "Maria Santos"],
      ])
    #expect(rows[4][5] == "IgG 520 \(igg.unit)")
  }

  /// `--excel`: a UTF-8 byte-order mark, `;` between cells and decimal commas, for a
  /// spreadsheet in a comma-decimal locale; text with a `;` is quoted.
  @Test func theExcelDialectWritesSemicolonsAndDecimalCommas() throws {
    let day = DemoInput.date("2026-11-21")
    let extra = [
      DemoInput.entry("w", on: day, .weight(kilograms: 61.45, asTyped: "61,45 kg")),
      DemoInput.entry("n", on: day, .note(text: "slept; then 38.5")),
    ]
    let input = DemoInput.input(entries: extra, from: day, to: day)
    let text = CSVExport.render(input, dialect: .excel)
    #expect(text.hasPrefix("\u{FEFF}date;time;day;phase;type;text;value;unit;"))
    let lines = text.components(separatedBy: "\r\n")
    let weight = try #require(lines.first { $0.contains(";w;") })
    #expect(weight.contains(";Weight 61.5 kg;61,45;kg;"))
    let note = try #require(lines.first { $0.contains(";n;") })
    #expect(note.contains(#";"Note: slept; then 38.5";"#))
    #expect(!CSVExport.render(input).hasPrefix("\u{FEFF}"))
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
