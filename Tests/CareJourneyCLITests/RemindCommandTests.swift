import Foundation
import Testing

/// `carejourney remind` end to end: what it prints, the exit status scripts rely on (0 nothing
/// due, 1 something due, 2 an error), and `--exec` running a real program.
@Suite(.onWaitingThreads) struct RemindCommandTests {
  /// A protocol with the acute window and the default check times, and one milestone due on the
  /// day screening starts whose title is full of shell syntax: `--exec` must pass it on as it
  /// is, and a shell that ran it would create `folder/pwned`.
  static func protocolText(folder: String) -> String {
    """
    id = "remind-test"
    name = "Reminder test"

    [acute-window]
    from-day = -5
    to-day = 28
    temperature-checks = ["08:00", "14:00", "20:00"]

    [[milestone]]
    id = "shell-test"
    phase = "screening"
    title = "Say $(touch \(folder)/pwned) and \\"quote\\" it; `id`"
    signer = "anyone"
    from = "screening"
    days = 0
    """
  }

  static let started = "2026-11-20T09:00:00+01:00"
  static let temperatureLine = "Time to take your temperature (14:00 check, Day \u{2212}3)"
  static func milestoneLine(folder: String) -> String {
    "Due today: Say $(touch \(folder)/pwned) and \"quote\" it; `id` (shell-test)"
  }

  /// A journey started on 2026-11-20 with the infusion planned for 2026-11-23: that day is
  /// Day −3, inside the acute window. Due that day: the temperature checks and the milestone,
  /// signed at once when `signed` is true.
  func start(signed: Bool = true) throws -> CLIHarness {
    let cli = try CLIHarness()
    let file = cli.root.appendingPathComponent("remind-test.toml").path
    try Self.protocolText(folder: cli.root.path).write(
      toFile: file, atomically: true, encoding: .utf8)
    try cli.ok(["init", "--patient", "Maria", "--protocol", file], now: Self.started)
    try cli.ok(["plan", "infusion", "2026-11-23"], now: Self.started)
    if signed { try cli.ok(["sign", "shell-test"], now: Self.started) }
    return cli
  }

  @Test func aPassedCheckIsDueUntilATemperatureIsLogged() throws {
    let cli = try start()
    defer { cli.cleanUp() }
    try cli.ok(["log", "--temp", "36.9"], now: "2026-11-20T09:05:00+01:00")
    let before = try cli.run(["remind"], now: "2026-11-20T13:59:00+01:00")
    #expect(before.status == 0)
    #expect(before.stdout == "Nothing due now.\n")
    let due = try cli.run(["remind"], now: "2026-11-20T14:01:00+01:00")
    #expect(due.status == 1)
    #expect(due.stdout == Self.temperatureLine + "\n")
    #expect(due.stderr == "")
    try cli.ok(["log", "--temp", "37.2"], now: "2026-11-20T14:05:00+01:00")
    let after = try cli.run(["remind"], now: "2026-11-20T14:10:00+01:00")
    #expect(after.status == 0)
    #expect(after.stdout == "Nothing due now.\n")
  }

  @Test func execRunsTheProgramWithEveryReminderAsItsLastArgument() throws {
    let cli = try start(signed: false)
    defer { cli.cleanUp() }
    let out = cli.root.appendingPathComponent("notified.txt").path
    let result = try cli.run(
      [
        "remind", "--exec", "/bin/sh", "-c", "cd \"$0\" && printf '%s|' \"$@\" > notified.txt",
        cli.root.path, "CareJourney",
      ],
      now: "2026-11-20T14:30:00+01:00")
    #expect(result.status == 1, "\(result.stderr)")
    let written = String(
      decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self)
    let message = Self.temperatureLine + "\n" + Self.milestoneLine(folder: cli.root.path)
    #expect(written == "CareJourney|\(message)|")
    // The title reached the program as text: no shell ever ran what it says.
    #expect(!FileManager.default.fileExists(atPath: cli.root.appendingPathComponent("pwned").path))
  }

  @Test func execIsNotRunWhenNothingIsDue() throws {
    let cli = try start()
    defer { cli.cleanUp() }
    let out = cli.root.appendingPathComponent("notified.txt").path
    try cli.ok(["log", "--temp", "36.9"], now: "2026-11-20T09:05:00+01:00")
    let result = try cli.run(
      ["remind", "--exec", "/bin/sh", "-c", "printf %s \"$1\" > \"$0\"", out],
      now: "2026-11-20T10:00:00+01:00")
    #expect(result.status == 0)
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test(arguments: [["remind"], ["remind", "--json"]])
  func noJourneyExitsZeroWithOneHintOnStandardError(arguments: [String]) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let result = try cli.run(arguments)
    #expect(result.status == 0)
    #expect(result.stdout == (arguments.contains("--json") ? "[]\n" : ""))
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("no journey in \(cli.data) yet"))
    #expect(cli.snapshot().isEmpty)
  }

  @Test func jsonGivesKindMessageAndMilestoneId() throws {
    let cli = try start(signed: false)
    defer { cli.cleanUp() }
    let result = try cli.run(["remind", "--json"], now: "2026-11-20T14:30:00+01:00")
    #expect(result.status == 1)
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(rows.map { $0["kind"] as? String } == ["temperature-check", "milestone-due"])
    #expect(
      rows.map { $0["message"] as? String }
        == [Self.temperatureLine, Self.milestoneLine(folder: cli.root.path)])
    #expect(rows[0]["id"] is NSNull)
    #expect(rows[1]["id"] as? String == "shell-test")
  }

  /// Errors exit 2, never 1, which would read as "something is due".
  @Test(arguments: ["unreadable protocol", "data is a file", "no such program", "program fails"])
  func errorsExitTwo(problem: String) throws {
    let cli = try start(signed: false)
    defer { cli.cleanUp() }
    var arguments = ["remind"]
    var fragment: String
    switch problem {
    case "unreadable protocol":
      try "id = ".write(toFile: cli.data + "/protocol.toml", atomically: true, encoding: .utf8)
      fragment = "protocol.toml"
    case "data is a file":
      try FileManager.default.removeItem(atPath: cli.data)
      try "".write(toFile: cli.data, atomically: true, encoding: .utf8)
      fragment = "is a file, not a folder"
    case "no such program":
      arguments += ["--exec", "no-such-notifier", "CareJourney"]
      fragment = "no program no-such-notifier found"
    default:
      arguments += ["--exec", "/bin/sh", "-c", "exit 3", "sh"]
      fragment = "exited with status 3"
    }
    let result = try cli.run(arguments, now: "2026-11-20T14:30:00+01:00")
    #expect(result.status == 2)
    #expect(result.stderr.contains(fragment), "\(result.stderr)")
  }

  @Test func helpStatesTheExitStatusesWithAnExample() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let help = try cli.ok(["remind", "--help"])
    for fragment in [
      "0   nothing is due", "1   something is due", "2   an error",
      "carejourney remind --exec notify-send CareJourney",
    ] {
      #expect(help.contains(fragment), "missing: \(fragment)")
    }
  }
}
