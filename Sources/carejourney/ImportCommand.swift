import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore
import JourneyExport
import JourneyStore

/// `carejourney import`: a journey backed up with `export json`, restored into a new folder.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Restore a journey from a backup made with `carejourney export json`.",
    discussion: CommandHelp.`import`)

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("The backup file (- reads standard input).", valueName: "file"))
  var file: String

  @Flag(help: "Import a backup changed after it was exported; the journey records that it was.")
  var acceptEdited = false

  func run() throws {
    let context = try AppContext(global: global)
    let root = context.store.directory.root
    try context.store.checkEmpty()
    let data: Data
    if file == "-" {
      data = Console.current.input()
    } else {
      guard let read = FileManager.default.contents(atPath: file) else {
        throw AppError("\(file) cannot be read: check the name (nothing was written)")
      }
      data = read
    }
    let backup = try context.importBackup(data, from: file, acceptingEdited: acceptEdited)
    if let edited = backup.edited {
      say(
        "Imported although it was changed after export (first change: \(edited)); the journey notes it."
      )
    } else if !backup.checked {
      say("This backup was written before backups carried hashes: changes to it cannot be seen.")
    }
    say(
      "Imported the journey of \(backup.journey.patient ?? "?") (\(backup.events.count) events, "
        + "\(backup.entries.count) entries) into \(root).")
    say("Check it: carejourney status · carejourney verify")
  }
}
