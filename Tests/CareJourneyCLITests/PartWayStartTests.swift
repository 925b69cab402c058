import Foundation
import Testing

/// A journey that began before CareJourney: `init --on`, backfilling the past in any order,
/// dates outside the journey refused, late entries marked, early milestones grouped.
@Suite struct PartWayStartTests {
  /// The day the patient first runs CareJourney: Day +13 of a journey that began in October.
  static let today = "2026-12-03T09:00:00+01:00"

  /// A patient found CareJourney on Day +13 and enters what already happened, in the order it
  /// comes back to them: the phases in order, the rest in any order.
  @Test func backfillingAJourneyToDayPlus13() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let now = Self.today
    try cli.ok(
      ["init", "--patient", "Maria Santos", "--on", "2026-10-01", "--team-phone", "+49 1"],
      now: now)
    try cli.ok(["advance", "leukapheresis", "--on", "2026-10-14"], now: now)
    // A fever from the hospital days, remembered before the later phases are in.
    try cli.ok(["log", "--at", "2026-11-22T20:00", "--temp", "38.4"], now: now)
    try cli.ok(["advance", "manufacturing", "--on", "2026-10-15"], now: now)
    try cli.ok(
      ["med", "start", "prednisone", "--dose", "10 mg/day", "--on", "2026-10-02"], now: now)
    try cli.ok(["plan", "infusion", "2026-11-20"], now: now)
    try cli.ok(["advance", "lymphodepletion", "--on", "2026-11-15"], now: now)
    try cli.ok(
      ["--role", "nurse", "--name", "Ana Weber", "sign", "cells-collected", "--on", "2026-10-14"],
      now: now)
    try cli.ok(["advance", "infusion", "--on", "2026-11-20"], now: now)
    try cli.ok(["advance", "hospital-stay", "--on", "2026-11-20"], now: now)
    try cli.ok(["visit", "--on", "2026-11-27", "--lab", "igg=620"], now: now)

    let status = try cli.ok(["status"], now: now)
    #expect(
      status.contains("Phase: Hospital stay since 2026-11-20 · Day +13 (2026-12-03)"), "\(status)")
    // What fell before the first day in CareJourney is one line, not a wall of OVERDUE.
    #expect(!status.contains("OVERDUE"), "\(status)")
    #expect(status.contains("Before CareJourney: not recorded ("), "\(status)")

    let json = try #require(try cli.json(["status", "--json"], now: now) as? [String: Any])
    #expect(json["phase"] as? String == "hospital-stay")
    #expect(json["dayLabel"] as? String == "Day +13")
    let open = try #require(json["milestones"] as? [[String: Any]])
    #expect(open.allSatisfy { $0["status"] as? String != "overdue" }, "\(open)")

    let milestones = try #require(
      try cli.json(["milestones", "--json"], now: now) as? [[String: Any]])
    let before = milestones.filter { $0["status"] as? String == "not-recorded" }
    #expect(before.count > 5, "\(milestones)")
    #expect(
      milestones.contains {
        $0["id"] as? String == "cells-collected" && $0["status"] as? String == "done"
      })

    // Every backfilled row says when it was written, as a paper chart marks a late entry.
    let timeline = try cli.ok(["timeline"], now: now)
    #expect(
      timeline.contains("Entered leukapheresis  — Maria Santos (patient) · entered on 2026-12-03"),
      "\(timeline)")
    #expect(
      timeline.contains("Temperature 38.4 °C  — Maria Santos (patient) · entered on 2026-12-03"),
      "\(timeline)")
    #expect(timeline.contains("2026-10-01  Day −50 · Screening"), "\(timeline)")
    let csv = try cli.ok(["timeline", "--csv"], now: now)
    let header = try #require(csv.split(separator: "\r\n").first)
    #expect(header.split(separator: ",")[14] == "entered_on", "\(header)")
    #expect(
      csv.contains("2026-11-22,2026-11-22T20:00:00+01:00,Day +2,hospital-stay,temperature"),
      "\(csv)")
    #expect(
      csv.split(separator: "\r\n").contains {
        $0.contains(",temperature,")
          && $0.split(separator: ",", omittingEmptySubsequences: false)[14] == "2026-12-03"
      }, "\(csv)")
  }

  /// A milestone from before CareJourney is signed with its real date, or marked done
  /// elsewhere with no date; anything else still needs its date.
  @Test func aMilestoneFromBeforeIsSignedWithItsDateOrMarkedDoneElsewhere() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let now = Self.today
    try cli.prepare([["init", "--patient", "Maria", "--on", "2026-10-01"]], now: now)
    try cli.ok(["advance", "leukapheresis", "--on", "2026-10-14"], now: now)
    let listed = try cli.ok(["milestones"], now: now)
    // Everything due before 2026-12-03, the first day in the app: the washouts, consent,
    // eligibility, baseline IgG and infection screening of screening, and leukapheresis's two.
    #expect(listed.contains("Before CareJourney: not recorded (17)"), "\(listed)")
    #expect(
      listed.contains(
        "  BEFORE   2026-10-01           consent-signed  Informed consent signed [nurse]"),
      "\(listed)")
    #expect(!listed.contains("OVERDUE"), "\(listed)")
    let nurse = ["--role", "nurse", "--name", "Ana Weber"]
    let elsewhere = try cli.ok(nurse + ["sign", "consent-signed", "--elsewhere"], now: now)
    #expect(
      elsewhere.contains(
        "Signed consent-signed: Informed consent signed, done elsewhere, date not entered, by Ana Weber (nurse)."
      ), "\(elsewhere)")
    try cli.ok(nurse + ["sign", "cells-collected", "--on", "2026-10-14"], now: now)
    let before = cli.snapshot()
    for (arguments, fragment) in [
      (
        ["sign", "product-released", "--elsewhere"],
        "is not from before CareJourney: sign it with the day it was done, --on DATE"
      ),
      (
        ["sign", "baseline-igg", "--elsewhere", "--on", "2026-10-02"],
        "give --on DATE (the day it was done) or --elsewhere, not both"
      ),
      (
        ["sign", "consent-signed", "--elsewhere"],
        "is already signed by Ana Weber (nurse) done elsewhere, date not entered"
      ),
    ] {
      let result = try cli.run(nurse + arguments, now: now)
      #expect(result.status != 0)
      #expect(result.stderr.contains(fragment), "\(arguments): \(result.stderr)")
    }
    #expect(cli.snapshot() == before)
    let json = try #require(try cli.json(["milestones", "--json"], now: now) as? [[String: Any]])
    let consent = try #require(json.first { $0["id"] as? String == "consent-signed" })
    #expect(consent["status"] as? String == "done")
    #expect(consent["signedOn"] is NSNull)
    let timeline = try cli.ok(["timeline"], now: now)
    #expect(
      timeline.contains(
        "Signed: Informed consent signed — done elsewhere, date not entered  — Ana Weber (nurse)"),
      "\(timeline)")
    #expect(timeline.contains("Signed: Cells collected"), "\(timeline)")
  }

  /// The author of what the patient writes, with no `--name`, is the patient, never the login.
  @Test func thePatientAtInitIsThePatientsName() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria Santos"]], now: Self.today)
    try cli.ok(["log", "--temp", "37.0"], now: Self.today)
    let journey = try String(contentsOfFile: cli.mine + "/journey.jsonl", encoding: .utf8)
    #expect(
      journey.contains("\"by\":{\"name\":\"Maria Santos\",\"role\":\"patient\"}"), "\(journey)")
    let day = try String(contentsOfFile: cli.mine + "/days/2026/2026-12-03.jsonl", encoding: .utf8)
    #expect(day.contains("\"name\":\"Maria Santos\""), "\(day)")
    #expect(!day.contains("tester"))
  }

  struct Refusal: CustomStringConvertible, Sendable {
    var arguments: [String]
    var fragment: String
    var description: String { arguments.joined(separator: " ") }
  }

  /// Dates outside the journey's life: before its start, after today, a plan years ahead.
  /// Each is refused with the rule and the date that would be accepted; nothing is written.
  static let refusals: [Refusal] = [
    Refusal(
      arguments: ["advance", "leukapheresis", "--on", "2026-09-30"],
      fragment:
        "2026-09-30 is before 2026-10-01, when this journey began; the earliest date accepted is 2026-10-01"
    ),
    Refusal(
      arguments: ["advance", "leukapheresis", "--on", "2026-12-04"],
      fragment: "the latest date accepted is 2026-12-03"),
    Refusal(
      arguments: ["log", "--at", "0001-01-01T08:00", "--temp", "37.0"],
      fragment: "the earliest date accepted is 2026-10-01"),
    Refusal(
      arguments: ["log", "--at", "9999-12-31T08:00", "--temp", "37.0"],
      fragment: "in the future"),
    Refusal(
      arguments: ["plan", "infusion", "9999-01-01"],
      fragment:
        "more than 3 years ahead (today is 2026-12-03); the latest date accepted is 2029-12-03"),
    Refusal(
      arguments: ["plan", "infusion", "0001-01-01"],
      fragment: "the earliest date accepted is 2026-10-01"),
    Refusal(
      arguments: [
        "--role", "nurse", "--name", "Ana Weber", "sign", "consent-signed", "--on", "2026-09-01",
      ],
      fragment: "the earliest date accepted is 2026-10-01"),
    Refusal(
      arguments: ["visit", "--on", "2026-09-01", "--lab", "igg=620"],
      fragment: "the earliest date accepted is 2026-10-01"),
    Refusal(
      arguments: ["med", "start", "prednisone", "--on", "0001-01-01"],
      fragment: "the earliest date accepted is 2026-10-01"),
  ]

  @Test(arguments: refusals)
  func datesOutsideTheJourneyAreRefusedAndNothingIsWritten(_ refusal: Refusal) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria", "--on", "2026-10-01"]], now: Self.today)
    let before = cli.snapshot()
    let result = try cli.run(refusal.arguments, now: Self.today)
    #expect(result.status != 0, "\(result.stdout)")
    #expect(result.stderr.contains(refusal.fragment), "stderr: \(result.stderr)")
    #expect(cli.snapshot() == before)
  }

  /// Issue #15, item 18: year 0001 and 9999 were accepted by `log --at`, `plan` and `amend --on`
  /// (and `milestones` then overflowed its columns). A journey begun today takes neither.
  @Test func yearsOutsideAJourneysLifeAreRefused() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: Self.today)
    try cli.ok(["plan", "infusion", "2026-12-20"], now: Self.today)
    let rows = try #require(
      try cli.json(["timeline", "--json"], now: Self.today) as? [[String: Any]])
    let plan = try #require(rows.first { $0["type"] as? String == "plan" }?["id"] as? String)
    let before = cli.snapshot()
    for arguments in [
      ["log", "--at", "0001-01-01T08:00", "--temp", "37.0"], ["plan", "infusion", "9999-01-01"],
      ["plan", "leukapheresis", "0001-01-01"],
      ["amend", plan, "--on", "0001-01-01", "--reason", "x"],
      ["amend", plan, "--on", "9999-01-01", "--reason", "x"],
    ] {
      let result = try cli.run(arguments, now: Self.today)
      #expect(result.status != 0, "\(arguments) was accepted")
      #expect(result.stderr.contains("accepted is"), "\(arguments): \(result.stderr)")
    }
    #expect(cli.snapshot() == before)
  }

  /// `amend --on` moves an event only within the journey's life.
  @Test(arguments: ["0001-01-01", "9999-01-01"])
  func amendOnOutsideTheJourneyIsRefused(date: String) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria", "--on", "2026-10-01"]], now: Self.today)
    try cli.ok(["plan", "infusion", "2026-12-20"], now: Self.today)
    try cli.ok(["advance", "leukapheresis", "--on", "2026-10-14"], now: Self.today)
    let rows = try #require(
      try cli.json(["timeline", "--json"], now: Self.today) as? [[String: Any]])
    let ids = ["plan", "phase"].compactMap { kind in
      rows.first { $0["type"] as? String == kind }?["id"] as? String
    }
    #expect(ids.count == 2)
    let before = cli.snapshot()
    for id in ids {
      let result = try cli.run(["amend", id, "--on", date, "--reason", "typo"], now: Self.today)
      #expect(result.status != 0, "\(id) moved to \(date)")
      #expect(result.stderr.contains("accepted is"), "\(result.stderr)")
    }
    #expect(cli.snapshot() == before)
  }

  @Test(arguments: [
    (
      "2026-12-04", "is in the future (today is 2026-12-03); the latest date accepted is 2026-12-03"
    ),
    ("1999-01-01", "is more than 20 years ago; the earliest date accepted is 2006-12-03"),
  ])
  func initRefusesAStartOutsideAJourneysLife(date: String, fragment: String) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let result = try cli.run(["init", "--patient", "Maria", "--on", date], now: Self.today)
    #expect(result.status != 0)
    #expect(result.stderr.contains(fragment), "\(result.stderr)")
    #expect(cli.snapshot().isEmpty)
  }

  /// `CAREJOURNEY_NOW` freezes the clock for tests; whenever it is set, every run says so.
  @Test func aFixedClockIsNeverSilent() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let result = try cli.run(["status"], now: Self.today)
    let warnings = result.rawStderr.split(separator: "\n").filter { $0.contains("CAREJOURNEY_NOW") }
    #expect(warnings.count == 1, "\(result.rawStderr)")
    #expect(warnings.first?.contains("2026-12-03T09:00:00+01:00") == true)
  }

  /// The person remembered on this computer signs what is written with no `--name`; `--role`
  /// and `--name` override it for one run.
  @Test func theRememberedPersonSignsUnlessOverridden() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria Santos"]], now: Self.today)
    try cli.remember(role: "caregiver", name: "Tom Santos")
    try cli.ok(["log", "--note", "slept well"], now: Self.today)
    try cli.ok(["--name", "Lea", "log", "--note", "from Lea"], now: Self.today)
    try cli.ok(
      ["--role", "nurse", "--name", "Ana Weber", "log", "--note", "from Ana"], now: Self.today)
    let day = try String(contentsOfFile: cli.mine + "/days/2026/2026-12-03.jsonl", encoding: .utf8)
    let lines = day.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(
      lines[0].contains("\"by\":{\"name\":\"Tom Santos\",\"role\":\"caregiver\"}"), "\(lines[0])")
    #expect(lines[1].contains("\"by\":{\"name\":\"Lea\",\"role\":\"caregiver\"}"), "\(lines[1])")
    #expect(lines[2].contains("\"by\":{\"name\":\"Ana Weber\",\"role\":\"nurse\"}"), "\(lines[2])")
  }
}
