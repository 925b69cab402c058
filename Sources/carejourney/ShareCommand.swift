import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney share`: how to share the journey with a second computer through Syncthing.
struct ShareCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "share",
      abstract:
        tr("Show (or write) the Syncthing set-up that shares this journey with another computer."),
      discussion: CommandHelp.share)
  }

  @OptionGroup var global: GlobalOptions

  @Flag(
    help: ArgumentHelp(
      tr("Write the .stignore into the data folder (an existing one is never replaced).")))
  var write = false

  func run() throws {
    let context = try AppContext(global: global)
    let setup = ShareSetup(directory: context.store.directory)
    if write {
      switch try setup.writeIgnoreFile() {
      case .written: say(tr("Wrote %s:", setup.ignoreFile))
      case .alreadyThere: say(tr("%s is already there, as below:", setup.ignoreFile))
      case .different:
        say(
          tr(
            "%s is already there with other lines; it was left as it is. Add these lines to it:",
            setup.ignoreFile))
      }
    } else {
      say(
        tr("The .stignore to put in %s (`carejourney share --write` does it):", setup.ignoreFile))
    }
    say("")
    for line in ShareSetup.ignoreText.split(separator: "\n", omittingEmptySubsequences: false) {
      say("  " + line)
    }
    setup.steps.forEach(say)
  }
}
