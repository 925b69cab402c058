/// The device folders: where this computer writes, and the names of all the devices.
extension JourneyStore {
  /// `device.jsonl` in a device's folder: its id, name and host, one line per change.
  static let deviceFileName = "device.jsonl"

  /// The folder this store writes journey events and day files into: this computer's device
  /// folder (its id made on the first write, its name recorded in `device.jsonl` when new or
  /// changed), or the data folder itself for a store without a ``DeviceSource``.
  ///
  /// Call under the lock.
  func writeHome() throws -> DataDirectory {
    guard let source = deviceSource else { return directory }
    let device = try source.state.deviceMakingIt(defaultName: source.defaultName)
    let folder = directory.deviceFolder(device.id)
    let path = folder.root + "/" + JourneyStore.deviceFileName
    let line = DeviceLine(device)
    if DeviceLine.read(path, name: directory.relative(path)).lines.last != line {
      try checkFolders(of: path)
      try LineFile.append([line.text], to: path, syncing: syncsEachWrite)
    }
    return folder
  }

  /// The latest name of each device (by id) that has a `device.jsonl` readable, from its last
  /// line.
  public func deviceNames() -> [String: String] {
    var names: [String: String] = [:]
    for home in directory.homes().homes {
      guard let id = home.device else { continue }
      let path = home.folder.root + "/" + JourneyStore.deviceFileName
      if let last = DeviceLine.read(path, name: directory.relative(path)).lines.last {
        names[id] = last.name
      }
    }
    return names
  }

  /// The device names to show beside authors: none while one device (or none) has written,
  /// since every line would say the same; all of them once two have.
  func shownDeviceNames() -> [String: String] {
    let names = deviceNames()
    return names.count < 2 ? [:] : names
  }
}
