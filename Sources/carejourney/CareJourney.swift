import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore

/// `carejourney`: one patient's CAR-T journey, from screening to years of follow-up.
@main
struct CareJourney: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "carejourney",
    abstract: "Keep one patient's CAR-T cell therapy journey: phases, milestones, daily log.",
    discussion: CommandHelp.careJourney,
    subcommands: [
      InitCommand.self, DemoCommand.self, StatusCommand.self, PlanCommand.self,
      AdvanceCommand.self, MilestonesCommand.self, SignCommand.self, LogCommand.self,
      TimelineCommand.self, AmendCommand.self, SettingsCommand.self, GradeCommand.self,
      IceCommand.self, RemindCommand.self, VerifyCommand.self, VisitCommand.self,
      SledaiCommand.self, MedCommand.self, ExportCommand.self, ImportCommand.self,
      DevicesCommand.self, ShareCommand.self, AlertsCommand.self,
    ])

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Open the screens with no way to write.")
  var readOnly = false

  @Option(
    help: ArgumentHelp(
      "Colour theme: default, high-contrast, colour-blind-safe, monochrome, light, or a file.",
      discussion: "NO_COLOR set means monochrome.", valueName: "name|file"))
  var theme: String?

  /// Runs the command, and prints every refusal with control and bidi characters made visible:
  /// error messages often echo what was typed, and ArgumentParser prints them as they are.
  static func main() {
    BenchmarkProbe.recordPeakMemoryAtExit(environment: ProcessInfo.processInfo.environment)
    // Into a file or a pipe, output goes in pieces of 64 KB, not 4 KB: ten years of
    // `timeline --csv` are 6.5 MB, 1,600 writes otherwise. A terminal keeps its own buffering.
    if isatty(STDOUT_FILENO) == 0 { setvbuf(stdout, nil, _IOFBF, 1 << 16) }
    let status = run(Array(CommandLine.arguments.dropFirst()))
    fflush(nil)
    Foundation.exit(status)
  }

  /// Runs one command line in this process, its output to ``Console/current``; returns the
  /// exit status. The program's `main`, and the in-process tests.
  static func run(_ arguments: [String]) -> Int32 {
    do {
      var command = try parseAsRoot(arguments)
      do {
        try command.run()
      } catch {
        throw safe(error)
      }
      return 0
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      // --help and --version are ArgumentParser's own text, printed to standard output.
      guard code != .success else {
        if !message.isEmpty { output(message) }
        return 0
      }
      // Usage lines are kept apart; what each line echoes is shown escaped.
      if !message.isEmpty {
        for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
          printError(String(line))
        }
      }
      return code.rawValue
    }
  }

  /// An error from a command, with its message safe to print whole (a newline in an echoed
  /// value shows as `^J`); ArgumentParser's own errors keep their meaning.
  static func safe(_ error: any Error) -> any Error {
    switch error {
    case is AppError: error
    case let validation as ValidationError: ValidationError(SafeText.visible(validation.message))
    // `--help` comes back from run() as ArgumentParser's own (internal) error; main() escapes
    // each line of what ArgumentParser prints for those.
    case _ where String(reflecting: type(of: error)).hasPrefix("ArgumentParser."): error
    default: AppError(String(describing: error))
    }
  }

  func run() throws {
    let context = try AppContext(global: global)
    // The screens need a terminal on both ends; piped, the status is printed instead.
    if Console.current.inputIsTerminal && Console.current.outputIsTerminal {
      // A folder this computer may not write to (a read-only copy) opens read-only, and says so.
      let reason = readOnly ? nil : context.readOnlyReason()
      try ScreensCommand(context: context, readOnly: readOnly || reason != nil, reason: reason)
        .run(themeOption: theme)
      return
    }
    if let damaged = context.damagedJourney() { throw damaged }
    if let missing = context.missingJourneyFile() { throw missing }
    guard context.store.hasJourney else {
      [
        "CareJourney keeps one patient's CAR-T journey: phases, milestones, temperatures, symptoms.",
        "There is no journey in \(context.store.directory.root) yet.",
        "",
        "  Start one:        carejourney init --patient \"Your Name\" --team-phone \"+49 ...\"",
        "  Try the sample:   carejourney demo",
        "  All commands:     carejourney --help",
      ].forEach(say)
      return
    }
    try context.statusLines().forEach(say)
  }
}
