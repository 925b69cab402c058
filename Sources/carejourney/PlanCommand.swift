import ArgumentParser
import JourneyApp
import JourneyCore

extension Phase: ExpressibleByArgument {
  public init?(argument: String) { self.init(typed: argument) }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `carejourney plan`: records a planned date for a phase.
struct PlanCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "plan",
      abstract: tr("Record the planned date of a phase; `plan infusion` sets the planned Day 0."),
      discussion: CommandHelp.plan)
  }

  @OptionGroup var global: GlobalOptions

  @Argument(
    help: ArgumentHelp(
      tr(
        "The phase: %s.",
        Phase.allCases.filter { !$0.isEnd }.map(\.rawValue).joined(separator: ", "))))
  var phase: Phase

  @Argument(help: ArgumentHelp(tr("The planned date, YYYY-MM-DD.")))
  var date: String

  func run() throws {
    let context = try AppContext(global: global)
    try context.plan(phase, on: date).forEach(say)
  }
}
