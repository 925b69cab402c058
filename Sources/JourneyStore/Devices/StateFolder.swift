import Foundation
import JourneyCore

/// CareJourney's state on this computer, outside any data directory: this computer's device id
/// and name (`device.json`). A synced data directory must not carry it: a second computer that
/// received it would write as the first one, into the same files.
///
/// Found as the XDG Base Directory specification says: `$XDG_STATE_HOME/carejourney` when
/// `XDG_STATE_HOME` is an absolute path, else `$HOME/.local/state/carejourney`.
public struct StateFolder: Equatable, Sendable {
  /// The folder's absolute path.
  public let root: String

  /// Uses `root` as it is.
  public init(root: String) {
    self.root = root
  }

  /// The folder for this environment; `currentDirectory` stands in for an unset `HOME`.
  public static func resolve(environment: [String: String], currentDirectory: String)
    -> StateFolder
  {
    if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
      return StateFolder(root: DataDirectory.normalized(xdg + "/carejourney"))
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? currentDirectory
    return StateFolder(root: DataDirectory.normalized(home + "/.local/state/carejourney"))
  }

  /// `device.json`: this computer's device.
  public var deviceFile: String { root + "/device.json" }

  /// This computer's device; nil when it has written nothing yet (reading never makes one).
  ///
  /// - Throws: a `StoreError` when the file cannot be read, an ``AppError``-like message when
  ///   it is damaged (it is never replaced silently: the id names this computer's files).
  public func device() throws -> Device? {
    guard let bytes = try FileSystem.readAll(deviceFile) else { return nil }
    guard let device = try? JSONDecoder().decode(Device.self, from: Data(bytes)),
      Device.isValidID(device.id)
    else {
      throw StoreError(
        code: .io,
        message: tr(
          "%s is damaged, so CareJourney does not know which device folder is this computer's; "
            + "remove it to start a new device (nothing in the data folder is lost), or mend it",
          deviceFile),
        path: deviceFile)
    }
    return device
  }

  /// This computer's device, made (with `defaultName`) on the first write.
  public func deviceMakingIt(defaultName: @autoclosure () -> String) throws -> Device {
    if let device = try device() { return device }
    let device = Device.new(name: defaultName(), host: Device.thisHost)
    try save(device)
    return device
  }

  /// Gives this computer's device a new name (making the device when there is none yet).
  @discardableResult
  public func rename(to name: String, defaultName: String) throws -> Device {
    var device = try deviceMakingIt(defaultName: defaultName)
    device.name = name
    try save(device)
    return device
  }

  private func save(_ device: Device) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let text = String(decoding: try encoder.encode(device), as: UTF8.self) + "\n"
    try FileSystem.makeDirectories(root)
    try WholeFile.write(deviceFile, contents: text, replacing: true)
  }
}
