import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney timeline`: the journey day by day.
struct TimelineCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("timeline", CommandAbstract.timeline, CommandHelp.timeline)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: .init(OptionHelp.timelineFrom)) var from: String?

  @Option(help: .init(OptionHelp.timelineTo)) var to: String?

  @Flag(help: .init(OptionHelp.timelineJson)) var json = false

  @Flag(help: .init(OptionHelp.timelineCsv)) var csv = false

  func validate() throws {
    if json && csv { throw ValidationError(tr("choose one of --json and --csv")) }
  }

  func run() throws {
    let context = try AppContext(global: global)
    let (start, end) = try context.dateRange(from: from, to: to)
    try context.printTimeline(
      from: start, to: end, format: json ? .json : csv ? .csv : .text,
      terminal: Console.current.outputIsTerminal
    ) { output($0, terminator: "") }
  }
}
