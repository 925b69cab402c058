import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney milestones`: every milestone with its status.
struct MilestonesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "milestones",
    abstract: "List every milestone of the protocol with its due date and status.",
    discussion: """
      Status is done, due (today), overdue, upcoming, not-applicable (N/A): a milestone the
      protocol makes conditional ("only if: ...") that the nurse marked as not applying, with
      `sign ID --not-applicable`; or (BEFORE) from before the journey was recorded in
      CareJourney and not signed: sign those with their real date (`sign ID --on DATE`) or mark
      them done elsewhere (`sign ID --elsewhere`). Repeating milestones (follow-up visits) are
      listed up to the next one after today.

      Example: carejourney milestones --today 2026-12-01 --json
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "Status as on this date, YYYY-MM-DD (default: today).")
  var today: String?

  @Flag(help: "Print a JSON array.")
  var json = false

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
