import ArgumentParser
import Foundation
import JourneyApp
import JourneyStore

/// `carejourney verify`: lists everything wrong in the data directory, changing nothing.
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check every data file and list each problem as file:line; changes nothing.",
    discussion: """
      Reports a data folder that does not exist, lines that cannot be read (damaged bytes, \
      cut-off writes, wrong field types, values outside their plausible range, a newer \
      format), files that cannot be read (permissions, a link, a folder or a named pipe where a \
      file belongs, a file over 16 MB), day files in the wrong folder, a missing or damaged \
      journey.jsonl (empty, or not starting with the journey's start), a missing or broken \
      protocol.toml and lab values outside its plausible ranges, a lock file that is not a \
      plain file, a folder left by an unfinished import, duplicate ids, events the journey's \
      rules refuse, and breaks in the hash chain: every line carries the \
      hash of the line before it, so an edited, deleted, inserted or moved line shows. An \
      edited line shows as a break on the line after it; an edited last line cannot be seen. \
      The chain detects changes; it does not prevent them and is not a signature.
      Exits 1 when there is any problem, 0 when there is none. Opens files read-only and \
      creates nothing, not even the lock file.

      Examples:
        carejourney verify
        carejourney verify --data /media/backup/carejourney --json
      """)

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Print one JSON object: files, lines and problems (file, line, reason).")
  var json = false

  func run() throws {
    let context = try AppContext(global: global)
    let report = Verifier(directory: context.store.directory).verify()
    if json {
      output(try JSONOutput.string(VerifyReport(report)))
    } else {
      report.text.forEach { output($0) }
    }
    if !report.problems.isEmpty { throw ExitCode(1) }
  }
}
