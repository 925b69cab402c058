import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

private typealias R = ReportReading
private typealias F = ReportFixture

@Suite struct HTMLReportStructureTests {
  /// Ranges: the default, the weeks around the infusion, and a start only.
  static let ranges: [(String?, String?)] = [
    (nil, nil), ("2026-05-18", "2026-06-30"), ("2026-11-01", nil),
  ]

  @Test(arguments: ranges)
  func isOneSelfContainedPage(from: String?, to: String?) {
    let html = F.report(from: from, to: to)
    #expect(
      html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
    #expect(html.hasSuffix("</html>\n"))
    #expect(R.count(of: "<svg class=\"temperature-chart\"", in: html) == 1)
    // Nothing that runs, and nothing fetched: no scripts, links, frames, images or addresses.
    for banned in [
      "<script", "javascript:", "http://", "https://", "src=", "href=", "url(", "@import", "<link",
      "<img", "<iframe", "<object", "<embed",
    ] {
      #expect(!html.lowercased().contains(banned), "found \(banned)")
    }
    #expect(R.matches("(\\son[a-z]+=)", in: html.lowercased()).isEmpty, "an event handler")
  }

  @Test func sectionsComeInReadingOrder() {
    let ids = R.matches("<section id=\"([a-z-]+)\">", in: F.report())
    #expect(
      ids == [
        "alerts", "temperature", "vitals", "symptoms", "red-flags", "labs", "assessments",
        "medication", "grading", "neuro-checks", "milestones", "notes", "corrections",
      ])
  }

  /// The fever line lies on the grid line labelled with the protocol's threshold, in the
  /// journey's unit, and says so in words.
  @Test(arguments: [
    (nil as Double?, TemperatureUnit.celsius, "38.0", "°C"),
    (37.5, .celsius, "37.5", "°C"),
    (nil, .fahrenheit, "100.4", "°F"),
  ])
  func feverLineIsTheProtocolsThreshold(
    threshold: Double?, unit: TemperatureUnit, label: String, symbol: String
  ) throws {
    var care = F.care
    if let threshold {
      care.redFlags = care.redFlags.map { rule in
        var rule = rule
        if case .measure(.temperature, let bounds) = rule.condition, bounds.atLeast != nil,
          bounds.below == nil, bounds.atMost == nil
        {
          rule.condition = .atLeast(.temperature, threshold)
        }
        return rule
      }
    }
    let settings = JourneyEvent(
      id: "unit", recordedAt: F.now, author: DemoJourney.nurse,
      body: .settings(teamPhone: nil, temperatureUnit: unit))
    let html = F.report(events: [settings], care: care)
    let chart = try #require(
      R.matches("(<svg class=\"temperature-chart\"[\\s\\S]*?</svg>)", in: html).first)
    let lineY = try #require(
      R.matches("<line class=\"fever-line\"[^>]* y1=\"([0-9.]+)\"", in: chart).first)
    let labelled = R.matches(
      "<text class=\"axis threshold-label\"[^>]* y=\"([0-9.]+)\"[^>]*>([^<]*)</text>", in: chart)
    let labelY = try #require(labelled.first.flatMap(Double.init))
    #expect(abs(labelY - 3.5 - (Double(lineY) ?? 0)) < 0.11)
    #expect(
      R.matches("<text class=\"axis threshold-label\"[^>]*>([^<]*)</text>", in: chart) == [label])
    #expect(
      R.matches("<text class=\"fever-label\"[^>]*>([^<]*)</text>", in: chart) == [
        "\(label) \(symbol) fever line"
      ])
    #expect(
      !chart.contains(threshold == nil && unit == .celsius ? "37.5 °C fever" : "38.0 °C fever"))
  }

  @Test func readingsAtOrAboveTheLineAreTriangles() throws {
    let html = F.report(from: "2026-05-18", to: "2026-06-30")
    let section = try #require(R.section("temperature", in: html))
    #expect(R.count(of: "<path class=\"fever\"", in: section) == 10)
    #expect(R.count(of: "<circle class=\"reading\"", in: section) == 95)
    let summary = R.text(
      try #require(R.matches("(<p class=\"summary\">[^\n]*)", in: section).first))
    #expect(
      summary == "105 readings on 37 of 44 days. Highest 38.9 °C on 2026-05-27 08:00 Day +4 . "
        + "10 at or above the fever line of 38.0 °C, on 6 days.")
  }

  /// Each cell shows the worst severity of the day as a number and as the shade of that grade;
  /// over more than a month only the days with a symptom get a column.
  @Test func heatMapCellsCarryNumberAndShade() throws {
    let html = F.report(from: "2026-05-18", to: "2026-06-30")
    let section = try #require(R.section("symptoms", in: html))
    let header = R.matches("<th class=\"day\" scope=\"col\"><span>([^<]*)</span>", in: section)
    #expect(
      header == [
        "\u{2D}4 · 05-19", "-3 · 05-20", "+1 · 05-24", "+3 · 05-26", "+4 · 05-27", "+5 · 05-28",
        "+6 · 05-29", "+12 · 06-04", "+16 · 06-08",
      ])
    let rows = section.components(separatedBy: "<tr><th scope=\"row\">").dropFirst()
    let cells = rows.map { row in
      (
        String(row.prefix { $0 != "<" }),
        R.matches("<td(?: class=\"g[0-4]\")?>([0-4]?)</td>", in: row)
      )
    }
    #expect(cells.map(\.0) == ["Fatigue", "Chills", "Headache", "Nausea"])
    #expect(cells.first?.1 == ["", "2", "2", "", "3", "2", "2", "1", "2"])
    let shaded = R.matches("<td class=\"g([0-4])\">([0-4])</td>", in: section)
    let numbers = R.matches("<td class=\"g[0-4]\">([0-4])</td>", in: section)
    #expect(shaded == numbers && shaded.count == 12)
    #expect(section.contains("<span class=\"cell g4\">4</span> very severe"))
  }

  /// A sign logged only as happened (`scale = "present"`: a faint) says "yes" in its cell,
  /// shaded as the worst grade, never a severity it does not have (issue #13).
  @Test func aSignLoggedAsHappenedSaysYesInTheHeatMap() throws {
    let faint = F.entry(
      "faint", F.date("2026-05-28"), .symptom(name: "fainting", severity: 1))
    let html = F.report(entries: [faint], from: "2026-05-27", to: "2026-05-29")
    let section = try #require(R.section("symptoms", in: html))
    let row = try #require(
      section.components(separatedBy: "<tr><th scope=\"row\">").first {
        $0.hasPrefix("Fainting or loss of consciousness<")
      })
    #expect(
      row.prefix { $0 != "\n" }
        == "Fainting or loss of consciousness</th><td></td><td class=\"g4\">yes</td><td></td></tr>")
  }

  @Test func aMonthOrLessShowsEveryDay() throws {
    let html = F.report(from: "2026-05-20", to: "2026-06-08")
    let section = try #require(R.section("symptoms", in: html))
    let header = R.matches("<th class=\"day\" scope=\"col\"><span>([^<]*)</span>", in: section)
    #expect(header.count == 20)
    #expect(header.first == "-3 · 05-20" && header.last == "+16 · 06-08")
    #expect(!section.contains("only those days are shown"))
  }

  @Test func sameInputGivesTheSameBytes() {
    let input = F.input(from: "2026-05-18")
    #expect(HTMLReport.render(input) == HTMLReport.render(input))
  }
}

@Suite struct HTMLReportContentTests {
  @Test func mastheadSaysWhoWhereAndWhomToCall() throws {
    let header = try #require(
      R.matches("(<header class=\"masthead\">[\\s\\S]*?</header>)", in: F.report()).first)
    #expect(
      R.text(header)
        == "CareJourney · Visit report As of 2026-11-22 09:00 (UTC+01:00) Maria Santos "
        + "Day +183 · Month 6 · Follow-up "
        + "Born not recorded Issued by the treating centre (the protocol names none) "
        + "Protocol CD19 CAR-T for SLE (Erlangen / rese-cel style, Flu/Cy Day -5 to -3) (cd19-sle) "
        + "Day 0 (infusion) 2026-05-23 Follow-up since 2026-06-22 Day +30 "
        + "CAR-T team +49 9131 85-33010 Period the whole journey, to 2026-11-22 "
        + "Daily charts 2026-10-24 to 2026-11-22 (30 days)")
  }

  @Test func anActiveAlertHasItsSymbolWordAndCall() throws {
    let fever = F.entry("fever", F.today, hour: 8, .temperature(celsius: 38.6, asTyped: "38.6"))
    let alerts = try #require(R.section("alerts", in: F.report(entries: [fever])))
    let items = R.matches("(<li class=\"alert [a-z-]+\">[\\s\\S]*?</li>)", in: alerts).map(R.text)
    #expect(
      items == [
        "!! URGENT Temperature of 38.0 °C (100.4 °F) or more. "
          + "Seen: Temperature 38.6 °C at 08:00 on 2026-11-22 (Day +183 · Month 6). "
          + "Call your CAR-T team now on +49 9131 85-33010. If you cannot reach them now, call "
          + "112 or go to the nearest emergency department. Say you had CAR-T cell therapy and "
          + "show your wallet card."
      ])
    let quiet = try #require(R.section("alerts", in: F.report()))
    #expect(quiet.contains("No active alerts as of 2026-11-22 09:00"))
  }

  @Test func redFlagsOfThePeriodAreListedByRuleAndDay() {
    let rows = R.rows(of: "red-flags", in: F.report())
    #expect(rows.count == 13)
    #expect(
      rows.last
        == "! CALL TODAY CD19 B cells 45 cells/µL (previous 0 cells/µL) at 11:00 on 2026-10-05 "
        + "(Day +135 · Month 4) CD19 B cells measurable again (above 10 cells/µL) for the first "
        + "time since they were low.")
    #expect(
      rows.contains(
        "!! URGENT Temperature 38.9 °C at 08:00 on 2026-05-27 (Day +4) (and 2 more that day) "
          + "Temperature of 38.0 °C (100.4 °F) or more. Not recorded"))
    #expect(
      rows.contains(
        "! CALL TODAY Heart rate 114/min at 14:05 on 2026-05-27 (Day +4) Heart rate of 111 to "
          + "130 per minute."))
  }

  /// What was done about an alert shows beside it, with who recorded it and when.
  @Test func anAnsweredRedFlagSaysWhatWasDone() throws {
    let fever = try #require(
      F.input().entries.first {
        $0.observedAt.date == LocalDate(year: 2026, month: 5, day: 27)
          && $0.body == .temperature(celsius: 38.9, asTyped: "38.9")
      })
    let at = Timestamp(date: fever.observedAt.date, secondOfDay: 8 * 3600 + 1200, utcOffset: 7200)
    let answer = Entry(
      id: "ack", recordedAt: at, observedAt: at, author: Author(role: .caregiver, name: "Luis"),
      body: .acknowledgement(alert: fever.id, note: "called the team, came in"))
    let rows = R.rows(of: "red-flags", in: F.report(entries: [answer]))
    #expect(
      rows.contains(
        "!! URGENT Temperature 38.9 °C at 08:00 on 2026-05-27 (Day +4) (and 2 more that day) "
          + "Temperature of 38.0 °C (100.4 °F) or more. called the team, came in (Luis "
          + "(caregiver), 2026-05-27 08:20)"))
  }

  @Test func labsShowRangeMarksAndTrend() throws {
    let html = F.report()
    let rows = R.rows(of: "labs", in: html)
    #expect(
      rows.first
        == "Lab Unit Reference 2026-06-22 Day +30 2026-08-21 Day +90 2026-10-05 Day +135 "
        + "2026-11-19 Day +180 Trend (band: reference)")
    #expect(rows.contains("IgG mg/dL 700–1600 – 520 L 560 L 610 L"))
    // 40 mg/mmol typed at Month 3, stored as g/g.
    #expect(rows.contains("Urine protein/creatinine ratio g/g ≤ 0.2 – 0.35 H 0.25 H 0.15"))
    #expect(rows.contains("C4 mg/dL 10–40 – 13 – 19"))
    #expect(rows.contains("Neutrophils /µL 1800–7500 900 L 2100 2600 3100"))
    #expect(rows.contains("Troponin I ng/L – 8 – – –"))
    let section = try #require(R.section("labs", in: html))
    // One sparkline for each lab with values.
    #expect(R.count(of: "<svg class=\"sparkline\"", in: section) == 19)
    #expect(
      section.contains("aria-label=\"IgG mg/dL: 2026-08-21 520, 2026-10-05 560, 2026-11-19 610\""))
  }

  @Test func doris() {
    let month3: String =
      "2026-08-21 Day +90 Ana Weber (nurse) 2 (clinical 0) Increased DNA binding (2) 0.6 "
      + "2.5 mg/day hydroxychloroquine ✗ NOT MET physician global 0.6 is not below 0.5 ✗ NOT "
      + "MET physician "
      + "global 0.6 is not below 0.5 prednisolone 2.5 mg/day (drug-free means none)"
    let month6: String =
      "2026-11-19 Day +180 Ana Weber (nurse) 0 (clinical 0) no descriptor present 0.2 0 mg/day "
      + "hydroxychloroquine ✓ MET ✓ MET"
    #expect(R.rows(of: "assessments", in: F.report()).dropFirst() == [month3, month6])
  }

  @Test func dorisNotMetSaysWhy() {
    let active = F.entry(
      "visit", F.date("2026-11-20"), by: DemoJourney.nurse,
      .assessment(
        sledai: ["arthritis", "low-complement"], physicianGlobal: 1, prednisoloneMg: 7.5,
        immunosuppressants: ["hydroxychloroquine"]))
    let rows = R.rows(of: "assessments", in: F.report(entries: [active]))
    let reasons = "clinical SLEDAI 4 > 0 physician global 1 is not below 0.5 prednisolone "
    let expected: String =
      "2026-11-20 Day +181 Ana Weber (nurse) 6 (clinical 4) Arthritis (4), Low complement (2) "
      + "1 7.5 mg/day hydroxychloroquine ✗ NOT MET \(reasons)7.5 mg/day > 5 mg/day ✗ NOT MET "
      + "\(reasons)7.5 mg/day > 5 mg/day"
    #expect(rows.last == expected)
  }

  @Test func gradingsCarryTheirFindingsAndWhoGraded() {
    let rows = R.rows(of: "grading", in: F.report())
    #expect(rows.count == 6)
    #expect(
      rows[2]
        == "2026-05-27 15:10 Day +4 CRS grade 1, ICANS grade 0 · ICE 10/10 CRS grade 1: fever "
        + "38.9 °C without hypotension or hypoxia ICANS grade 0: no ICANS finding, ICE score 10 "
        + "(no impairment) Ana Weber (nurse)")
  }

  @Test func anIceScoreAloneListsItsItems() {
    let ice = F.entry(
      "ice", F.date("2026-11-21"), by: DemoJourney.nurse,
      .ice(ICEScore(orientation: 3, naming: 3, commands: 1, writing: 0, attention: 1)))
    #expect(
      R.rows(of: "grading", in: F.report(entries: [ice])).last
        == "2026-11-21 12:00 Day +182 ICE score 8/10 ICE items: orientation 3/4, naming 3/3, "
        + "commands 1/1, writing 0/1, attention 1/1 Ana Weber (nurse)")
  }

  @Test func milestonesShowDueDateSignerAndWhen() {
    let rows = R.rows(of: "milestones", in: F.report())
    #expect(
      rows.contains(
        "2026-11-19 Day +180 Follow-up visit: SLEDAI-2K, DORIS, blood count, IgG, anti-dsDNA, "
          + "complement, B cells, urine protein (Month 6) · Follow-up ✓ Ana Weber (nurse), "
          + "2026-11-19 Day +180"))
    #expect(rows.last?.hasSuffix("(Month 12) · Follow-up upcoming") == true)
    let html = F.report()
    #expect(html.contains("52 earlier signed milestones in this period not listed"))
  }

  @Test func medicationPlanChangesAndWhatIsTaken() throws {
    let html = F.report()
    let rows = R.rows(of: "medication", in: html)
    #expect(
      rows.contains(
        "2026-10-05 Day +135 Stopped prednisone – taper finished Maria Santos (patient)"))
    #expect(
      rows.contains(
        "2026-03-14 Day −70 Stopped mycophenolate – washout before leukapheresis Ana Weber (nurse)")
    )
    #expect(rows.contains("hydroxychloroquine 200 mg/day 2026-03-09 Day −75 2026-03-09 Day −75"))
    let earlier = R.rows(of: "medication", in: F.report(to: "2026-07-01"))
    #expect(earlier.first == "Medicine Dose Since Dose since")
    #expect(earlier.contains("prednisone 5 mg/day 2026-03-09 Day −75 2026-06-22 Day +30"))
  }

  @Test func notesAreListedWithWhoWroteThem() {
    #expect(
      R.rows(of: "notes", in: F.report()).last
        == "2026-08-21 21:00 Day +90 Maria Santos (patient) Month 3 visit: team says labs look good."
    )
  }
}

@Suite struct HTMLReportRangeTests {
  @Test(arguments: [
    (nil as String?, nil as String?, "2026-10-24", 30),
    (nil, "2026-06-30", "2026-05-30", 30),
    ("2026-05-18", "2026-06-30", "2026-05-18", 44),
    ("2026-11-01", nil, "2026-11-01", 22),
  ])
  func dailyChartsCoverTheRange(from: String?, to: String?, start: String, days: Int) {
    let report = Report(F.input(from: from, to: to))
    #expect(report.chartStart == F.date(start))
    #expect(report.chartDays == days)
  }

  @Test func afterAQuietSpellTheChartsEndAtTheLastReading() {
    var input = F.input()
    input.entries = input.entries.filter { $0.observedAt.date < F.date("2026-09-01") }
    let report = Report(input)
    #expect(report.chartStart == F.date("2026-08-01"))
    #expect(report.chartEnd == F.date("2026-08-30"))
  }

  @Test func fromAndToLimitEverySection() throws {
    let html = F.report(from: "2026-05-18", to: "2026-06-30")
    #expect(html.contains("<dt>Period</dt><dd>2026-05-18 to 2026-06-30</dd>"))
    #expect(html.contains("<h2>Temperature, 2026-05-18 to 2026-06-30</h2>"))
    #expect(html.contains("No SLEDAI-2K assessment in this period."))
    let range = F.date("2026-05-18")...F.date("2026-06-30")
    let labs = try #require(R.section("labs", in: html))
    #expect(labs.contains("2026-06-22") && !labs.contains("2026-08-21"))
    for id in ["red-flags", "medication", "grading", "notes"] {
      let section = try #require(R.section(id, in: html))
      let rows = R.rows(section).filter { $0.first?.isNumber == true || $0.hasPrefix("!") }
      #expect(!rows.isEmpty, "\(id) lists nothing")
      let dates = R.matches("(\\d{4}-\\d{2}-\\d{2})", in: rows.joined(separator: "\n"))
        .compactMap { LocalDate(parsing: $0) }
      #expect(dates.allSatisfy(range.contains), "\(id) lists a day outside the range")
    }
    #expect(R.rows(of: "notes", in: html).count == 7)
    #expect(R.rows(of: "grading", in: html).count == 6)
  }
}

@Suite struct HTMLReportEscapingTests {
  static let hostile = "<script>alert(\"x\")</script> & 'quotes' \u{202E}evil\u{202C} <b>"

  /// Hostile text in every place the report shows text from the data: the patient's name, the
  /// phone, a note, a medicine, a symptom the protocol lacks, a lab's name in the protocol.
  @Test func textFromTheDataNeverBecomesMarkup() throws {
    var care = F.care
    care.name = Self.hostile
    care.labs = care.labs.map { lab in
      var lab = lab
      if lab.id == "igg" { lab.label = "IgG \"><svg onload=alert(1)>" }
      return lab
    }
    let demo = F.demo
    let created = JourneyEvent(
      id: "start", recordedAt: demo.events[0].recordedAt, author: DemoJourney.nurse,
      body: .created(
        patient: Self.hostile, protocolID: "cd19-sle", teamPhone: "\"><img src=x onerror=alert(1)>",
        temperatureUnit: .celsius))
    let entries =
      demo.entries + [
        F.entry("n", F.date("2026-11-21"), .note(text: Self.hostile)),
        F.entry(
          "m", F.date("2026-11-21"),
          .medicationChange(name: Self.hostile, dose: "1 \"mg\"", change: .start, reason: "<i>")),
        F.entry("s", F.today, hour: 7, .symptom(name: "<u>hiccups</u>", severity: 2)),
      ]
    let input = ExportInput(
      journey: Journey(events: [created] + demo.events.dropFirst()), entries: entries, care: care,
      now: F.now)
    let html = HTMLReport.render(input)
    for raw in ["<script", "<b>", "<img", "<svg onload", "<i>", "<u>", "\u{202E}", "\u{202C}"] {
      #expect(!html.contains(raw), "\(raw) reached the page")
    }
    let shown = SafeText.visible(Self.hostile)
    #expect(shown == "<script>alert(\"x\")</script> & 'quotes' <U+202E>evil<U+202C> <b>")
    #expect(html.contains("<h1>\(Markup.escape(Self.hostile))</h1>"))
    #expect(
      Markup.escape(Self.hostile)
        == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; "
        + "&lt;U+202E&gt;evil&lt;U+202C&gt; &lt;b&gt;")
    #expect(
      R.rows(of: "notes", in: html).last?.hasSuffix("Maria Santos (patient) \(shown)") == true)
    #expect(
      R.rows(of: "medication", in: html).contains(
        "\(shown) 1 \"mg\" 2026-11-21 Day +182 2026-11-21 Day +182"))
    #expect(html.contains("aria-label=\"IgG &quot;&gt;&lt;svg onload=alert(1)&gt; mg/dL:"))
    #expect(
      html.contains("<title>Visit report: \(Markup.escape(Self.hostile)), as of 2026-11-22</title>")
    )
    #expect(R.rows(of: "symptoms", in: html).last == "<u>hiccups</u> 2")
  }
}
