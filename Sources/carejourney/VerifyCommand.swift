import ArgumentParser
import Foundation
import JourneyApp
import JourneyStore

/// `carejourney verify`: lists everything wrong in the data directory, changing nothing.
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check every data file and list each problem as file:line; changes nothing.",
    discussion: CommandHelp.verify)

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Print one JSON object: files, lines and problems (file, line, reason).")
  var json = false

  func run() throws {
    let context = try AppContext(global: global)
    let report = Verifier(directory: context.store.directory).verify()
    if json {
      output(try JSONOutput.string(VerifyReport(report)))
    } else {
      for line in report.text { output(line) }
    }
    if !report.problems.isEmpty { throw ExitCode(1) }
  }
}
