import ArgumentParser
import JourneyApp

/// `carejourney share`: how to share the journey with a second computer through Syncthing.
struct ShareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "share",
    abstract:
      "Show (or write) the Syncthing set-up that shares this journey with another computer.",
    discussion: CommandHelp.share)

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Write the .stignore into the data folder (an existing one is never replaced).")
  var write = false

  func run() throws {
    let context = try AppContext(global: global)
    let setup = ShareSetup(directory: context.store.directory)
    if write {
      switch try setup.writeIgnoreFile() {
      case .written: say("Wrote \(setup.ignoreFile):")
      case .alreadyThere: say("\(setup.ignoreFile) is already there, as below:")
      case .different:
        say(
          "\(setup.ignoreFile) is already there with other lines; it was left as it is. "
            + "Add these lines to it:")
      }
    } else {
      say("The .stignore to put in \(setup.ignoreFile) (`carejourney share --write` does it):")
    }
    say("")
    for line in ShareSetup.ignoreText.split(separator: "\n", omittingEmptySubsequences: false) {
      say("  " + line)
    }
    setup.steps.forEach(say)
  }
}
