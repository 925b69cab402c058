import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney status`: where the journey stands today.
struct StatusCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("status", CommandAbstract.status, CommandHelp.status)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: .init(OptionHelp.statusToday)) var today: String?

  @Flag(help: .init(OptionHelp.statusJson)) var json = false

  func run() throws {
    let context = try AppContext(global: global)
    let day = try today.map { try context.date($0, option: "--today") }
    if json {
      output(try JSONOutput.string(try context.statusReport(on: day)))
    } else {
      try context.statusLines(on: day).forEach(say)
    }
  }
}
