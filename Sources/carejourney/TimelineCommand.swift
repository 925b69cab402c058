import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney timeline`: the journey day by day.
struct TimelineCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "timeline",
      abstract: tr("Show journey events and logged entries in time order."),
      discussion: CommandHelp.timeline)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp(tr("First date, YYYY-MM-DD.")))
  var from: String?

  @Option(help: ArgumentHelp(tr("Last date, YYYY-MM-DD.")))
  var to: String?

  @Flag(help: ArgumentHelp(tr("Print a JSON array.")))
  var json = false

  @Flag(help: ArgumentHelp(tr("Print CSV (RFC 4180) with a header row.")))
  var csv = false

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
