import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney advance`: records that the patient entered a phase.
struct AdvanceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "advance",
    abstract: "Record that the patient entered a phase.",
    discussion: """
      Only the moves in the transition table are allowed: the normal path in order, re-collection
      (manufacturing → leukapheresis), readmission (post-discharge or follow-up → hospital-stay)
      and withdrawal from any phase. The last three need --reason.
      Entering infusion on a date makes that date Day 0. A phase recorded with its date not
      entered (a journey begun part-way through, on the Start screen) gets its date the same way.

      Examples:
        carejourney advance leukapheresis --on 2026-10-02
        carejourney advance hospital-stay --reason "fever on Day +12, admitted"
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The phase entered.")
  var phase: Phase

  @Option(help: "The date it was entered, YYYY-MM-DD (default: today).")
  var on: String?

  @Option(help: "Why (needed for re-collection, readmission and withdrawal).")
  var reason: String?

  @Option(help: "A note kept with the event.")
  var note: String?

  func run() throws {
    let context = try AppContext(global: global)
    try context.advance(to: phase, on: on, reason: reason, note: note).forEach(say)
  }
}
