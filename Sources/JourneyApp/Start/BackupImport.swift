import Foundation
import JourneyCore
import JourneyExport
import JourneyStore

extension AppContext {
  /// `carejourney import FILE`: the backup in `file` (`-`: what `standardInput` gives) restored
  /// into this data directory, which must be new or empty (checked before the file is read);
  /// returns what to tell the person importing it.
  public func importBackup(
    file: String, acceptingEdited: Bool, standardInput: () -> Data
  ) throws -> [String] {
    try store.checkEmpty()
    let data: Data
    if file == "-" {
      data = standardInput()
    } else {
      guard let read = FileManager.default.contents(atPath: file) else {
        throw AppError(tr("%s cannot be read: check the name (nothing was written)", file))
      }
      data = read
    }
    let backup = try importBackup(data, from: file, acceptingEdited: acceptingEdited)
    var lines: [String] = []
    if let edited = backup.edited {
      lines.append(
        tr(
          "Imported although it was changed after export (first change: %s); the journey notes it.",
          edited))
    } else if !backup.checked {
      lines.append(
        tr("This backup was written before backups carried hashes: changes to it cannot be seen."))
    }
    return lines + [
      tr(
        "Imported the journey of %1$s (%2$s, %3$s) into %4$s.", backup.journey.patient ?? "?",
        trn("%d event", "%d events", count: backup.events.count),
        trn("%d entry", "%d entries", count: backup.entries.count), store.directory.root),
      tr("Check it:") + " carejourney status · carejourney verify",
    ]
  }

  /// Restores a journey from the bytes of an `export json` backup into this data directory,
  /// which must be new or empty; the whole backup is checked before anything is written.
  /// `name` says where the bytes came from, for the refusal.
  ///
  /// A backup changed after it was exported is refused unless `acceptingEdited`; then a note
  /// written by whoever imports it says so in the journey (on the day of the import), so that
  /// nobody later takes its values for what was logged.
  @discardableResult
  public func importBackup(_ data: Data, from name: String, acceptingEdited: Bool = false)
    throws -> JSONImport.Backup
  {
    var backup: JSONImport.Backup
    do {
      backup = try JSONImport.read(data, acceptingEdited: acceptingEdited)
    } catch {
      throw AppError(tr("%1$s was not imported: %2$s; nothing was written", name, "\(error)"))
    }
    // Every journey keeps its protocol as protocol.toml (a missing one is warned about on
    // every screen): a backup of a journey on a built-in protocol gets that protocol's text.
    let protocolText =
      backup.protocolText ?? CareProtocol.builtInText(named: backup.journey.protocolID ?? "")
    if let note = backup.editedNote(id: newID(), at: currentTime(), by: author) {
      backup.entries.append(note)
    }
    try store.restore(protocolText: protocolText, events: backup.events, entries: backup.entries)
    return backup
  }
}
