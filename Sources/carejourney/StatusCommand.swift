import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore
import JourneyStore

/// `carejourney status`: where the journey stands today.
struct StatusCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "status",
      abstract: tr("Show the phase, the day, milestones due or overdue, and active alerts."),
      discussion: CommandHelp.status)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp(tr("Show the status as on this date, YYYY-MM-DD (default: today).")))
  var today: String?

  @Flag(help: ArgumentHelp(tr("Print one JSON object.")))
  var json = false

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
