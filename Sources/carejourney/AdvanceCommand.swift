import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney advance`: records that the patient entered a phase.
struct AdvanceCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("advance", CommandAbstract.advance, CommandHelp.advance)
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: .init(OptionHelp.advancePhase)) var phase: Phase

  @Option(help: .init(OptionHelp.advanceOn)) var on: String?

  @Option(help: .init(OptionHelp.advanceReason)) var reason: String?

  @Option(help: .init(OptionHelp.advanceNote)) var note: String?

  func run() throws {
    let context = try AppContext(global: global)
    try context.advance(to: phase, on: on, reason: reason, note: note).forEach(say)
  }
}
