import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore

/// `carejourney`: one patient's CAR-T journey, from screening to years of follow-up.
@main
struct CareJourney: ParsableCommand {
  /// Built whenever ArgumentParser asks, in the run's language (``CommandLanguage``).
  static var configuration: CommandConfiguration {
    .init(
      "carejourney", CommandAbstract.careJourney, CommandHelp.careJourney,
      subcommands: [
        InitCommand.self, DemoCommand.self, StatusCommand.self, PlanCommand.self,
        AdvanceCommand.self, MilestonesCommand.self, SignCommand.self, LogCommand.self,
        TimelineCommand.self, AmendCommand.self, SettingsCommand.self, GradeCommand.self,
        IceCommand.self, RemindCommand.self, VerifyCommand.self, VisitCommand.self,
        SledaiCommand.self, MedCommand.self, ExportCommand.self, ImportCommand.self,
        DevicesCommand.self, ShareCommand.self, AlertsCommand.self, NeuroCheckCommand.self,
      ])
  }

  @OptionGroup var global: GlobalOptions

  @Flag(help: .init(OptionHelp.careJourneyReadOnly)) var readOnly = false

  @Option(
    help: .init(
      OptionHelp.careJourneyTheme, discussion: OptionHelp.careJourneyThemeDiscussion,
      valueName: "name|file"))
  var theme: String?

  @Flag(
    help: .init(
      OptionHelp.careJourneyAccessible, discussion: OptionHelp.careJourneyAccessibleDiscussion))
  var accessible = false

  /// Runs the command, and prints every refusal with control and bidi characters made visible:
  /// error messages often echo what was typed, and ArgumentParser prints them as they are.
  static func main() {
    BenchmarkProbe.recordPeakMemoryAtExit(environment: ProcessInfo.processInfo.environment)
    let status = run(Array(CommandLine.arguments.dropFirst()))
    fflush(nil)
    Foundation.exit(status)
  }

  /// Runs one command line in this process, its output to ``Console/current``; returns the
  /// exit status. The program's `main`, and the in-process tests.
  ///
  /// The language is chosen first (``CommandLanguage``) and set for the whole run, parsing
  /// included: `--help`, a mistyped option, the command's output and its refusals all speak it.
  /// The journey's protocol is then read ahead on another thread (``ProtocolReadAhead``).
  static func run(_ arguments: [String]) -> Int32 {
    let store = CommandLanguage.store(arguments, console: Console.current)
    let language = CommandLanguage.resolve(arguments, store: store, console: Console.current)
    return Language.$current.withValue(language) {
      ProtocolReadAhead.start(arguments, store: store)
      return parseAndRun(arguments)
    }
  }

  /// ``run(_:)`` in the language already chosen.
  static func parseAndRun(_ arguments: [String]) -> Int32 {
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
      let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map {
        ParserText.translated(String($0))
      }
      guard code != .success else {
        if !message.isEmpty { output(lines.joined(separator: "\n")) }
        return 0
      }
      // Usage lines are kept apart; what each line echoes is shown escaped.
      if !message.isEmpty { lines.forEach(printError) }
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
    guard Console.current.inputIsTerminal && Console.current.outputIsTerminal else {
      return try context.pipedLines().forEach(say)
    }
    // A folder this computer may not write to (a read-only copy) opens read-only, and says so.
    let reason = readOnly ? nil : context.readOnlyReason()
    try ScreensCommand(context: context, readOnly: readOnly || reason != nil, reason: reason)
      .run(themeOption: theme, accessible: accessible)
  }
}
