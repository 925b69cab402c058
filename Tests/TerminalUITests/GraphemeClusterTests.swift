import FrameTesting
import JourneyCore
import Testing

@testable import TerminalUI

/// Emoji and other grapheme clusters on the screens: a cell holds a whole cluster, with the
/// width tmux gives it (checked in tmux 3.3a against glibc's `wcwidth`; see ``TextWidth``).
@Suite struct GraphemeClusterTests {
  static let nurse = "\u{1F469}\u{200D}\u{2695}\u{FE0F}"  // 👩‍⚕️
  static let flag = "\u{1F1E9}\u{1F1EA}"  // 🇩🇪
  static let resume = "Re\u{301}sume\u{301}"  // Résumé with combining acute accents

  @Test(arguments: [
    ("a", 1), ("\u{E9}", 1), ("e\u{301}", 1), ("中", 2), (nurse, 2), (flag, 2),
    ("\u{1F44D}\u{1F3FD}", 4), ("\u{1F680}", 2), ("\u{2705}", 2),
    ("\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}", 1), ("\u{2764}\u{FE0F}", 1), ("\u{1F1E9}", 1),
  ])
  func aClusterTakesTheCellsTmuxGivesIt(cluster: String, cells: Int) {
    #expect(Array(cluster).count == 1)
    #expect(TextWidth.of(cluster) == cells)
    #expect(TextWidth.of(text: "<\(cluster)>") == cells + 2)
  }

  @Test func eachClusterIsOneCellAndWhatFollowsKeepsItsColumn() {
    var buffer = CellBuffer(size: Size(width: 24, height: 1))
    let used = buffer.put("a\(Self.nurse)b\(Self.flag)c \(Self.resume) 中f", x: 0, y: 0)
    #expect(used == 18)
    let cells = (0..<19).map { buffer[$0, 0].text }
    #expect(
      cells == [
        "a", Self.nurse, "", "b", Self.flag, "", "c", " ", "R", "e\u{301}", "s", "u", "m",
        "e\u{301}", " ", "中", "", "f", " ",
      ])
    #expect(buffer.line(0) == "a\(Self.nurse)b\(Self.flag)c \(Self.resume) 中f      ")
  }

  @Test func writingOverPartOfAWideClusterClearsAllOfIt() {
    var buffer = CellBuffer(size: Size(width: 8, height: 1))
    buffer.put("\u{1F44D}\u{1F3FD}xy", x: 0, y: 0)
    #expect(buffer[0, 0].text == "\u{1F44D}\u{1F3FD}")
    #expect((1...3).allSatisfy { buffer[$0, 0].isContinuation })
    buffer.put("o", x: 2, y: 0)
    #expect(buffer.line(0) == "  o xy  ")
    buffer.put(Self.flag, x: 5, y: 0)
    buffer.put("z", x: 4, y: 0)
    #expect(buffer.line(0) == "  o z\(Self.flag) ")
    buffer.put("q", x: 6, y: 0)
    #expect(buffer.line(0) == "  o z q ")
  }

  @Test func aClusterThatDoesNotFitBeforeTheEdgeIsLeftOutWhole() {
    var buffer = CellBuffer(size: Size(width: 6, height: 1))
    #expect(buffer.put("abcd\(Self.nurse)", x: 0, y: 0, maxWidth: 5) == 4)
    #expect(buffer.line(0) == "abcd  ")
    #expect(buffer.put("abc\u{1F44D}\u{1F3FD}", x: 0, y: 0) == 3)
    #expect(buffer.line(0) == "abc   ")
  }

  /// The demo journey with a note from the caregiver, René 李 (é as e + combining acute), at
  /// `minute` past 08:00 today.
  static func journey(note: String, minute: Int) -> JourneyData {
    var data = Fixture.demo()
    let at = Timestamp(date: Fixture.today, secondOfDay: 8 * 3600 + minute * 60, utcOffset: 3600)
    data.entries.append(
      Entry(
        id: "note", recordedAt: at, observedAt: at,
        author: Author(role: .caregiver, name: "Rene\u{301} 李"), body: .note(text: note)))
    return data
  }

  /// A note at 08:45 long enough to reach the right edge at 80 columns.
  static func journeyWithNote() -> JourneyData {
    journey(
      note: "\(nurse) \(flag) ok \(resume) 李医生: no fever since the paracetamol, slept well",
      minute: 45)
  }

  /// The note's row: the clusters whole, each in one cell followed by its continuation, and
  /// every column after them where tmux shows it.
  static func expectNoteRow(_ frame: CellBuffer, y: Int, sourceLocation: SourceLocation) {
    let expected: [(Int, String)] = [
      (11, "N"), (17, nurse), (18, ""), (19, " "), (20, flag), (21, ""), (22, " "), (23, "o"),
      (26, "R"), (27, "e\u{301}"), (31, "e\u{301}"), (33, "李"), (34, ""), (39, ":"),
      (41, "n"),
    ]
    for (x, text) in expected {
      #expect(frame[x, y].text == text, "column \(x)", sourceLocation: sourceLocation)
    }
  }

  @Test func todayShowsTheNoteWholeAt80x24() {
    let frame = Frame.render(Fixture.state(data: Self.journeyWithNote()), size: Frame.comfortable)
    expectFrame(
      frame,
      [
        " [ 1 Today ]  2 Timeline    3 Milestones    4 Trends    ? Help",
        " Maria Santos · Day +183 · Month 6 · Follow-up",
        " Sunday 2026-11-22 · 09:00",
        "",
        " Logged today:",
        "    08:30  Temperature 36.9 °C  — Maria Santos",
        "    08:45  Note: \(Self.nurse) \(Self.flag) ok \(Self.resume) 李医生: no fever since the "
          + "paracetamol, slept",
        "           well  — Rene\u{301} 李",
        "",
        " t temperature · s symptom · n note · m medication",
        "", "", "", "", "", "", "", "", "", "", "", "", "",
        " Follow-up · Day +183 · Month 6 │ Maria Santos (patient) │ q quit  ? help",
      ])
    Self.expectNoteRow(frame, y: 6, sourceLocation: #_sourceLocation)
    // Wrapped after `slept`: `well` did not fit in column 78, and goes on the next row.
    #expect(frame[73, 6].text == "s" && frame[77, 6].text == "t" && frame[78, 6].text == " ")
    #expect(frame[11, 7].text == "w")
  }

  @Test func timelineShowsTheNoteWholeAt80x24() {
    var state = Fixture.state(role: .caregiver, data: Self.journeyWithNote())
    state.screen = .timeline
    let frame = Frame.render(state, size: Frame.comfortable)
    expectFrame(
      frame,
      [
        "   1 Today  [ 2 Timeline ]  3 Milestones    4 Trends    ? Help",
        " Maria Santos · Day +183 · Month 6 · Follow-up",
        " Timeline · newest first · showing all",
        "▌FOLLOW-UP  2026-11-22  Day +183 · Month 6",
        "▌   08:45  Note: \(Self.nurse) \(Self.flag) ok \(Self.resume) 李医生: no fever since the "
          + "paracetamol, slept …",
        "▌   08:30  Temperature 36.9 °C  — Maria Santos",
        "▌FOLLOW-UP  2026-11-19  Day +180 · Month 6",
        "▌   11:30  SLEDAI-2K 0 (clinical 0) · DORIS met · drug-free remission met  — An…",
        "▌   11:00  Labs: Anti-dsDNA 6 IU/mL, C3 1.08 g/L (108 mg/dL, in range), C4 19 m…",
        "▌   08:30  Temperature 36.6 °C  — Maria Santos",
        "▌          Signed: Inactivated vaccines restart (from about Month 6; at least 2…",
        "▌          Signed: Prophylaxis review: stop HSV/VZV and PJP prophylaxis only on…",
        "▌          Signed: Follow-up visit: SLEDAI-2K, DORIS, blood count, IgG, anti-ds…",
        "▌          Signed: CD4 count checked (monthly until > 200/µL) (Month 6)  — Ana …",
        "▌FOLLOW-UP  2026-11-16  Day +177 · Month 5",
        "▌   08:30  Temperature 36.9 °C  — Maria Santos",
        "▌FOLLOW-UP  2026-11-13  Day +174 · Month 5",
        "▌   08:30  Temperature 36.6 °C  — Maria Santos",
        "▌FOLLOW-UP  2026-11-10  Day +171 · Month 5",
        "▌   08:30  Temperature 36.9 °C  — Maria Santos",
        "▌FOLLOW-UP  2026-11-07  Day +168 · Month 5",
        "▌   08:30  Temperature 36.6 °C  — Maria Santos",
        "▌FOLLOW-UP  2026-11-04  Day +165 · Month 5",
        " Follow-up · Day +183 · Month 6 │ Maria Santos (caregiver) │ f filter  ? help",
      ], cursorRow: 3)
    Self.expectNoteRow(frame, y: 4, sourceLocation: #_sourceLocation)
    // The row is cut after `slept `: its last column says so.
    #expect(frame[79, 4].text == "…")
  }

  /// A reply from the author, René 李, on Today: the name after the note whole, its columns
  /// right, and the row after it untouched.
  @Test func aNameWithCombiningMarksAndChineseEndsItsRow() {
    let data = Self.journey(note: "\(Self.flag) \(Self.nurse)", minute: 50)
    let frame = Frame.render(Fixture.state(data: data), size: Frame.comfortable)
    #expect(
      frame.lines[6] == "    08:50  Note: \(Self.flag) \(Self.nurse)  — Rene\u{301} 李")
    // Note: at 11, 🇩🇪 at 17–18, 👩‍⚕️ at 20–21, the dash at 24, René at 26, 李 at 31–32.
    let cells = [(17, Self.flag), (20, Self.nurse), (24, "—"), (26, "R"), (29, "e\u{301}")]
    for (x, text) in cells { #expect(frame[x, 6].text == text, "column \(x)") }
    #expect(frame[31, 6].text == "李" && frame[32, 6].isContinuation)
    #expect(frame.lines[8] == " t temperature · s symptom · n note · m medication")
  }
}
