import ArgumentParser
import JourneyApp
import JourneyCore

extension Phase: ExpressibleByArgument {
  public init?(argument: String) { self.init(typed: argument) }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `carejourney plan`: records a planned date for a phase.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Record the planned date of a phase; `plan infusion` sets the planned Day 0.",
    discussion: """
      Milestones counted from Day 0 (fludarabine on Day −5, ...) get their due dates from the
      planned infusion until the infusion happens. A later plan replaces an earlier one.

      Example: carejourney plan infusion 2026-12-14
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The phase: \(Phase.allCases.filter { !$0.isEnd }.map(\.rawValue).joined(separator: ", ")).")
  var phase: Phase

  @Argument(help: "The planned date, YYYY-MM-DD.")
  var date: String

  func run() throws {
    let context = try AppContext(global: global)
    try context.plan(phase, on: date).forEach(say)
  }
}
