import ArgumentParser
import JourneyApp

/// `carejourney demo`: writes the sample journey.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Write a sample journey (screening to Month 6) into the data directory.",
    discussion: CommandHelp.demo)

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Move an existing journey aside (to DIR.before-demo-TIMESTAMP) and write the demo.")
  var force = false

  func run() throws {
    let context = try AppContext(global: global)
    try context.demo(force: force, say: say)
  }
}
