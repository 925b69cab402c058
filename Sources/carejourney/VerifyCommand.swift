import ArgumentParser
import JourneyApp
import JourneyCore
import JourneyStore

/// `carejourney verify`: lists everything wrong in the data directory, changing nothing.
struct VerifyCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("verify", CommandAbstract.verify, CommandHelp.verify)
  }

  @OptionGroup var global: GlobalOptions

  @Flag(help: .init(OptionHelp.verifyJson)) var json = false

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
