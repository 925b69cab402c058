import JourneyCore
import Testing

@testable import TerminalUI

/// Each lab over the follow-up on the Trends screen, against its reference range, with the
/// demo journey's visits (Day +90, +135, +180).
@Suite struct TrendsLabTests {
  static let size = Size(width: 80, height: 24)

  func send(_ state: inout AppState, _ keys: [Key]) {
    for key in keys { _ = reduce(into: &state, .key(key)) }
  }

  @Test func arrowsGoThroughEachLabWithValuesAndBackToTemperatures() {
    var state = Fixture.state(role: .caregiver)
    send(&state, [.character("4")])
    #expect(Frame.render(state, size: Self.size).lines[2].hasSuffix(" · ↑/↓ labs"))
    var seen: [String?] = []
    for _ in 0..<20 {
      send(&state, [.character("j")])
      seen.append(state.trends.lab)
    }
    // The labs with values, in the protocol's order, then back to temperatures.
    #expect(
      seen == [
        "anti-dsdna", "c3", "c4", "upcr", "creatinine", "igg", "cd19-b-cells", "cd4",
        "neutrophils", "haemoglobin", "platelets", "ferritin", "fibrinogen", "alt", "ast",
        "triglycerides", "ldh", "crp", "troponin", nil,
      ])
    send(&state, [.up])
    #expect(state.trends.lab == "troponin")
  }

  @Test func withoutLabsTheArrowsSaySo() {
    var data = Fixture.demo()
    data.entries.removeAll { if case .labs = $0.body { true } else { false } }
    var state = Fixture.state(role: .caregiver, data: data)
    send(&state, [.character("4"), .down])
    #expect(state.trends.lab == nil)
    #expect(state.notice?.text.hasPrefix("No lab values recorded yet") == true)
    #expect(!Frame.render(state, size: Self.size).lines[3].contains("↑/↓ labs"))
  }

  @Test func iggAt80x24ShowsTheRangeAsLinesAndEachLowValueInWords() {
    var state = Fixture.state(role: .caregiver)
    send(&state, [.character("4")] + Array(repeating: .down, count: 6))
    let frame = Frame.render(state, size: Self.size)
    #expect(
      Array(frame.lines[2...22]) == [
        " Trends · IgG · every visit · ↑/↓ view 7 of 20",
        " Reference range 700–1600 mg/dL · ▼ low  • in range  ▲ high",
        " 1700 │",
        " 1600 │───────────────────────────────────────────────────────── 1600 high limit",
        " 1500 │",
        " 1400 │",
        " 1300 │",
        " 1200 │",
        " 1100 │",
        " 1000 │",
        "  900 │",
        "  800 │",
        "  700 │─────────────────────────────────────────────────────────── 700 low limit",
        "  600 │                    ▼",
        "  500 │    ▼       ▼",
        "  400 │",
        "mg/dL └────┬───────┬───────┬────────────────────────────────────────────────────",
        "          +90     +135    +180",
        "  Day +90 · Month 3   2026-08-21  520 mg/dL (5.2 g/L)      ▼ low",
        "  Day +135 · Month 4  2026-10-05  560 mg/dL (5.6 g/L)      ▼ low",
        "  Day +180 · Month 6  2026-11-19  610 mg/dL (6.1 g/L)      ▼ low",
      ])
    // Low is a shape and a word, in the warning role; the range lines in the threshold role.
    #expect(frame[11, 16].text == "▼" && frame[11, 16].style == Style(.warning, bold: true))
    #expect(frame[8, 14].style.role == .threshold && frame[8, 5].style.role == .threshold)
    #expect(frame[59, 22].style == Style(.warning, bold: true))
  }

  @Test(
    "each lab's range and marks: high, in range, low, and no range",
    arguments: [
      (
        4, "Reference range up to 0.2 g/g · ▼ low  • in range  ▲ high",
        [
          "  Day +90 · Month 3   2026-08-21  0.35 g/g (40 mg/mmol)    ▲ high",
          "  Day +135 · Month 4  2026-10-05  0.25 g/g                 ▲ high",
          "  Day +180 · Month 6  2026-11-19  0.15 g/g                 • in range",
        ]
      ),
      (
        7, "Reference range 100–500 cells/µL · ▼ low  • in range  ▲ high",
        [
          "  Day +90 · Month 3   2026-08-21  0 cells/µL               ▼ low",
          "  Day +135 · Month 4  2026-10-05  45 cells/µL              ▼ low",
          "  Day +180 · Month 6  2026-11-19  120 cells/µL             • in range",
        ]
      ),
      (
        1, "No reference range in the protocol (IU/mL)",
        [
          "  Day +90 · Month 3   2026-08-21  18 IU/mL",
          "  Day +135 · Month 4  2026-10-05  9 IU/mL",
          "  Day +180 · Month 6  2026-11-19  6 IU/mL",
        ]
      ),
    ])
  func eachLab(presses: Int, range: String, table: [String]) {
    var state = Fixture.state(role: .caregiver)
    send(&state, [.character("4")] + Array(repeating: .down, count: presses))
    let lines = Frame.render(state, size: Self.size).lines
    #expect(lines[3] == " " + range)
    #expect(Array(lines[20...22]) == table)
    // A count never goes below zero on the axis.
    #expect(!lines.contains { $0.hasPrefix("    -") || $0.contains(" -1") })
  }

  @Test func yearsOfVisitsKeepTheNewestInTheTableAndAllInTheChart() {
    var data = Fixture.demo()
    let nurse = Author(role: .nurse, name: "Ana Weber")
    // Fifteen more IgG values, one a month before the demo's, the last of them low.
    for month in 1...15 {
      let at = Timestamp(
        date: Fixture.today.adding(days: -183 + 5 * month), secondOfDay: 11 * 3600,
        utcOffset: 3600)
      let value = month == 15 ? 380.0 : 700.0 + Double(month) * 20
      data.entries.append(
        Entry(
          id: "igg\(month)", recordedAt: at, observedAt: at, author: nurse,
          body: .labs([LabResult(lab: "igg", value: value, typedValue: value, typedUnit: "mg/dL")]))
      )
    }
    var state = Fixture.state(role: .caregiver, data: data)
    send(&state, [.character("4")] + Array(repeating: .down, count: 6))
    let lines = Frame.render(state, size: Self.size).lines
    #expect(lines[2] == " Trends · IgG · every visit · ↑/↓ view 7 of 20")
    #expect(
      lines[14] == "  10 earlier visits are in the chart; carejourney timeline lists them all")
    // The chart keeps every visit: the low value at Day +75 among them, marked.
    #expect(lines[10] == "  300 │                                                          ▼")
    #expect(lines[22] == "  Day +180 · Month 6  2026-11-19  610 mg/dL (6.1 g/L)      ▼ low")
    #expect(lines.contains("  Day +75             2026-08-06  380 mg/dL                ▼ low"))
    #expect(lines[23].hasPrefix(" Follow-up · Day +183"))
  }
}

@Suite struct LabChartTests {
  static let creatinine = LabDefinition(
    id: "creatinine", label: "Creatinine", unit: "mg/dL", low: 0.6, high: 1.2,
    plausible: 0.05...30)

  @Test func aRangeTooNarrowForTwoRowsIsOneLineNamedAsTheRange() {
    var buffer = CellBuffer(size: Size(width: 40, height: 8))
    LabChart(lab: Self.creatinine, values: [0.8, 25, 0.4], labels: ["+90", "+180", "+270"])
      .render(into: &buffer, x: 0, y: 0, width: 40, height: 8)
    #expect(
      buffer.lines == [
        " 20.6 │            ▲",
        " 15.6 │",
        " 10.6 │",
        "  5.6 │",
        "  0.6 │────•────────────── 0.6–1.2 range",
        "    0 │                    ▼",
        "mg/dL └────┬───────┬───────┬────────────",
        "          +90     +180    +270",
      ])
    #expect(buffer[19, 0].style == Style(.warning, bold: true))
    #expect(buffer[11, 4].style == Style(.ok))
  }

  @Test func inASCIITheMarksAreLetters() {
    let chart = LabChart(lab: Self.creatinine, values: [], labels: [], glyphs: .ascii)
    #expect([0.5, 0.9, 1.3].map { chart.mark($0).glyph } == ["v", "o", "^"])
  }
}
