import JourneyCore

/// What CareJourney was doing when a file or folder call failed, as a phrase each language
/// writes whole: a verb and its object together, so a sentence around it reads right whatever
/// the language puts first. Every sentence around it says the action could not be done, so a
/// language may put its negation inside the phrase: "could not read /data/x" is "konnte
/// /data/x nicht lesen", the German phrase being `%s nicht lesen`.
public enum StoreAction: Equatable, Sendable {
  case create
  case createFolder
  case setPermissions
  case openFolder
  case saveFolder
  case save
  case open
  case listFolder
  case read
  case writeInto
  case addTo
  case openLockFile
  case lock
  case lookAt
  case writeTo
  case write
  case renameTo
  case moveDataFolderTo

  /// The action done to `path`: "write to /data/journey.jsonl".
  func phrase(_ path: String) -> String {
    switch self {
    case .create: tr("create %s", path, context: "store action")
    case .createFolder: tr("create the folder %s", path, context: "store action")
    case .setPermissions: tr("set the permissions of %s", path, context: "store action")
    case .openFolder: tr("open the folder %s", path, context: "store action")
    case .saveFolder: tr("save the folder %s", path, context: "store action")
    case .save: tr("save %s", path, context: "store action")
    case .open: tr("open %s", path, context: "store action")
    case .listFolder: tr("list the folder %s", path, context: "store action")
    case .read: tr("read %s", path, context: "store action")
    case .writeInto: tr("write into %s", path, context: "store action")
    case .addTo: tr("add to %s", path, context: "store action")
    case .openLockFile: tr("open the lock file %s", path, context: "store action")
    case .lock: tr("lock %s", path, context: "store action")
    case .lookAt: tr("look at %s", path, context: "store action")
    case .writeTo: tr("write to %s", path, context: "store action")
    case .write: tr("write %s", path, context: "store action")
    case .renameTo: tr("rename a file to %s", path, context: "store action")
    case .moveDataFolderTo: tr("move the data folder to %s", path, context: "store action")
    }
  }

  /// The action done to what the sentence has just named: "write to it".
  var onIt: String {
    switch self {
    case .create: tr("create it", context: "store action")
    case .createFolder: tr("create the folder it", context: "store action")
    case .setPermissions: tr("set the permissions of it", context: "store action")
    case .openFolder: tr("open the folder it", context: "store action")
    case .saveFolder: tr("save the folder it", context: "store action")
    case .save: tr("save it", context: "store action")
    case .open: tr("open it", context: "store action")
    case .listFolder: tr("list the folder it", context: "store action")
    case .read: tr("read it", context: "store action")
    case .writeInto: tr("write into it", context: "store action")
    case .addTo: tr("add to it", context: "store action")
    case .openLockFile: tr("open the lock file it", context: "store action")
    case .lock: tr("lock it", context: "store action")
    case .lookAt: tr("look at it", context: "store action")
    case .writeTo: tr("write to it", context: "store action")
    case .write: tr("write it", context: "store action")
    case .renameTo: tr("rename a file to it", context: "store action")
    case .moveDataFolderTo: tr("move the data folder to it", context: "store action")
    }
  }
}
