import JourneyCore

/// CareJourney's folder of settings for this computer, outside any data directory: who uses it
/// (`person.toml`). A data directory is shared by the care circle through a sync tool; who sits
/// at this keyboard is not part of the journey.
///
/// Found as the XDG Base Directory specification says: `$XDG_CONFIG_HOME/carejourney` when
/// `XDG_CONFIG_HOME` is an absolute path, else `$HOME/.config/carejourney`.
public struct ConfigFolder: Equatable, Sendable {
  /// The folder's absolute path.
  public let root: String

  /// Uses `root` as it is.
  public init(root: String) {
    self.root = root
  }

  /// The folder for this environment; `currentDirectory` stands in for an unset `HOME`.
  public static func resolve(environment: [String: String], currentDirectory: String)
    -> ConfigFolder
  {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return ConfigFolder(root: DataDirectory.normalized(xdg + "/carejourney"))
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? currentDirectory
    return ConfigFolder(root: DataDirectory.normalized(home + "/.config/carejourney"))
  }

  /// `person.toml`: who uses CareJourney on this computer.
  public var personFile: String { root + "/person.toml" }

  /// The person remembered on this computer; nil when none is yet.
  ///
  /// - Throws: a `StoreError` when the file cannot be read, a `TOMLFileError` when it is
  ///   damaged (the screens then ask again, and remembering replaces it).
  public func person() throws -> KeyboardPerson? {
    guard let bytes = try FileSystem.readAll(personFile) else { return nil }
    return try KeyboardPerson(toml: String(decoding: bytes, as: UTF8.self), fileName: personFile)
  }

  /// Remembers `person`, replacing whoever was remembered, written whole or not at all.
  public func remember(_ person: KeyboardPerson) throws {
    try FileSystem.makeDirectories(root)
    try WholeFile.write(personFile, contents: person.toml, replacing: true)
  }
}
