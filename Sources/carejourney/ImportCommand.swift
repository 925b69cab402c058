import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore
import JourneyExport
import JourneyStore

/// `carejourney import`: a journey backed up with `export json`, restored into a new folder.
struct ImportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "import",
      abstract: tr("Restore a journey from a backup made with `carejourney export json`."),
      discussion: CommandHelp.`import`)
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp(tr("The backup file (- reads standard input)."), valueName: "file"))
  var file: String

  @Flag(
    help: ArgumentHelp(
      tr("Import a backup changed after it was exported; the journey records that it was.")))
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
        throw AppError(tr("%s cannot be read: check the name (nothing was written)", file))
      }
      data = read
    }
    let backup = try context.importBackup(data, from: file, acceptingEdited: acceptEdited)
    if let edited = backup.edited {
      say(
        tr(
          "Imported although it was changed after export (first change: %s); the journey notes it.",
          edited))
    } else if !backup.checked {
      say(
        tr("This backup was written before backups carried hashes: changes to it cannot be seen."))
    }
    say(
      tr(
        "Imported the journey of %1$s (%2$s, %3$s) into %4$s.", backup.journey.patient ?? "?",
        trn("%d event", "%d events", count: backup.events.count),
        trn("%d entry", "%d entries", count: backup.entries.count), root))
    say(tr("Check it:") + " carejourney status · carejourney verify")
  }
}
