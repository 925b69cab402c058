import Foundation
import Testing

@testable import carejourney

/// Bad input of every kind: one clear line, a non-zero exit, and nothing written.
@Suite struct CommandErrorTests {
  struct Case: CustomStringConvertible, Sendable {
    var arguments: [String]
    var fragment: String
    var role: String? = nil
    var description: String { arguments.joined(separator: " ") }
  }

  static let cases: [Case] = [
    Case(arguments: ["init", "--patient", "Someone Else"], fragment: "already holds a journey"),
    Case(
      arguments: ["advance", "infusion"],
      fragment:
        "screening cannot go to infusion; allowed from here: leukapheresis, withdrawn (needs --reason)"
    ),
    Case(arguments: ["advance", "orbit"], fragment: "orbit"),
    Case(arguments: ["advance", "leukapheresis", "--on", "2026-11-23"], fragment: "in the future"),
    Case(
      arguments: ["advance", "leukapheresis", "--on", "2026-11-31"],
      fragment: "is not a date: write it as YYYY-MM-DD"),
    Case(arguments: ["advance", "leukapheresis", "--on", "22.11.2026"], fragment: "YYYY-MM-DD"),
    Case(
      arguments: ["advance", "leukapheresis", "--on", "2026-11-01"], fragment: "before 2026-11-20"),
    Case(arguments: ["advance", "withdrawn"], fragment: "needs a reason"),
    Case(arguments: ["plan", "infusion", "soon"], fragment: "is not a date"),
    Case(arguments: ["plan", "completed", "2026-12-01"], fragment: "cannot be planned"),
    Case(arguments: ["sign", "consnt"], fragment: "not a milestone of this journey"),
    Case(arguments: ["sign", "eligibility-confirmed"], fragment: "--role nurse"),
    Case(
      arguments: ["--name", "Ana Weber", "sign", "eligibility-confirmed", "--on", "2026-12-01"],
      fragment: "in the future", role: "nurse"),
    Case(arguments: ["log"], fragment: "nothing to log"),
    Case(arguments: ["log", "--temp", "382"], fragment: "plausible range 34.0–43.0 °C"),
    Case(arguments: ["log", "--symptom", "chils=2"], fragment: "Did you mean: chills"),
    Case(arguments: ["log", "--symptom", "chills=5"], fragment: "is not 0–4"),
    Case(
      arguments: ["log", "--temp", "37.0", "--at", "2026-11-23T08:00"], fragment: "in the future"),
    Case(arguments: ["log", "--temp", "37.0", "--at", "yesterday"], fragment: "YYYY-MM-DDTHH:MM"),
    Case(
      arguments: ["amend", "nope", "--reason", "x", "--strike"],
      fragment: "not an event or entry of this journey"),
    Case(arguments: ["amend", "nope", "--reason", "x"], fragment: "give exactly one of"),
    Case(
      arguments: [
        "neuro-check", "--writing", "usual", "--objects", "3", "--date", "right", "--count-back",
        "right",
      ],
      fragment: "which start once Day 0 is known: plan the infusion first"),
    Case(arguments: ["status", "--today", "tomorrow"], fragment: "is not a date"),
    Case(arguments: ["timeline", "--json", "--csv"], fragment: "choose one"),
    Case(arguments: ["--role", "doctor", "status"], fragment: "doctor"),
    Case(
      arguments: ["settings", "--born", "2026-11-23"],
      fragment:
        "--born 2026-11-23 is in the future: give the date of birth as YYYY-MM-DD, from 1900-01-01 to 2026-11-22"
    ),
    Case(
      arguments: ["settings", "--born", "1899-12-31", "--sex", "female"],
      fragment: "--born 1899-12-31 is before 1900-01-01"),
    Case(
      arguments: ["settings", "--sex", "woman"],
      fragment: "--sex woman is not accepted: use female, male, other, unknown (or F, M, O, U)"),
    Case(
      arguments: [
        "settings", "--identifier", "https://hospital.example.org/mrn|A1", "--identifier", "A12345",
      ],
      fragment: "--identifier A12345 has no system: write SYSTEM|VALUE"),
  ]

  /// A start with a detail that cannot be right writes nothing at all: no journey to mend.
  @Test(arguments: [
    (["--born", "2090-01-01"], "--born 2090-01-01 is in the future"),
    (["--sex", "x"], "--sex x is not accepted"),
    (["--identifier", "|A12345"], "has no system before the |"),
  ])
  func initWithABadPatientDetailWritesNothing(extra: [String], fragment: String) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let result = try cli.run(["init", "--patient", "Santos, Maria"] + extra)
    #expect(result.status != 0)
    #expect(result.stderr.contains(fragment), "stderr: \(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: cli.mine + "/journey.jsonl"))
  }

  @Test(arguments: cases)
  func refusedWithOneClearLineAndNothingWritten(_ c: Case) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-11-20T09:00:00+01:00")
    let before = cli.snapshot()
    var arguments = c.arguments
    if let role = c.role { arguments = ["--role", role] + arguments }
    let result = try cli.run(arguments)
    #expect(result.status != 0)
    #expect(result.stderr.contains(c.fragment), "stderr: \(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(cli.snapshot() == before)
  }

  @Test(arguments: [
    ["status"], ["log", "--temp", "37"], ["advance", "leukapheresis"], ["milestones"], ["timeline"],
  ])
  func noJourneyYetSaysHowToStart(arguments: [String]) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let result = try cli.run(arguments)
    #expect(result.status != 0)
    #expect(result.stderr.contains("carejourney init --patient NAME"))
    #expect(result.stderr.contains("carejourney demo"))
    #expect(cli.snapshot().isEmpty)
  }

  @Test func bareCommandWithoutAJourneyExplainsHowToStart() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let out = try cli.ok([])
    #expect(out.contains("carejourney init"))
    #expect(out.contains("carejourney demo"))
  }

  /// Every subcommand the program registers, read from its configuration, with the names of
  /// its own subcommands (`med start`, `alerts ack`).
  static let commands: [(String, [String])] = CareJourney.configuration.subcommands.compactMap {
    command in
    command.configuration.commandName.map { name in
      (name, command.configuration.subcommands.compactMap { $0.configuration.commandName })
    }
  }

  /// A command added without an example fails here; a group of subcommands has its example
  /// in its own help, and each of its subcommands takes the global options.
  @Test(arguments: commands)
  func everyCommandHasHelpWithAnExample(command: String, subcommands: [String]) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let result = try cli.run([command, "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Example"), "\(command) --help has no example")
    for path in subcommands.isEmpty ? [[command]] : subcommands.map({ [command, $0] }) {
      let help = try cli.run(path + ["--help"])
      #expect(help.status == 0)
      #expect(help.stdout.contains("--data"), "\(path) --help")
    }
  }
}
