import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney demo`: writes the sample journey.
struct DemoCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "demo",
      abstract: tr("Write a sample journey (screening to Month 6) into the data directory."),
      discussion: CommandHelp.demo)
  }

  @OptionGroup var global: GlobalOptions

  @Flag(
    help: ArgumentHelp(
      tr("Move an existing journey aside (to DIR.before-demo-TIMESTAMP) and write the demo.")))
  var force = false

  func run() throws {
    let context = try AppContext(global: global)
    try context.demo(force: force, say: say)
  }
}
