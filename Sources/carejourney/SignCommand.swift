import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney sign`: signs a milestone off.
struct SignCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "sign",
      abstract: tr("Sign a milestone off (nurse milestones need --role nurse)."),
      discussion: CommandHelp.sign)
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp(tr("The milestone id.")))
  var milestone: String

  @Option(help: ArgumentHelp(tr("The date it was done, YYYY-MM-DD (default: today).")))
  var on: String?

  @Flag(
    help: ArgumentHelp(
      tr("Done elsewhere before CareJourney, its date not known (instead of --on).")))
  var elsewhere = false

  @Option(help: ArgumentHelp(tr("A note kept with the signature.")))
  var note: String?

  @Flag(
    help: ArgumentHelp(
      tr("Mark a conditional (only-if) milestone as not applying to this patient.")))
  var notApplicable = false

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
