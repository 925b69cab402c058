import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney remind`: what is due now, for cron or a systemd timer while the app is closed.
///
/// The exit status is the contract for scripts: 0 nothing due, 1 something due, 2 an error.
/// Errors therefore never leave through ArgumentParser's default status 1, which would read as
/// "something is due".
struct RemindCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("remind", CommandAbstract.remind, CommandHelp.remind)
  }

  @OptionGroup var global: GlobalOptions

  @Flag(help: .init(OptionHelp.remindJson)) var json = false

  @Option(help: .init(OptionHelp.remindExecTimeout, valueName: "seconds")) var execTimeout: Int = 30

  @Option(parsing: .remaining, help: .init(OptionHelp.remindExec, valueName: "program args"))
  var exec: [String] = []

  func validate() throws {
    guard (1...3600).contains(execTimeout) else {
      throw ValidationError(tr("--exec-timeout %s is not 1 to 3600 seconds", String(execTimeout)))
    }
  }

  func run() throws {
    let somethingDue: Bool
    do {
      somethingDue = try remind()
    } catch {
      printError(tr("Error:", context: "ArgumentParser") + " \(error)")
      throw ExitCode(2)
    }
    if somethingDue { throw ExitCode(1) }
  }

  /// Prints what is due and runs `--exec`; true when something is due.
  func remind() throws -> Bool {
    let context = try AppContext(global: global)
    guard let reminders = try context.dueReminders() else {
      // A cron job must not fill a mailbox with output, but a job pointed at the wrong
      // directory must not stay silent either: one line on standard error.
      printError(tr("Nothing to remind: %s", "\(AppError.noJourney(context.store.directory.root))"))
      if json { output("[]") }
      return false
    }
    if json {
      output(try JSONOutput.string(reminders.map(ReminderReport.init)))
    } else {
      if reminders.isEmpty { say(tr("Nothing due now.")) }
      for reminder in reminders { reminder.lines.forEach(say) }
    }
    guard !reminders.isEmpty else { return false }
    if !exec.isEmpty {
      try ReminderProgram.run(
        exec,
        message: reminders.flatMap(\.lines).map(SafeText.visible).joined(separator: "\n"),
        path: context.environment["PATH"], timeout: execTimeout)
    }
    return true
  }
}
