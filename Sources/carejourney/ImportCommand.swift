import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney import`: a journey backed up with `export json`, restored into a new folder.
struct ImportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("import", CommandAbstract.`import`, CommandHelp.`import`)
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: .init(OptionHelp.importFile, valueName: "file")) var file: String

  @Flag(help: .init(OptionHelp.importAcceptEdited)) var acceptEdited = false

  func run() throws {
    try AppContext(global: global).importBackup(
      file: file, acceptingEdited: acceptEdited, standardInput: Console.current.input
    ).forEach(say)
  }
}
