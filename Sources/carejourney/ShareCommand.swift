import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney share`: how to share the journey with a second computer through Syncthing.
struct ShareCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("share", CommandAbstract.share, CommandHelp.share)
  }

  @OptionGroup var global: GlobalOptions

  @Flag(help: .init(OptionHelp.shareWrite)) var write = false

  func run() throws {
    let context = try AppContext(global: global)
    try ShareSetup(directory: context.store.directory).lines(writing: write).forEach(say)
  }
}
