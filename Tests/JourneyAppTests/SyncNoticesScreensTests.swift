import Foundation
import FrameTesting
import JourneyApp
import JourneyCore
import JourneyStore
import TerminalUI
import Testing

/// What several computers sharing the data folder leave for the screens (issue 17), read by the
/// real store in a temporary folder: a journey event another computer wrote that the journey's
/// rules refuse, a sync tool's conflict copy, and a line id used twice with other content.
@Suite("Screens and sync notices")
struct SyncNoticesScreensTests {
  static let nurse = Author(role: .nurse, name: "Ana Weber")

  /// A store writing as another computer ("Clinic PC") into the data folder `directory`.
  static func clinic(_ directory: DataDirectory) -> JourneyStore {
    JourneyStore(
      directory: directory,
      deviceSource: DeviceSource(
        state: StateFolder(root: directory.root + "-state-clinic"), defaultName: "Clinic PC"))
  }

  /// The clinic computer, apart from the others, enters leukapheresis again at 08:30 today: in
  /// follow-up the journey's rules refuse it after the merge.
  static func conflictingPhase(_ context: AppContext) throws {
    let time = Timestamp(date: ScreensHarness.today, secondOfDay: 8 * 3600 + 1800, utcOffset: 3600)
    try clinic(context.store.directory).recordEvents { _ in
      [
        JourneyEvent(
          id: "k1", recordedAt: time, author: nurse,
          body: .phaseEntered(
            phase: .leukapheresis, on: ScreensHarness.today, reason: nil, note: nil))
      ]
    }
  }

  @Test(
    "a journey event another computer wrote that the rules refuse is named on Today and counted on every other screen, wrapped whole at 80x24"
  )
  func journeyConflictIsShown() throws {
    let app = try ScreensHarness(role: .nurse, prepare: Self.conflictingPhase)
    app.type([.character("1")])
    expectFrame(try #require(app.backend.lastFrame), Self.todayFrame)
    app.type([.character("2")])
    expectFrame(try #require(app.backend.lastFrame), Self.timelineFrame)
  }

  /// Where the copy goes: today's own day file, a day file of months ago (read in the
  /// background), or the journey file.
  enum Copied: String, CaseIterable, CustomTestStringConvertible {
    case today, olderDay, journey
    var testDescription: String { rawValue }
  }

  /// The file `copied` names, in the harness's data folder.
  static func original(_ copied: Copied, _ directory: DataDirectory) throws -> String {
    switch copied {
    case .today: return directory.dayFile(for: ScreensHarness.today)
    case .journey: return directory.journeyFile
    case .olderDay:
      let old = ScreensHarness.today.adding(days: -(OlderHistory.recentDays + 10))
      return try #require(directory.dayFiles(to: old).files.last).path
    }
  }

  /// The first line of `text` with its author renamed: one id, other content.
  static func altered(_ text: String) throws -> String {
    let first = String(try #require(text.split(separator: "\n").first))
    if var entry = try? LineCodec.decodeEntry(first) {
      entry.author = Author(role: .caregiver, name: "Someone Else")
      return LineCodec.encode(entry)
    }
    var event = try LineCodec.decodeEvent(first)
    event.author = Author(role: .caregiver, name: "Someone Else")
    return LineCodec.encode(event)
  }

  @Test(
    "a sync tool's conflict copy is counted on the screens, and a line in it with a used id and other content is counted, not dropped silently",
    arguments: Copied.allCases)
  func conflictCopyIsReported(_ copied: Copied) throws {
    // The copy is there when the screens open: the older days are read once, in the background.
    let app = try ScreensHarness { context in
      let original = try Self.original(copied, context.store.directory)
      let text = try String(contentsOfFile: original, encoding: .utf8)
      let copy = original.replacingOccurrences(
        of: ".jsonl", with: ".sync-conflict-20261122-100000-ABCDEFG.jsonl")
      try (text + (try Self.altered(text)) + "\n").write(
        toFile: copy, atomically: false, encoding: .utf8)
    }
    #expect(
      app.loop.state.data?.sync
        == SyncNotices(conflictCopies: 1, differingLines: 1, journeyConflicts: []))
    #expect(app.loop.state.data?.unreadableLines == 0)
    app.type([.character("1")])
    // Under the banner, before Today's date.
    #expect(
      Array(app.screen[2..<7]) == [
        " ! 1 sync conflict copy was read and merged, so no line is lost: carejourney",
        "   verify names it; keep it.",
        " ! 1 line id is used twice with different content (the first is shown):",
        "   carejourney verify names it.",
        " Sunday 2026-11-22 · 09:00",
      ])
  }

  static let todayFrame: [String] = [
    " [ 1 Today ]  2 Timeline    3 Milestones    4 Trends    ? Help",
    " Maria Santos · Day +183 · Month 6 · Follow-up",
    " ! Conflict for the nurse: phase entered leukapheresis on 2026-11-22 by Ana",
    "   Weber (nurse), written 2026-11-22T08:30:00+01:00, was not applied: follow-up",
    "   cannot go to leukapheresis; allowed from here: completed, hospital-stay",
    "   (needs --reason), withdrawn (needs --reason). It is kept in the files;",
    "   record the phase or signature that is right (carejourney advance / sign), or",
    "   strike it out (carejourney amend).",
    " Sunday 2026-11-22 · 09:00",
    "",
    " Logged today:",
    "    08:30  Temperature 36.9 °C  — Maria Santos",
    "",
    " t temperature · s symptom · n note · m medication",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    " Follow-up · Day +183 · Month 6 │ Ana Weber (nurse) │ s log a symptom  ? help",
  ]
  static let timelineFrame: [String] = [
    "   1 Today  [ 2 Timeline ]  3 Milestones    4 Trends    ? Help",
    " Maria Santos · Day +183 · Month 6 · Follow-up",
    " ! Conflict for the nurse: 1 journey event from another computer was not",
    "   applied (Today names it): record the right phase or signature, or strike it",
    "   out (carejourney amend).",
    " Timeline · newest first · showing all",
    "▌FOLLOW-UP  2026-11-22  Day +183 · Month 6",
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
    " Follow-up · Day +183 · Month 6 │ Ana Weber (nurse) │ f filter  / search  ? help",
  ]
}
