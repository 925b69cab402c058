import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney sign`: signs a milestone off.
struct SignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sign",
    abstract: "Sign a milestone off (nurse milestones need --role nurse).",
    discussion: """
      MILESTONE is an id from `carejourney milestones`. For a repeating milestone, its bare id
      signs the earliest occurrence not yet signed. A milestone from before the journey was
      recorded in CareJourney is signed with its real date (--on), or marked done elsewhere
      when that date is not known (--elsewhere). A milestone the protocol makes conditional
      ("only if: lupus with CNS involvement") is marked as not applying to this patient with
      --not-applicable, best with a --note saying why.

      Examples:
        carejourney --role nurse --name "Ana Weber" sign flu-day-minus-5
        carejourney --role nurse --name "Ana Weber" sign cells-collected --on 2026-10-14
        carejourney --role nurse --name "Ana Weber" sign baseline-igg --elsewhere
        carejourney --role nurse sign cns-anticonvulsant-prophylaxis --not-applicable \\
          --note "no CNS lupus"
      """)

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
