import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore

/// `carejourney remind`: what is due now, for cron or a systemd timer while the app is closed.
///
/// The exit status is the contract for scripts: 0 nothing due, 1 something due, 2 an error.
/// Errors therefore never leave through ArgumentParser's default status 1, which would read as
/// "something is due".
struct RemindCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remind",
    abstract: "Say what is due now: for cron or a systemd timer, with the app closed.",
    discussion: """
      Lists, one line each: the temperature check that has passed with no
      temperature logged since (inside the protocol's acute window), milestones
      due today, overdue milestones, and yesterday if nothing at all was logged
      on it (acute window only).

      Exit status (what a script should look at):
        0   nothing is due: prints "Nothing due now.". With no journey yet:
            nothing on standard output ("[]" with --json), a hint on stderr.
        1   something is due: one line per reminder. Not an error.
        2   an error: the data directory or the protocol cannot be read,
            the journey is damaged or its journey.jsonl missing,
            CAREJOURNEY_NOW is not a date-time, or the --exec program is
            missing, fails, or has not finished after --exec-timeout seconds
            (it is then stopped, with every process it started).
        64  a mistyped option (as for every command).

      --exec takes every word after it as a program and its arguments: put it
      last. When something is due the program runs once, without a shell, with
      all reminders (one per line) added as its last argument; no shell ever
      reads a reminder's text. A program that never ends would pile up a
      remind every 15 minutes: after --exec-timeout seconds (default 30) it is
      stopped (SIGTERM, then SIGKILL).

      Examples:
        carejourney remind
        carejourney remind --json
        carejourney remind --exec notify-send CareJourney
        carejourney remind >/dev/null; [ $? -le 1 ] || echo "remind failed"
      """)

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Print a JSON array of reminders: kind, message, id (the milestone id, or null).")
  var json = false

  @Option(
    help: ArgumentHelp(
      "Seconds to wait for the --exec program before stopping it (1–3600).",
      valueName: "seconds"))
  var execTimeout: Int = 30

  @Option(
    parsing: .remaining,
    help: ArgumentHelp(
      "A program and its arguments (every word after --exec) to run with the reminders as its "
        + "last argument, when something is due.", valueName: "program args"))
  var exec: [String] = []

  func validate() throws {
    guard (1...3600).contains(execTimeout) else {
      throw ValidationError("--exec-timeout \(execTimeout) is not 1 to 3600 seconds")
    }
  }

  func run() throws {
    let somethingDue: Bool
    do {
      somethingDue = try remind()
    } catch {
      printError("Error: \(error)")
      throw ExitCode(2)
    }
    if somethingDue { throw ExitCode(1) }
  }

  /// Prints what is due and runs `--exec`; true when something is due.
  func remind() throws -> Bool {
    let context = try AppContext(global: global)
    let store = context.store
    try Self.checkReadable(store.directory.root)
    // A damaged journey, or day files without their journey.jsonl, is an error (2), never
    // "nothing to remind": the cron job would stay silent while reminders are missed.
    if let damaged = context.damagedJourney() { throw damaged }
    if let missing = context.missingJourneyFile() { throw missing }
    let yesterday = context.today.adding(days: -1)
    let snapshot =
      store.hasJourney ? try store.load(entriesFrom: yesterday, to: context.today) : nil
    guard let snapshot, snapshot.journey.isStarted else {
      // A cron job must not fill a mailbox with output, but a job pointed at the wrong
      // directory must not stay silent either: one line on standard error.
      printError("Nothing to remind: \(AppError.noJourney(store.directory.root))")
      if json { output("[]") }
      return false
    }
    let care = try context.loadProtocol(for: snapshot.journey)
    context.reportProblems(snapshot.problems)
    let reminders = Reminders.due(
      journey: snapshot.journey, entries: snapshot.entries, protocol: care, now: context.now)
    if json {
      output(try JSONOutput.string(reminders.map(ReminderReport.init)))
    } else {
      if reminders.isEmpty { say("Nothing due now.") }
      reminders.forEach { say($0.message) }
    }
    guard !reminders.isEmpty else { return false }
    if !exec.isEmpty {
      try Self.run(
        exec, message: reminders.map { SafeText.visible($0.message) }.joined(separator: "\n"),
        path: context.environment["PATH"], timeout: execTimeout)
    }
    return true
  }

  /// Refuses a data directory that exists but is no readable folder: "no journey" would hide it.
  static func checkReadable(_ root: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else { return }
    guard isDirectory.boolValue else {
      throw AppError("the data directory \(root) is a file, not a folder; check --data")
    }
    guard FileManager.default.isReadableFile(atPath: root),
      FileManager.default.isExecutableFile(atPath: root)
    else {
      throw AppError("the data directory \(root) cannot be read; check its permissions")
    }
  }

  /// Runs `command` directly (no shell) with `message` as its last argument and waits for it,
  /// at most `timeout` seconds: then it is stopped (SIGTERM, a second later SIGKILL), with
  /// every process it started (its own process group), and that is an error.
  static func run(_ command: [String], message: String, path: String?, timeout: Int) throws {
    guard let program = command.first, let executable = find(program, path: path) else {
      throw AppError(
        "--exec: no program \(command.first ?? "") found on PATH; give its full path, and its "
          + "arguments as separate words, e.g. --exec notify-send CareJourney")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = Array(command.dropFirst()) + [message]
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw AppError("--exec: \(executable) could not be started: \(error.localizedDescription)")
    }
    guard wait(for: process, seconds: Double(timeout)) else {
      stop(process)
      throw AppError(
        "--exec: \(program) had not finished after \(timeout) seconds, so it was stopped; the "
          + "reminders are printed above (--exec-timeout gives it longer)")
    }
    guard process.terminationReason == .exit, process.terminationStatus == 0 else {
      let how =
        process.terminationReason == .exit
        ? "exited with status \(process.terminationStatus)"
        : "was killed by signal \(process.terminationStatus)"
      throw AppError("--exec: \(program) \(how); the reminders are printed above")
    }
  }

  /// Waits up to `seconds` for `process` to end; false when it is still running then.
  static func wait(for process: Process, seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while process.isRunning {
      guard Date() < deadline else { return false }
      usleep(10_000)
    }
    process.waitUntilExit()
    return true
  }

  /// Stops `process` and what it started: SIGTERM, then SIGKILL a second later, to its process
  /// group (Foundation starts a program in a group of its own), so that a shell script's own
  /// children do not outlive it.
  static func stop(_ process: Process) {
    let pid = process.processIdentifier
    let target = getpgid(pid) == pid ? -pid : pid
    kill(target, SIGTERM)
    if !wait(for: process, seconds: 1) { kill(target, SIGKILL) }
    // Whatever the group still holds (a child that ignored SIGTERM) goes too.
    if target < 0 { kill(target, SIGKILL) }
    process.waitUntilExit()
  }

  /// The program's path: as given when it holds a `/`, else the first match on `PATH`.
  static func find(_ program: String, path: String?) -> String? {
    func runnable(_ candidate: String) -> Bool {
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory)
        && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: candidate)
    }
    guard !program.isEmpty else { return nil }
    if program.contains("/") { return runnable(program) ? program : nil }
    let folders = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
    return folders.map { "\($0)/\(program)" }.first(where: runnable)
  }
}

/// One reminder in `remind --json`.
struct ReminderReport: Encodable {
  var kind: Reminder.Kind
  var message: String
  @NullWhenAbsent var id: String?

  init(_ reminder: Reminder) {
    kind = reminder.kind
    message = reminder.message
    id = reminder.id
  }

}
