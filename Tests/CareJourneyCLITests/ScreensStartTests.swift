import Foundation
import Testing

/// The Start screen in tmux, as a person who found CareJourney on Day +13 uses it: the
/// questions, then the journey on the right phase and day, signed by who typed it.
@Suite(.serialized, .onWaitingThreads) struct ScreensStartTests {
  @Test func aJourneyBegunBeforeCareJourneyEndsOnTheRightPhaseAndDay() throws {
    var cli = try CLIHarness()
    defer { cli.cleanUp() }
    cli.now = "2026-12-03T09:00:00+01:00"
    // Nobody remembered on this computer yet: the questions end with who is typing.
    let app = try TmuxSession(screensOf: cli, remembering: false)
    try app.waitFor("There is no journey in this data directory yet.")
    try app.send("n")
    try app.waitFor("Patient's name:")
    try app.type("Maria Santos")
    try app.send("Enter")
    try app.waitFor("Where is the patient now?")
    for _ in 0..<5 { try app.send("Down") }
    try app.waitFor("the hospital stay selected") {
      $0.contains("› Hospital stay   in hospital after")
    }
    try app.send("Enter")
    try app.waitFor("Date hospital-stay began, YYYY-MM-DD (Enter for today):")
    try app.type("2026-11-20")
    try app.send("Enter")
    try app.waitFor("Infusion date (Day 0), YYYY-MM-DD:")
    // A date after the hospital stay began is refused, with the date accepted.
    try app.type("2026-11-21")
    try app.send("Enter")
    try app.waitFor("the latest date accepted is 2026-11-20")
    for _ in 0..<10 { try app.send("BSpace") }
    try app.type("2026-11-20")
    try app.send("Enter")
    try app.waitFor("CAR-T team phone")
    try app.type("+49 9131 85-33010")
    try app.send("Enter")
    try app.waitFor("Patient's date of birth")
    try app.type("1984-03-02")
    try app.send("Enter")
    try app.waitFor("Sex for records")
    try app.type("female")
    try app.send("Enter")
    try app.waitFor("Hospital or trial number as SYSTEM|VALUE")
    try app.type("https://hospital.example.org/mrn|A12345")
    try app.send("Enter")
    try app.waitFor("number https://hospital.example.org/mrn|A12345")
    try app.send("Enter")
    let asked = try app.waitFor("Who is at the keyboard?")
    #expect(asked.contains("  screening: date not entered"), "\(asked)")
    #expect(asked.contains("  leukapheresis: date not entered"))
    #expect(asked.contains("  infusion: 2026-11-20 (Day 0)"))
    #expect(asked.contains("  hospital-stay: since 2026-11-20"))
    try app.send("Enter")
    try app.waitFor("Your name as patient (Enter confirms): Maria Santos")
    try app.send("Enter")
    let started = try app.waitFor("Maria Santos · Day +13 · Hospital stay")
    #expect(
      started.contains(
        "Started the journey for Maria Santos: hospital stay since 2026-11-20, Day +13."),
      "\(started)")
    // (the notice wraps at 100 columns)
    #expect(
      started.contains("entered: screening, leukapheresis, manufacturing, lymphodepletion"),
      "\(started)")
    #expect(started.contains("Hospital stay · Day +13 │ Maria Santos (patient) │"), "\(started)")
    try app.send("q")
    #expect(try app.waitForExit() == 0)

    // The command line reads the same journey; the person is remembered outside the data.
    let status = try cli.ok(["status"])
    #expect(
      status.contains("Phase: Hospital stay since 2026-11-20 · Day +13 (2026-12-03)"), "\(status)")
    #expect(!status.contains("OVERDUE"), "\(status)")
    let person = try String(
      contentsOfFile: cli.configHome + "/carejourney/person.toml", encoding: .utf8)
    #expect(person.contains("role = \"patient\"\nname = \"Maria Santos\""), "\(person)")
    #expect(!FileManager.default.fileExists(atPath: cli.data + "/person.toml"))
    let journey = try String(contentsOfFile: cli.mine + "/journey.jsonl", encoding: .utf8)
    // Started (screening, its date not entered), three phases with no date, infusion, hospital.
    #expect(journey.split(separator: "\n").count == 6)
    #expect(
      journey.split(separator: "\n").allSatisfy {
        $0.contains("\"by\":{\"name\":\"Maria Santos\",\"role\":\"patient\"}")
      })
    let created = String(journey.split(separator: "\n")[0])
    #expect(created.contains(#""born":"1984-03-02""#), "\(created)")
    #expect(
      created.contains(
        #""identifiers":[{"system":"https://hospital.example.org/mrn","value":"A12345"}]"#))
    #expect(created.contains(#""sex":"female""#))
    let settings = try cli.ok(["settings"])
    #expect(
      settings.contains(
        "Patient: born 1984-03-02, sex female, identifier https://hospital.example.org/mrn|A12345"),
      "\(settings)")

    // A date remembered later is given with advance, in any order; the timeline says so.
    let dated = try cli.ok(["advance", "leukapheresis", "--on", "2026-10-14"])
    #expect(dated.contains("Gave leukapheresis its date: 2026-10-14 (Day −37)."), "\(dated)")
    let refused = try cli.run(["advance", "manufacturing", "--on", "2026-11-21"])
    #expect(refused.status != 0)
    #expect(
      refused.stderr.contains("2026-11-20 is before 2026-11-21, when manufacturing began"),
      "\(refused.stderr)")
    let timeline = try cli.ok(["timeline", "--to", "2026-10-14"])
    #expect(
      timeline.contains(
        "Entered leukapheresis  — Maria Santos (patient) (moved from no date by Maria Santos (patient): date entered: it was not known) · entered on 2026-12-03"
      ), "\(timeline)")

    // The next start does not ask again.
    let again = try TmuxSession(screensOf: cli)
    try again.waitFor("Maria Santos · Day +13 · Hospital stay")
    #expect(!again.screen.contains("Who is"))
    try again.send("q")
    #expect(try again.waitForExit() == 0)
  }
}
