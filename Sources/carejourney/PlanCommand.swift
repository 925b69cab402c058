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
    .init("plan", CommandAbstract.plan, CommandHelp.plan)
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: .init(OptionHelp.planPhase)) var phase: Phase

  @Argument(help: .init(OptionHelp.planDate)) var date: String

  func run() throws {
    let context = try AppContext(global: global)
    try context.plan(phase, on: date).forEach(say)
  }
}
