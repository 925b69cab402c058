import ArgumentParser
import JourneyApp

/// `carejourney demo`: writes the sample journey.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Write a sample journey (screening to Month 6) into the data directory.",
    discussion: """
      A made-up patient: a few days of fever after the infusion, a readmission on Day +16, and
      follow-up visits up to Month 6. It refuses to touch an existing journey; with --force the
      existing data directory is moved aside (never deleted) first, when it holds a CareJourney
      journey and nothing else (never a folder of other files) and no other CareJourney is
      writing to it.

      Example: carejourney --data /tmp/carejourney-demo demo && carejourney --data /tmp/carejourney-demo status
      """)

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Move an existing journey aside (to DIR.before-demo-TIMESTAMP) and write the demo.")
  var force = false

  func run() throws {
    let context = try AppContext(global: global)
    try context.demo(force: force, say: say)
  }
}
