import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney milestones`: every milestone with its status.
struct MilestonesCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("milestones", CommandAbstract.milestones, CommandHelp.milestones)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: .init(OptionHelp.milestonesToday)) var today: String?

  @Flag(help: .init(OptionHelp.milestonesJson)) var json = false

  func run() throws {
    let context = try AppContext(global: global)
    let day = try today.map { try context.date($0, option: "--today") }
    let (milestones, snapshot, care) = try context.milestones(on: day)
    if json {
      output(try JSONOutput.string(milestones.map(MilestoneReport.init)))
      return
    }
    context.reportProblems(snapshot.problems)
    MilestoneText.list(milestones, journey: snapshot.journey, care: care).forEach(say)
  }
}
