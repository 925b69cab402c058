import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney demo`: writes the sample journey.
struct DemoCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("demo", CommandAbstract.demo, CommandHelp.demo)
  }

  @OptionGroup var global: GlobalOptions

  @Flag(help: .init(OptionHelp.demoForce)) var force = false

  func run() throws {
    let context = try AppContext(global: global)
    try context.demo(force: force, say: say)
  }
}
