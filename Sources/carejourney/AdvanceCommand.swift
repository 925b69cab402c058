import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney advance`: records that the patient entered a phase.
struct AdvanceCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "advance",
      abstract: tr("Record that the patient entered a phase."),
      discussion: CommandHelp.advance)
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp(tr("The phase entered.")))
  var phase: Phase

  @Option(help: ArgumentHelp(tr("The date it was entered, YYYY-MM-DD (default: today).")))
  var on: String?

  @Option(help: ArgumentHelp(tr("Why (needed for re-collection, readmission and withdrawal).")))
  var reason: String?

  @Option(help: ArgumentHelp(tr("A note kept with the event.")))
  var note: String?

  func run() throws {
    let context = try AppContext(global: global)
    try context.advance(to: phase, on: on, reason: reason, note: note).forEach(say)
  }
}
