import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

@Suite struct ICSExportTests {
  /// `n` times the letter a.
  static func a(_ n: Int) -> String { String(repeating: "a", count: n) }

  static let foldCases: [(String, String)] = [
    ("SUMMARY:short", "SUMMARY:short"),
    (a(75), a(75)),
    (a(75) + "bc", a(75) + "\r\n bc"),
    // Continuation lines hold 74 octets after their leading space.
    (a(75) + a(74) + "z", a(75) + "\r\n " + a(74) + "\r\n z"),
    // A two-octet é that would end on octet 76 moves whole to the next line.
    (a(74) + "é", a(74) + "\r\n é"),
    (a(73) + "é", a(73) + "é"),
    // Three-octet € and four-octet emoji at the fold.
    (a(73) + "€x", a(73) + "\r\n €x"),
    (a(72) + "🙂", a(72) + "\r\n 🙂"),
    (a(71) + "🙂", a(71) + "🙂"),
  ]

  @Test(arguments: foldCases)
  func foldsAt75OctetsWithoutSplittingUTF8(line: String, folded: String) {
    #expect(ICSText.fold(line) == folded)
  }

  @Test(arguments: [
    String(repeating: "Ünïcödé · ", count: 40), String(repeating: "€🙂a", count: 60),
    "DESCRIPTION:" + String(repeating: "x", count: 500),
  ])
  func everyFoldedLineFitsAndUnfoldingRestoresTheLine(line: String) {
    let folded = ICSText.fold(line)
    let physical = folded.components(separatedBy: "\r\n")
    #expect(physical.allSatisfy { $0.utf8.count <= 75 })
    #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
    #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", "a\\,b"),
    ("a;b", "a\\;b"),
    ("back\\slash", "back\\\\slash"),
    ("one\ntwo", "one\\ntwo"),
    ("one\r\ntwo", "one\\ntwo"),
    ("one\rtwo", "one\\ntwo"),
    ("a\n\nb", "a\\n\\nb"),
    ("x:y", "x:y"),
    ("bell\u{07}esc\u{1B}[2J", "bell^Gesc^[[2J"),
    ("tab\there", "tab^Ihere"),
    ("evil\u{202E}txt", "evil<U+202E>txt"),
    // A combining mark does not hide the backslash it follows.
    ("\\\u{301}", "\\\\\u{301}"),
    ("Day −5 · 38,5 °C; call", "Day −5 · 38\\,5 °C\\; call"),
  ])
  func textIsEscaped(text: String, escaped: String) {
    #expect(ICSText.escape(text) == escaped)
  }

  @Test func calendarHasTheRequiredFramingAndCRLFLines() throws {
    let text = ICSExport.render(DemoExport().input)
    #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CareJourney//"))
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    let physical = text.components(separatedBy: "\r\n").dropLast()
    #expect(physical.allSatisfy { !$0.contains("\n") && !$0.contains("\r") })
    #expect(physical.allSatisfy { $0.utf8.count <= 75 })
    #expect(physical.contains { $0.hasPrefix(" ") }, "the demo's long titles are folded")
    let calendar = ICSCalendar(text)
    #expect(calendar.lines.contains("X-WR-CALNAME:CareJourney: Maria Santos"))
    for event in calendar.events {
      // The demo's last journey line: 2026-11-19 16:00 at UTC+1.
      #expect(event["DTSTAMP"] == "20261119T150000Z")
      let start = try #require(event["DTSTART"])
      #expect(start.count == 8 && start.allSatisfy(\.isNumber))
      #expect(calendar.lines.contains("DTSTART;VALUE=DATE:\(start)"))
    }
  }

  @Test func everyDatedMilestoneIsAnEventAndSignedOnesAreMarkedDone() throws {
    let input = DemoExport().input
    let calendar = ICSCalendar(ICSExport.render(input))
    let listed = input.journey.milestones(protocol: DemoExport.care, today: DemoExport.today)
      .filter { $0.due != nil }
    let byUID = Dictionary(uniqueKeysWithValues: calendar.events.map { ($0["UID"] ?? "", $0) })
    #expect(byUID.count == calendar.events.count)
    for milestone in listed {
      let event = try #require(byUID["\(milestone.id).demo-00001@carejourney"], "\(milestone.id)")
      let due = try #require(milestone.due)
      #expect(event["DTSTART"] == due.description.filter { $0 != "-" })
      #expect(event["DTEND"] == due.adding(days: 1).description.filter { $0 != "-" })
      let signed = milestone.signature != nil
      let word = milestone.signature?.notApplicable == true ? "Not applicable: " : "Done: "
      #expect(event["SUMMARY"]?.hasPrefix(word) == signed, "\(milestone.id)")
      if signed { #expect(event.alarms.isEmpty) }
    }
    // Past the Milestones screen's list come only the later repeats of repeating rules.
    let extra = Set(calendar.events.compactMap { $0["UID"] }).subtracting(
      listed.map { "\($0.id).demo-00001@carejourney" })
    #expect(!extra.isEmpty)
    let repeating = [
      "follow-up-visit-m", "yearly-long-term-check-m", "new-cancer-sample-testing-m",
      "prophylaxis-review-m", "cd4-check-m",
    ]
    #expect(extra.allSatisfy { uid in repeating.contains { uid.hasPrefix($0) } }, "\(extra)")
  }

  /// A milestone marked not applicable says on which day and by whom, as a signed one does:
  /// the calendar once printed the optional date itself (`on Optional(2026-06-01)`).
  @Test func aMilestoneMarkedNotApplicableSaysItsDayAndWhoMarkedIt() throws {
    let input = DemoExport().input
    let calendar = ICSCalendar(ICSExport.render(input))
    let marked = input.journey.milestones(protocol: DemoExport.care, today: DemoExport.today)
      .filter { $0.due != nil && $0.signature?.notApplicable == true }
    try #require(!marked.isEmpty)
    for milestone in marked {
      let signature = try #require(milestone.signature)
      let on = try #require(signature.on)
      let event = try #require(
        calendar.events.first { $0["UID"] == "\(milestone.id).demo-00001@carejourney" })
      let said = ICSText.escape(
        "Marked not applicable on \(Language.current.numericDate(on)) by \(signature.author).")
      #expect(event["DESCRIPTION"]?.contains(said) == true, "\(event["DESCRIPTION"] ?? "")")
    }
    #expect(!calendar.lines.contains { $0.contains("Optional(") })
  }

  @Test func unsignedMilestonesToComeHaveAnAlarmTheDayBefore() {
    let calendar = ICSCalendar(ICSExport.render(DemoExport().input))
    let alarms = calendar.events.flatMap(\.alarms)
    // Day +183 with a two-year horizon (to Day +913): the visits of Months 9 to 30, the yearly
    // checks and new-cancer questions of Months 12 and 24, the prophylaxis reviews of Months
    // 12, 18 and 24, the CD4 counts of Months 7 to 12 and the live-vaccine check of Month 12;
    // everything before today is signed (or marked not applicable) in the demo.
    #expect(alarms.count == 8 + 2 + 2 + 3 + 6 + 1)
    #expect(
      calendar.events.filter { !$0.alarms.isEmpty }.allSatisfy {
        ($0["DTSTART"] ?? "") > "20261122"
      })
    for alarm in alarms {
      #expect(alarm.count == 3)
      #expect(alarm.contains("ACTION:DISPLAY"))
      #expect(alarm.contains("TRIGGER:-PT15H"))
      #expect(alarm.contains { $0.hasPrefix("DESCRIPTION:Tomorrow: ") })
    }
  }

  @Test func followUpVisitsComeEveryThreeMonthsForTwoYearsAhead() throws {
    let calendar = ICSCalendar(ICSExport.render(DemoExport().input))
    let visits = calendar.events(withUIDPrefix: "follow-up-visit-m")
    #expect(
      visits.compactMap { $0["UID"]?.split(separator: ".").first.map(String.init) }
        == (1...10).map { "follow-up-visit-m\($0 * 3)" })
    let starts = visits.compactMap { $0["DTSTART"] }
    #expect(starts == (1...10).map { DemoExport.day($0 * 90).description.filter { $0 != "-" } })
    #expect(visits.compactMap { $0["SUMMARY"] }.last?.hasSuffix("(Month 30)") == true)
  }

  @Test func toSetsTheHorizonAndAnEndedJourneyHasNoVisitsAfterItsEnd() throws {
    var limited = DemoExport()
    limited.to = DemoExport.day(400)
    let visits = ICSCalendar(ICSExport.render(limited.input)).events(
      withUIDPrefix: "follow-up-visit-m")
    #expect(visits.count == 4)

    var ended = DemoExport()
    ended.events.append(
      DemoExport.event(
        "done-1", .phaseEntered(phase: .completed, on: DemoExport.today, reason: nil, note: nil),
        on: DemoExport.today))
    let calendar = ICSCalendar(ICSExport.render(ended.input))
    #expect(calendar.events(withUIDPrefix: "follow-up-visit-m").count == 2)
    #expect(calendar.events.allSatisfy { ($0["DTSTART"] ?? "") <= "20261122" })
    #expect(calendar.events.allSatisfy { $0.alarms.isEmpty })
  }

  @Test func fromAndToKeepMilestonesDueInTheRange() {
    var export = DemoExport()
    export.from = DemoExport.day(-5)
    export.to = DemoExport.day(0)
    let starts = ICSCalendar(ICSExport.render(export.input)).events.compactMap { $0["DTSTART"] }
    #expect(!starts.isEmpty)
    let range =
      DemoExport.day(-5).description.filter {
        $0 != "-"
      }...DemoExport.day(0).description.filter { $0 != "-" }
    #expect(starts.allSatisfy { range.contains($0) })
  }

  @Test func sameMilestoneKeepsItsUIDWhenSignedLaterOrMoved() throws {
    let first = ICSCalendar(ICSExport.render(DemoExport().input))
    // A month later the Month 9 visit is signed and the data has grown.
    var later = DemoExport()
    let visitDay = DemoExport.day(270)
    later.events.append(
      DemoExport.event(
        "sign-m9",
        .milestoneSigned(milestone: "follow-up-visit-m9", on: visitDay, note: "all well"),
        on: visitDay))
    later.now = Timestamp(date: visitDay, secondOfDay: 12 * 3600, utcOffset: 3600)
    let second = ICSCalendar(ICSExport.render(later.input))
    let uids = Set(first.events.compactMap { $0["UID"] })
    #expect(uids.isSubset(of: Set(second.events.compactMap { $0["UID"] })))
    let m9 = try #require(second.events(withUIDPrefix: "follow-up-visit-m9.").first)
    #expect(m9["SUMMARY"]?.hasPrefix("Done: Follow-up visit") == true)
    #expect(
      m9["DESCRIPTION"]?.contains("Signed on \(visitDay) by Ana Weber (nurse). all well") == true)
    #expect(m9.alarms.isEmpty)

    // The infusion was a day earlier than recorded: the same events, each one day earlier.
    var moved = DemoExport()
    let infusion = try #require(
      moved.events.firstIndex {
        if case .phaseEntered(.infusion, _, _, _) = $0.body { true } else { false }
      })
    moved.events.append(
      DemoExport.event(
        "move-1",
        .corrected(target: moved.events[infusion].id, reason: "typo", on: DemoExport.day(-1)),
        on: DemoExport.today))
    let shifted = ICSCalendar(ICSExport.render(moved.input))
    let m9Before = first.events(withUIDPrefix: "follow-up-visit-m9.").first
    let m9After = shifted.events(withUIDPrefix: "follow-up-visit-m9.").first
    #expect(m9After?["UID"] == m9Before?["UID"])
    // The date moved once: calendars that imported the first export take the new one.
    #expect(m9Before?["SEQUENCE"] == "0")
    #expect(m9After?["SEQUENCE"] == "1")
    #expect(m9After?["DTSTART"] == DemoExport.day(269).description.filter { $0 != "-" })
  }

  /// The same data gives the same bytes whenever it is exported: DTSTAMP is the journey's last
  /// change in UTC, not the export's moment.
  @Test func theSameJourneyGivesTheSameBytesAndDTSTAMPIsItsLastChange() {
    let first = ICSExport.render(DemoExport().input)
    var later = DemoExport()
    later.now = Timestamp(date: DemoExport.today, secondOfDay: 20 * 3600, utcOffset: 3600)
    #expect(ICSExport.render(later.input) == first)
    var changed = DemoExport()
    let day = DemoExport.today
    changed.events.append(
      JourneyEvent(
        id: "plan-x", recordedAt: Timestamp(date: day, secondOfDay: 30 * 60, utcOffset: 7200),
        author: DemoJourney.nurse,
        body: .milestoneSigned(milestone: "follow-up-visit-m6", on: day, note: nil)))
    let calendar = ICSCalendar(ICSExport.render(changed.input))
    // 00:30 at UTC+2 is 22:30 UTC the day before.
    let expected = day.adding(days: -1).description.filter { $0 != "-" } + "T223000Z"
    #expect(!calendar.events.isEmpty)
    #expect(calendar.events.allSatisfy { $0["DTSTAMP"] == expected })
  }

  /// A protocol title with a line break is one line in SUMMARY (calcurse skips an event whose
  /// summary holds a newline), and no description tells a calendar's reader to type a command.
  @Test func summariesAreOneLineAndDescriptionsHoldNoCommands() throws {
    var care = DemoExport.care
    let index = try #require(care.milestones.firstIndex { $0.id == "follow-up-visit" })
    care.milestones[index].title = "Follow-up visit:\nSLEDAI-2K\r\nand labs"
    let export = DemoExport()
    var input = export.input
    input.care = care
    let calendar = ICSCalendar(ICSExport.render(input))
    let visits = calendar.events(withUIDPrefix: "follow-up-visit-m")
    #expect(!visits.isEmpty)
    #expect(
      visits.allSatisfy { $0["SUMMARY"]?.contains("Follow-up visit: SLEDAI-2K and labs") == true },
      "\(visits.map { $0["SUMMARY"] ?? "" })")
    #expect(calendar.events.allSatisfy { !($0["SUMMARY"] ?? "").contains("\\n") })
    #expect(calendar.events.allSatisfy { !($0["DESCRIPTION"] ?? "").contains("carejourney ") })
    #expect(calendar.events.contains { $0["DESCRIPTION"]?.contains("Not signed yet: ") == true })
  }
}
