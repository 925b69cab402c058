import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney sign`: signs a milestone off.
struct SignCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("sign", CommandAbstract.sign, CommandHelp.sign)
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: .init(OptionHelp.signMilestone)) var milestone: String

  @Option(help: .init(OptionHelp.signOn)) var on: String?

  @Flag(help: .init(OptionHelp.signElsewhere)) var elsewhere = false

  @Option(help: .init(OptionHelp.signNote)) var note: String?

  @Flag(help: .init(OptionHelp.signNotApplicable)) var notApplicable = false

  func validate() throws {
    if elsewhere && on != nil {
      throw ValidationError(tr("give --on DATE (the day it was done) or --elsewhere, not both"))
    }
    if elsewhere && notApplicable {
      throw ValidationError(tr("give --elsewhere (done elsewhere) or --not-applicable, not both"))
    }
  }

  func run() throws {
    let context = try AppContext(global: global)
    say(
      try context.sign(
        milestone, on: on, elsewhere: elsewhere, note: note, notApplicable: notApplicable))
  }
}
