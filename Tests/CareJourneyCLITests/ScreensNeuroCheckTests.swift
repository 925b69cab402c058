import Foundation
import Testing

/// The built binary in tmux at 80x24, as a caregiver at the bedside uses it: the home neuro
/// check on Today, and an urgent alert answered with `a`.
@Suite(.serialized) struct ScreensNeuroCheckTests {
  /// Maria's journey (team phone set): lymphodepletion from 2026-11-15, infused and in hospital
  /// since 2026-11-20, Tom's first home neuro check on Day −4; the screens then open on Day +2
  /// at 09:00, Tom at the keyboard.
  func journey() throws -> CLIHarness {
    var cli = try CLIHarness()
    let started = "2026-11-15T18:00:00+01:00"
    let infused = "2026-11-20T18:00:00+01:00"
    try cli.prepare(
      [
        [
          "init", "--patient", "Maria Santos", "--team-phone", "+49 9131 85-0", "--on",
          "2026-10-01",
        ],
        ["plan", "infusion", "2026-11-20"],
        ["advance", "leukapheresis", "--on", "2026-10-14"],
        ["advance", "manufacturing", "--on", "2026-10-15"],
        ["advance", "lymphodepletion", "--on", "2026-11-15"],
      ], now: started)
    try cli.ok(
      [
        "--role", "caregiver", "--name", "Tom", "neuro-check", "--writing", "usual", "--objects",
        "3", "--date", "right", "--count-back", "right",
      ], now: "2026-11-16T19:00:00+01:00")
    for phase in ["infusion", "hospital-stay"] {
      try cli.ok(["advance", phase, "--on", "2026-11-20"], now: infused)
    }
    try cli.remember(role: "caregiver", name: "Tom")
    cli.now = "2026-11-22T09:00:00+01:00"
    return cli
  }

  /// The screens at 80x24, opened on the caregiver's Timeline, then Today (`1`).
  func today(_ cli: CLIHarness) throws -> TmuxSession {
    let screens = try TmuxSession(screensOf: cli, width: 80, height: 24)
    try screens.waitFor("Timeline · newest first")
    try screens.send("1")
    return screens
  }

  @Test func theCaregiversCheckWithAChangeRaisesTheUrgentAlertWithWhomToCall() throws {
    let cli = try journey()
    defer { cli.cleanUp() }
    let screens = try today(cli)
    try screens.waitFor("Home neuro check for today: press c")
    try screens.send("c")
    try screens.waitFor("Home neuro check · ↑/↓ item · ←/→ answer · Enter saves · Esc cancels")
    // The sentence as usual, two objects of three, the date right, counting back right.
    try screens.send("Right", "Down")
    try screens.type("2")
    try screens.send("Down", "Right", "Down", "Right")
    try screens.waitFor("› Count back from 100 by tens                           right")
    try screens.send("Enter")
    let alert = try screens.waitFor("!! URGENT: Call your CAR-T team now on +49 9131 85-0.")
    let lines = alert.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // The whole screen: whom to call and what to do if they cannot be reached, what was seen,
    // the check done for today, and its row marked.
    #expect(
      lines == [
        " [ 1 Today ]  2 Timeline    3 Milestones    4 Trends    ? Help",
        " Maria Santos · Day +2 · Hospital stay",
        " !! URGENT: Call your CAR-T team now on +49 9131 85-0.",
        "    If you cannot reach them now, call 112 or go to the nearest emergency",
        "    department. Say you had CAR-T cell therapy and show your wallet card.",
        "    Seen: Home neuro check with a change from the first check on 2026-11-16 (2",
        "    of 3 objects named, was 3) at 09:00 on 2026-11-22 (Day +2). A home neuro",
        "    check found a change from the first check: writing, naming objects, the",
        "    date or counting back.",
        " ✓ Saved: Home neuro check: sentence as usual, 2 of 3 objects named, date",
        "   right, counting back right",
        " Sunday 2026-11-22 · 09:00",
        " ✓ Home neuro check done today at 09:00 by Tom",
        "",
        " Logged today:",
        " !! 09:00  Home neuro check: sentence as usual, 2 of 3 objects named, date",
        "           right, counting back right  — Tom",
        "",
        " t temperature · s symptom · n note · m medication · a answer the alert",
        "", "", "", "",
        " Hospital stay · Day +2 │ Tom (caregiver) │ t log a temperature  q quit  ? help",
        "",
      ], "\(alert)")
    try screens.send("q")
    #expect(try screens.waitForExit() == 0)
    let day = String(
      decoding: FileManager.default.contents(atPath: cli.mine + "/days/2026/2026-11-22.jsonl")
        ?? Data(), as: UTF8.self)
    #expect(day.contains(#""objects":2"#) && day.contains(#""type":"home-neuro-check""#))
    #expect(day.contains(#""name":"Tom","role":"caregiver""#))
  }

  @Test func anUrgentAlertIsAnsweredWithAAndAlertsListsItAcknowledged() throws {
    let cli = try journey()
    defer { cli.cleanUp() }
    let saved = try cli.ok(["--role", "patient", "--name", "Maria Santos", "log", "--temp", "38.6"])
    let line = try #require(saved.split(separator: "\n").first { $0.hasPrefix("Saved ") })
    let id = String(try #require(line.dropFirst("Saved ".count).split(separator: ":").first))
    let screens = try today(cli)
    try screens.waitFor("!! URGENT: Call your CAR-T team now on +49 9131 85-0.")
    try screens.waitFor("· a answer the alert")
    try screens.send("a")
    try screens.waitFor("What was done about the URGENT alert (who, what they said)?")
    try screens.type("called the team, told to come in")
    try screens.send("Enter")
    // Answered, when and by whom: the row wraps rather than losing its author at 80 columns.
    let answered = try screens.waitFor("the alert answered") {
      $0.contains(
        "    09:00  Alert \(id) answered: called the team, told to come in\n           — Tom\n")
    }
    #expect(!answered.contains("URGENT"), "\(answered)")
    #expect(answered.contains(" !! 09:00  Temperature 38.6 °C  — Maria Santos"))
    try screens.send("q")
    #expect(try screens.waitForExit() == 0)
    let json = try cli.json(["alerts", "--json"])
    let alerts = try #require(json as? [[String: Any]])
    let alert = try #require(alerts.first { $0["id"] as? String == id })
    #expect(alert["open"] as? Bool == false)
    #expect(alert["note"] as? String == "called the team, told to come in")
    #expect((alert["acknowledgedBy"] as? [String: String]) == ["name": "Tom", "role": "caregiver"])
    #expect(alert["acknowledgedAt"] as? String == "2026-11-22T09:00:00+01:00")
  }
}
