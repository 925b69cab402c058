import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney sign`: signs a milestone off.
struct SignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sign",
    abstract: "Sign a milestone off (nurse milestones need --role nurse).",
    discussion: CommandHelp.sign)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The milestone id.")
  var milestone: String

  @Option(help: "The date it was done, YYYY-MM-DD (default: today).")
  var on: String?

  @Flag(help: "Done elsewhere before CareJourney, its date not known (instead of --on).")
  var elsewhere = false

  @Option(help: "A note kept with the signature.")
  var note: String?

  @Flag(help: "Mark a conditional (only-if) milestone as not applying to this patient.")
  var notApplicable = false

  func validate() throws {
    if elsewhere && on != nil {
      throw ValidationError("give --on DATE (the day it was done) or --elsewhere, not both")
    }
    if elsewhere && notApplicable {
      throw ValidationError("give --elsewhere (done elsewhere) or --not-applicable, not both")
    }
  }

  func run() throws {
    let context = try AppContext(global: global)
    say(
      try context.sign(
        milestone, on: on, elsewhere: elsewhere, note: note, notApplicable: notApplicable))
  }
}
