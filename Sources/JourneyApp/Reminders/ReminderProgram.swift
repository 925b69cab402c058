import Foundation
import JourneyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The program `remind --exec` runs with the reminders: started directly (no shell ever reads a
/// reminder's text), waited for, and stopped with everything it started when it takes too long.
public enum ReminderProgram {
  /// Runs `command` directly (no shell) with `message` as its last argument and waits for it,
  /// at most `timeout` seconds: then it is stopped (SIGTERM, a second later SIGKILL), with
  /// every process it started (its own process group), and that is an error.
  public static func run(_ command: [String], message: String, path: String?, timeout: Int)
    throws
  {
    guard let program = command.first, let executable = find(program, path: path) else {
      throw AppError(
        tr(
          "--exec: no program %s found on PATH; give its full path, and its "
            + "arguments as separate words, e.g. --exec notify-send CareJourney",
          command.first ?? ""))
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = Array(command.dropFirst()) + [message]
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw AppError(
        tr("--exec: %1$s could not be started: %2$s", executable, error.localizedDescription))
    }
    guard wait(for: process, seconds: Double(timeout)) else {
      stop(process)
      throw AppError(
        tr(
          "--exec: %1$s had not finished after %2$s seconds, so it was stopped; the "
            + "reminders are printed above (--exec-timeout gives it longer)", program,
          String(timeout)))
    }
    guard process.terminationReason == .exit, process.terminationStatus == 0 else {
      let status = String(process.terminationStatus)
      throw AppError(
        process.terminationReason == .exit
          ? tr(
            "--exec: %1$s exited with status %2$s; the reminders are printed above", program,
            status)
          : tr(
            "--exec: %1$s was killed by signal %2$s; the reminders are printed above", program,
            status))
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
  public static func find(_ program: String, path: String?) -> String? {
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
