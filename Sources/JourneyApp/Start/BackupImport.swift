import Foundation
import JourneyCore
import JourneyExport
import JourneyStore

extension AppContext {
  /// Restores a journey from the bytes of an `export json` backup into this data directory,
  /// which must be new or empty; the whole backup is checked before anything is written.
  /// `name` says where the bytes came from, for the refusal.
  @discardableResult
  public func importBackup(_ data: Data, from name: String) throws -> JSONImport.Backup {
    let backup: JSONImport.Backup
    do {
      backup = try JSONImport.read(data)
    } catch {
      throw AppError("\(name) was not imported: \(error); nothing was written")
    }
    // Every journey keeps its protocol as protocol.toml (a missing one is warned about on
    // every screen): a backup of a journey on a built-in protocol gets that protocol's text.
    let protocolText =
      backup.protocolText ?? CareProtocol.builtInText(named: backup.journey.protocolID ?? "")
    try store.restore(protocolText: protocolText, events: backup.events, entries: backup.entries)
    return backup
  }
}
