import JourneyCore

/// One writer of a data folder as `carejourney devices` lists it: a device's folder, or the
/// data folder's own files (a journey written before device folders, or restored from a backup).
public struct DeviceSummary: Equatable, Sendable {
  /// The device id; nil for the data folder's own files.
  public var id: String?
  /// Its latest name, when its `device.jsonl` gives one.
  public var name: String?
  /// The computers that wrote as it (more than one: a copied state folder).
  public var hosts: [String]
  /// The time of the newest line it wrote (journey events and entries).
  public var lastLine: Timestamp?
  /// How many day files it holds.
  public var dayFiles: Int
  /// True for the device this computer writes as.
  public var isThisComputer: Bool
}

extension JourneyStore {
  /// Every writer of the data folder, the data folder's own files first, then the devices by
  /// id: its name, hosts, the time of its newest line and its day files. Reads each writer's
  /// journey file and newest day file only.
  public func deviceSummaries() -> [DeviceSummary] {
    let mine = try? deviceSource?.state.device()
    let listing = directory.dayFiles().files
    var byHome: [String: [(date: LocalDate, path: String)]] = [:]
    for file in listing { byHome[directory.device(of: file.path) ?? "", default: []].append(file) }
    var summaries: [DeviceSummary] = []
    for home in directory.homes().homes {
      let files = byHome[home.device ?? ""] ?? []
      let journey = FileSystem.isRegularFile(home.folder.journeyFile)
      if home.device == nil, files.isEmpty, !journey { continue }
      var last: Timestamp?
      func consider(_ time: Timestamp) { if last.map({ $0 < time }) ?? true { last = time } }
      if journey, let events = try? LineFile.read(home.folder.journeyFile, relativeName: "") {
        for line in events.lines {
          if let event = try? LineCodec.decodeEvent(line.text) { consider(event.recordedAt) }
        }
      }
      if let newest = files.last.map({ $0.date }) {
        for file in files where file.date == newest {
          let read = try? readDay(file.path, names: [:], JourneyStore.entryLines())
          for entry in read?.source.values ?? [] { consider(entry.recordedAt) }
        }
      }
      // A sync tool's conflict copy is read, but is no day of its own.
      let days = files.filter { !SyncConflict.isCopy(path: $0.path) }.count
      var summary = DeviceSummary(
        id: home.device, name: nil, hosts: [], lastLine: last, dayFiles: days,
        isThisComputer: home.device != nil && home.device == mine?.id)
      if home.device != nil {
        let path = home.folder.root + "/" + JourneyStore.deviceFileName
        let lines = DeviceLine.read(path, name: directory.relative(path)).lines
        summary.name = lines.last?.name
        summary.hosts = lines.reduce(into: []) { if !$0.contains($1.host) { $0.append($1.host) } }
      }
      summaries.append(summary)
    }
    return summaries
  }

  /// Records this computer's device name in its folder now (after a rename), when the data
  /// folder holds a journey; otherwise the next write records it.
  public func recordDeviceName() throws {
    guard hasJourney else { return }
    try StoreLock.withExclusiveLock(in: directory) { _ = try writeHome() }
  }
}
