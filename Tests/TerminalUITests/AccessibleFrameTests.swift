import FrameTesting
import JourneyCore
import Testing

@testable import TerminalUI

/// Every screen in an accessible frame (`--accessible`) at 80x24: text only, charts and the
/// heat map as sentences, the notice at the bottom; whole frames, and no cell holding a
/// box-drawing, block, braille or chart glyph.
@Suite struct AccessibleFrameTests {
  static let author = Author(role: .patient, name: "Maria Santos")

  /// The demo at 09:00 with the patient's fever of 38.4 °C just saved, a headache and nausea
  /// over the last days, and a temperature typed wrong and corrected.
  static func journey() -> JourneyData {
    var data = Fixture.demo()
    func at(_ daysAgo: Int, _ hour: Int) -> Timestamp {
      Timestamp(
        date: Fixture.today.adding(days: -daysAgo), secondOfDay: hour * 3600, utcOffset: 3600)
    }
    func add(_ id: String, _ time: Timestamp, _ body: Entry.Body) {
      data.entries.append(
        Entry(id: id, recordedAt: time, observedAt: time, author: author, body: body))
    }
    add("h1", at(2, 10), .symptom(name: "headache", severity: 1))
    add("h2", at(1, 10), .symptom(name: "headache", severity: 2))
    add("n1", at(1, 11), .symptom(name: "nausea", severity: 0))
    add("typo", at(1, 12), .temperature(celsius: 39.7, asTyped: "39.7"))
    add(
      "fix", at(1, 13),
      .correction(
        target: "typo", reason: "misread", replacement: .temperature(celsius: 37.9, asTyped: "37.9")
      )
    )
    add("fever", at(0, 9), .temperature(celsius: 38.4, asTyped: "38.4"))
    return data
  }

  static func state(
    _ screen: AppState.Screen, role: Role = .patient, data: JourneyData? = journey(),
    _ change: (inout AppState) -> Void = { _ in }
  ) -> AppState {
    var state = Fixture.state(role: role, data: data)
    state.accessible = true
    state.screen = screen
    change(&state)
    return state
  }

  /// The glyphs no accessible frame may hold: box drawing, block elements, braille, every
  /// glyph of ``Glyphs/unicode`` beyond ASCII (`•`, `▲`, `▼`, `·`, `…`), and the stroke of
  /// struck-out text.
  static func forbidden(_ scalar: Unicode.Scalar) -> Bool {
    let glyphs = Glyphs.unicode
    let chart = [
      glyphs.horizontal, glyphs.vertical, glyphs.corner, glyphs.tick, glyphs.point, glyphs.high,
      glyphs.low, glyphs.none, glyphs.ellipsis,
    ].flatMap(\.unicodeScalars).filter { !$0.isASCII }
    return (0x2500...0x259F).contains(scalar.value) || (0x2800...0x28FF).contains(scalar.value)
      || chart.contains(scalar) || scalar == "\u{336}"
  }

  /// Expects the accessible frame of `state` to be `lines`, and no cell to hold a forbidden
  /// glyph.
  static func expectAccessible(
    _ state: AppState, _ lines: [String], cursorRow: Int? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let frame = Frame.render(state, size: Frame.comfortable)
    expectFrame(frame, lines, cursorRow: cursorRow, sourceLocation: sourceLocation)
    var found: [String] = []
    for y in 0..<frame.size.height {
      for x in 0..<frame.size.width where frame[x, y].text.unicodeScalars.contains(where: forbidden)
      {
        found.append("\(x),\(y): \(frame[x, y].text)")
      }
    }
    #expect(found.isEmpty, "glyphs in the frame: \(found)", sourceLocation: sourceLocation)
  }

  static let alert = [
    " !! URGENT: Call your CAR-T team now on +49 9131 85-33010.",
    "    If you cannot reach them now, call 112 or go to the nearest emergency",
    "    department. Say you had CAR-T cell therapy and show your wallet card.",
    "    Seen: Temperature 38.4 °C at 09:00 on 2026-11-22 (Day +183, Month 6).",
    "    Temperature of 38.0 °C (100.4 °F) or more.",
  ]
  static let banner = " Maria Santos, Day +183, Month 6, Follow-up"
  static func blank(_ count: Int) -> [String] { Array(repeating: "", count: count) }

  /// The notice is at the bottom, above the status line, and the clock is left out.
  @Test func today() {
    var state = Self.state(.today)
    state.notice = AppState.Notice(kind: .info, text: "Saved: Temperature 38.4 °C")
    Self.expectAccessible(
      state,
      [" [ 1 Today ]  2 Timeline    3 Milestones    4 Trends    ? Help", Self.banner]
        + Self.alert + [
          " Sunday 2026-11-22",
          "",
          " Logged today:",
          "    08:30  Temperature 36.9 °C  — Maria Santos",
          " !! 09:00  Temperature 38.4 °C  — Maria Santos",
          "",
          " t temperature, s symptom, n note, m medication, a answer the alert",
        ] + Self.blank(8) + [
          " ✓ Saved: Temperature 38.4 °C",
          " Follow-up, Day +183, Month 6 | Maria Santos (patient) | q quit  ? help",
        ])
  }

  /// No phase band, no stroke through the corrected temperature (it says so in words), and
  /// the real cursor on the selected row.
  @Test func timeline() {
    Self.expectAccessible(
      Self.state(.timeline, role: .caregiver),
      ["   1 Today  [ 2 Timeline ]  3 Milestones    4 Trends    ? Help", Self.banner] + Self.alert
        + [
          " Timeline, newest first, showing all",
          " FOLLOW-UP  2026-11-22  Day +183, Month 6",
          " !! 09:00  Temperature 38.4 °C  — Maria Santos",
          "    08:30  Temperature 36.9 °C  — Maria Santos",
          " FOLLOW-UP  2026-11-21  Day +182, Month 6",
          "    13:00  Temperature 37.9 °C (corrects typo by Maria Santos (patient): misr...",
          "    12:00  Temperature 39.7 °C (struck out)  — Maria Santos",
          "    11:00  Nausea: none (0/4)  — Maria Santos",
          "    10:00  Headache: moderate (2/4)  — Maria Santos",
          " FOLLOW-UP  2026-11-20  Day +181, Month 6",
          "    10:00  Headache: mild (1/4)  — Maria Santos",
          " FOLLOW-UP  2026-11-19  Day +180, Month 6",
          "    11:30  SLEDAI-2K 0 (clinical 0), DORIS met, drug-free remission met  — An...",
          "    11:00  Labs: Anti-dsDNA 6 IU/mL, C3 1.08 g/L (108 mg/dL, in range), C4 19...",
          "    08:30  Temperature 36.6 °C  — Maria Santos",
          "           Signed: Inactivated vaccines restart (from about Month 6; at least...",
          " Follow-up, Day +183, Month 6 | Maria Santos (caregiver) | f filter  ? help",
        ], cursorRow: 8)
  }

  @Test func milestones() {
    Self.expectAccessible(
      Self.state(.milestones, role: .nurse),
      ["   1 Today    2 Timeline  [ 3 Milestones ]  4 Trends    ? Help", Self.banner] + Self.alert
        + [
          " Milestones, Follow-up since 2026-06-22",
          " ✓ done     Day +90, Month 3   Follow-up visit: SLEDAI-2K, DORIS, blood coun...",
          " ✓ done     Day +90, Month 3   Influenza and COVID-19 vaccines may restart (...",
          " ✓ done     Day +180, Month 6  Follow-up visit: SLEDAI-2K, DORIS, blood coun...",
          " ✓ done     Day +180, Month 6  Prophylaxis review: stop HSV/VZV and PJP prop...",
          " ✓ done     Day +180, Month 6  Inactivated vaccines restart (from about Mont...",
          "›○ upcoming Day +270, Month 9  Follow-up visit: SLEDAI-2K, DORIS, blood coun...",
          " ○ upcoming Day +360, Month 12 Prophylaxis review: stop HSV/VZV and PJP prop...",
          " ○ upcoming Day +360, Month 12 Live vaccines: not before Year 2 (12 months o...",
          " ○ upcoming Day +360, Month 12 A new cancer found: contact the sponsor or ma...",
          " ○ upcoming Day +360, Month 12 Yearly long-term check: second cancers (age-a...",
        ] + Self.blank(5) + [
          " Follow-up, Day +183, Month 6 | Ana Weber (nurse) | i ICE score form  ? help"
        ], cursorRow: 13)
  }

  /// The temperature chart and the heat map as sentences: the fever first, then each day.
  @Test func trends() {
    var state = Self.state(.trends)
    state.trends.days = 7
    Self.expectAccessible(
      state,
      ["   1 Today    2 Timeline    3 Milestones  [ 4 Trends ]  ? Help", Self.banner] + Self.alert
        + [
          " Trends, last 7 days, ←/→ change the period (7, 30, 90), ↑/↓ labs",
          " Temperature, last 7 days (+177 to +183): at or above the fever line",
          "   (38.0 °C) on 1 day: +183.",
          " Highest temperature each day, last 7 days, in °C: 36.9, no reading for 2",
          "   days, 36.6, no reading, 37.9, 38.4 (above the fever line).",
          " Symptoms, worst of each day, last 7 days, oldest first:",
          " Headache: not logged for 4 days, mild, moderate, not logged.",
          " Nausea: not logged for 5 days, none, not logged.",
        ] + Self.blank(8) + [
          " Follow-up, Day +183, Month 6 | Maria Santos (patient) | q quit  ? help"
        ])
  }

  /// A lab as a sentence, and the table of visits in words without marks.
  @Test func trendsLab() {
    var state = Self.state(.trends)
    state.trends.lab = "igg"
    Self.expectAccessible(
      state,
      ["   1 Today    2 Timeline    3 Milestones  [ 4 Trends ]  ? Help", Self.banner] + Self.alert
        + [
          " Trends, IgG, every visit, ↑/↓ view 7 of 20",
          " Reference range 700–1600 mg/dL",
          " IgG at each visit, oldest first, in mg/dL: 520 on +90 (low), 560 on +135",
          "   (low), 610 on +180 (low).",
          "",
          "  Day +90, Month 3   2026-08-21  520 mg/dL (5.2 g/L)      low",
          "  Day +135, Month 4  2026-10-05  560 mg/dL (5.6 g/L)      low",
          "  Day +180, Month 6  2026-11-19  610 mg/dL (6.1 g/L)      low",
        ] + Self.blank(8) + [
          " Follow-up, Day +183, Month 6 | Maria Santos (patient) | q quit  ? help"
        ])
  }

  @Test func help() {
    Self.expectAccessible(
      Self.state(.help),
      ["   1 Today    2 Timeline    3 Milestones    4 Trends  [ ? Help ]", Self.banner] + Self.alert
        + [
          " Keys on Today:",
          "   x          export to a file: csv, json, fhir, ics or html",
          "   p          switch person: who is at the keyboard",
          "   t          log a temperature",
          "   s          log a symptom",
          "   n          write a note",
          "   m          log a medication",
          "   a          answer the alert at the top: say what was done",
          "   c          home neuro check: a sentence, three objects, the date, counting",
          "              back (the acute weeks)",
          "   Tab        next screen",
          "   Shift-Tab  previous screen",
          "   1          Today",
          "   2          Timeline",
          "   3          Milestones",
          "   4          Trends                                             PgDn for more",
          " Follow-up, Day +183, Month 6 | Maria Santos (patient) | q quit  ? help",
        ])
  }

  @Test func start() {
    Self.expectAccessible(
      Self.state(.start, data: nil),
      [
        " [ Start ]  ? Help",
        " Welcome to CareJourney.",
        " It keeps one patient's CAR-T journey: phases, milestones, temperatures,",
        " symptoms.",
        " There is no journey in this data directory yet.",
        "",
        "   n  start a new journey: the patient, where they are now, the dates you know",
        "   d  open the demo journey (a made-up patient at Month 6)",
        "   q  quit",
      ] + Self.blank(14) + [
        " No journey yet | n start a new journey  d open the demo journey  q quit  ? help"
      ])
  }
}
