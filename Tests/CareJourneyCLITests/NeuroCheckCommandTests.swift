import Foundation
import Testing

/// `carejourney neuro-check`: the caregiver's home neuro check from the command line, in the
/// acute weeks; a change from the first check prints the urgent alert with whom to call; bad
/// answers and days outside the weeks are refused with one line and nothing written.
@Suite struct NeuroCheckCommandTests {
  static let started = "2026-11-10T09:00:00+01:00"
  /// Day −4 (infusion planned for 2026-11-20) and Day +2.
  static let first = "2026-11-16T19:00:00+01:00"
  static let later = "2026-11-22T19:00:00+01:00"

  static let usual = [
    "--writing", "usual", "--objects", "3", "--date", "right", "--count-back", "right",
  ]

  /// Maria's journey with the infusion planned for 2026-11-20 and Tom's first check on Day −4.
  func journey() throws -> CLIHarness {
    let cli = try CLIHarness()
    try cli.prepare(
      [
        ["init", "--patient", "Maria", "--team-phone", "+49 9131 85-0"],
        ["plan", "infusion", "2026-11-20"],
      ], now: Self.started)
    let out = try cli.ok(
      ["--role", "caregiver", "--name", "Tom", "neuro-check"] + Self.usual, now: Self.first)
    #expect(out.hasPrefix("Saved "))
    #expect(
      out.hasSuffix(
        ": Home neuro check: sentence as usual, 3 of 3 objects named, date right, counting back "
          + "right — 2026-11-16 19:00, Day −4\n"))
    return cli
  }

  @Test func theSameAsTheFirstIsSavedWithoutAnAlert() throws {
    let cli = try journey()
    defer { cli.cleanUp() }
    let out = try cli.ok(
      ["--role", "caregiver", "--name", "Tom", "neuro-check"] + Self.usual
        + ["--sentence", "The sun is warm today"], now: Self.later)
    #expect(out.split(separator: "\n").count == 1, "\(out)")
    #expect(!out.contains("URGENT"))
  }

  @Test func aChangeFromTheFirstPrintsTheUrgentAlertWithWhomToCall() throws {
    let cli = try journey()
    defer { cli.cleanUp() }
    let out = try cli.ok(
      [
        "--role", "caregiver", "--name", "Tom", "neuro-check", "--writing", "usual", "--objects",
        "3", "--date", "wrong", "--count-back", "right", "--note", "said it was October",
      ], now: Self.later)
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      Array(lines.dropFirst()) == [
        "", "!!!!!!!! !! URGENT !!!!!!!!",
        "A home neuro check found a change from the first check: writing, naming objects, the "
          + "date or counting back.",
        "Seen: Home neuro check with a change from the first check on 2026-11-16 (the date "
          + "wrong, was right) at 19:00 on 2026-11-22 (Day +2).",
        "Call your CAR-T team now on +49 9131 85-0.",
        "If you cannot reach them now, call 112 or go to the nearest emergency department. "
          + "Say you had CAR-T cell therapy and show your wallet card.",
        "",
      ])
    let status = try cli.ok(["status"], now: Self.later)
    #expect(status.contains("!! URGENT"))
    let timeline = try cli.ok(["timeline"], now: Self.later)
    #expect(
      timeline.contains(
        "Home neuro check: sentence as usual, 3 of 3 objects named, date wrong, counting back "
          + "right · note: said it was October"))
  }

  @Test(arguments: [
    (["--writing", "maybe"], "--writing maybe: give usual or changed"),
    (["--objects", "4"], "--objects 4: give how many of the 3 objects were named, 0 to 3"),
    (["--objects", "two"], "--objects two: give how many"),
    (["--date", "yes"], "--date yes: give right or wrong"),
    (["--count-back", "ok"], "--count-back ok: give right or wrong"),
  ])
  func aWrongAnswerIsRefusedWithOneLineAndNothingWritten(bad: [String], fragment: String) throws {
    let cli = try journey()
    defer { cli.cleanUp() }
    var arguments = Self.usual
    let index = try #require(arguments.firstIndex(of: bad[0]))
    arguments[index + 1] = bad[1]
    let before = cli.snapshot()
    let result = try cli.run(["neuro-check"] + arguments, now: Self.later)
    #expect(result.status != 0)
    #expect(result.stderr.hasPrefix("Error: \(fragment)"), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(cli.snapshot() == before)
  }

  /// After Day +28 the check is refused, pointing at symptoms, which are urgent on any day.
  @Test func afterTheAcuteWeeksItIsRefusedAndNothingWritten() throws {
    let cli = try journey()
    defer { cli.cleanUp() }
    let before = cli.snapshot()
    let result = try cli.run(["neuro-check"] + Self.usual, now: "2026-12-19T09:00:00+01:00")
    #expect(result.status != 0)
    #expect(
      result.stderr
        == "Error: the home neuro check is for the acute weeks (Day −5 to Day +28); today is "
        + "Day +29. Log what you see as a symptom instead (handwriting, word-finding, "
        + "confusion): urgent on any day; nothing was saved\n")
    #expect(cli.snapshot() == before)
  }
}
