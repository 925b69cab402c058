import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

private typealias R = ReportReading
private typealias F = ReportFixture

/// What a doctor reads on paper: the vitals of each day beside the temperature, every page
/// naming the patient, corrections struck through with who and why, and no command lines.
@Suite struct HTMLReportPrintTests {
  static func at(_ date: String, _ hour: Int) -> Timestamp {
    Timestamp(date: F.date(date), secondOfDay: hour * 3600, utcOffset: 3600)
  }

  /// The demo journey with only these entries, in the journey's unit given.
  static func report(
    _ entries: [Entry], unit: TemperatureUnit = .celsius, events: [JourneyEvent] = [],
    care: CareProtocol = F.care
  ) -> String {
    var more = events
    if unit != .celsius {
      more.append(
        JourneyEvent(
          id: "unit", recordedAt: at("2026-11-22", 8), author: DemoJourney.patient,
          body: .settings(teamPhone: nil, temperatureUnit: unit)))
    }
    return HTMLReport.render(
      ExportInput(
        journey: Journey(events: F.demo.events + more), entries: entries, care: care, now: F.now))
  }

  static let vitals: [Entry] = [
    F.entry("t1", F.date("2026-11-20"), hour: 8, .temperature(celsius: 37.9, asTyped: "37.9")),
    F.entry("h1", F.date("2026-11-20"), hour: 8, .heartRate(bpm: 72)),
    F.entry("b1", F.date("2026-11-20"), hour: 8, .bloodPressure(systolic: 118, diastolic: 76)),
    F.entry("o1", F.date("2026-11-20"), hour: 9, .oxygenSaturation(percent: 97)),
    F.entry("t2", F.date("2026-11-20"), hour: 20, .temperature(celsius: 38.0, asTyped: "38.0")),
    F.entry("h2", F.date("2026-11-20"), hour: 20, .heartRate(bpm: 80)),
    F.entry("t3", F.date("2026-11-21"), hour: 8, .temperature(celsius: 36.8, asTyped: "36.8")),
    F.entry("w1", F.date("2026-11-21"), hour: 8, .weight(kilograms: 64.5, asTyped: "64.5")),
  ]

  /// Every reading of each day, the fever line's value marked and the one under it not, in
  /// the journey's unit; a day with no reading has no row.
  @Test(arguments: [
    (TemperatureUnit.celsius, "°C", "37.9, ▲ 38.0", "36.8"),
    (.fahrenheit, "°F", "100.2, ▲ 100.4", "98.2"),
  ])
  func vitalsOfEachDayStandBesideTheTemperature(
    unit: TemperatureUnit, symbol: String, first: String, second: String
  ) {
    let html = Self.report(Self.vitals, unit: unit)
    #expect(
      R.rows(of: "vitals", in: html) == [
        "Day Temperature (\(symbol)) Heart rate (/min) Blood pressure (mmHg) SpO2 (%) Weight (kg)",
        "2026-11-20 Day +181 \(first) 72, 80 118/76 97 –",
        "2026-11-21 Day +182 \(second) – – – 64.5",
      ])
    #expect(
      R.matches("<section id=\"([a-z-]+)\">", in: html).prefix(3) == [
        "alerts", "temperature", "vitals",
      ])
  }

  @Test func noVitalsSaysSo() throws {
    let symptom = F.entry("s", F.date("2026-11-21"), .symptom(name: "fatigue", severity: 1))
    let section = try #require(R.section("vitals", in: Self.report([symptom])))
    #expect(R.text(section).hasSuffix("No vital signs logged from 2026-10-23 to 2026-11-21."))
  }

  /// The running header is the head of one table holding the whole report, so Chromium and
  /// Firefox print it at the top of every page; it names the patient, the date of birth, the
  /// identifiers, the report's date and the issuing centre.
  @Test func everyPrintedPageNamesThePatientAndTheCentre() throws {
    let details = PatientDetails(
      born: F.date("1984-03-12"), sex: .female,
      identifiers: [PatientIdentifier(system: "urn:oid:1.2.276.0.76.4.8", value: "A12345")])
    let settings = JourneyEvent(
      id: "details", recordedAt: Self.at("2026-11-22", 8), author: DemoJourney.nurse,
      body: .settings(teamPhone: nil, temperatureUnit: nil, details: details))
    var care = F.care
    care.centre = "Uniklinikum Erlangen, Medizin 3"
    let html = Self.report(Self.vitals, events: [settings], care: care)
    let running = try #require(
      R.matches("(<thead class=\"running\">[\\s\\S]*?</thead>)", in: html).first)
    #expect(
      R.text(running)
        == "Maria Santos · born 1984-03-12 · A12345 (urn:oid:1.2.276.0.76.4.8) "
        + "Visit report of 2026-11-22 · Uniklinikum Erlangen, Medizin 3")
    #expect(html.contains("<body>\n<table class=\"page\">\n<thead class=\"running\">"))
    #expect(html.contains("</main>\n</td></tr></tbody>\n</table>\n</body>"))
    #expect(R.count(of: "<thead class=\"running\">", in: html) == 1)
    #expect(html.contains("@media print { thead.running { display: table-header-group; } }"))
    let masthead = try #require(
      R.matches("(<header class=\"masthead\">[\\s\\S]*?</header>)", in: html).first)
    #expect(
      R.text(masthead).contains(
        "Born 1984-03-12 Sex female Identifier A12345 (urn:oid:1.2.276.0.76.4.8) "
          + "Issued by Uniklinikum Erlangen, Medizin 3 Protocol"))
  }

  /// A retyped temperature and a struck-out symptom: the first value struck through with who
  /// wrote it, what stands now, who corrected it, when and why.
  @Test func correctionsAreStruckThroughWithWhoAndWhy() throws {
    let written = Self.at("2026-11-21", 10)
    let entries = [
      F.entry("t1", F.date("2026-11-20"), .temperature(celsius: 39.9, asTyped: "39.9")),
      Entry(
        id: "c1", recordedAt: written, observedAt: Self.at("2026-11-20", 12),
        author: DemoJourney.nurse,
        body: .correction(
          target: "t1", reason: "typed 39.9 for 36.9",
          replacement: .temperature(celsius: 36.9, asTyped: "36.9"))),
      F.entry("h1", F.date("2026-11-21"), hour: 8, .heartRate(bpm: 140)),
      Entry(
        id: "c2", recordedAt: written, observedAt: Self.at("2026-11-21", 8),
        author: DemoJourney.caregiver,
        body: .correction(target: "h1", reason: "logged twice", replacement: nil)),
    ]
    let html = Self.report(entries)
    #expect(
      R.rows(of: "corrections", in: html) == [
        "When First recorded Now Corrected by Why",
        "2026-11-20 12:00 Day +181 Temperature 39.9 °C by Maria Santos (patient) "
          + "Temperature 36.9 °C Ana Weber (nurse) 2026-11-21 10:00 typed 39.9 for 36.9",
        "2026-11-21 08:00 Day +182 Heart rate 140/min by Maria Santos (patient) struck out "
          + "Tom Santos (caregiver) 2026-11-21 10:00 logged twice",
      ])
    #expect(html.contains("<td><del>Temperature 39.9"))
    // The charts use what stands: the new value on its day, the struck one nowhere.
    #expect(R.rows(of: "vitals", in: html).dropFirst() == ["2026-11-20 Day +181 36.9 – – – –"])
  }

  /// No command line anywhere, even where the report says more is left out.
  @Test(arguments: HTMLReportStructureTests.ranges)
  func noCommandLineHints(from: String?, to: String?) {
    let notes = (1...20).map { day in
      F.entry("n\(day)", F.date("2026-11-01").adding(days: day), .note(text: "day \(day)"))
    }
    let html = F.report(entries: notes, from: from, to: to)
    #expect(html.contains("not listed; a report for a shorter period lists them."))
    #expect(!html.contains("carejourney "))
    #expect(!html.contains(" --"))
    #expect(!html.contains("<code>"))
  }
}
