import JourneyCore

extension Verifier {
  /// What is wrong with the devices' folders: a folder whose name is not a device id, or whose
  /// `device.jsonl` claims another id (a forged or copied folder), one that two computers write
  /// as (a copied state folder: two hosts in its `device.jsonl`, or conflict copies inside it),
  /// and a `device.jsonl` that is missing or cannot be read. Their lines are read all the same.
  ///
  /// `dayFiles` are the day files listed (``DataDirectory/dayFiles(from:to:)``): `verify` lists
  /// them once for all its checks.
  func checkDevices(dayFiles: [(date: LocalDate, path: String)]) -> [LineProblem] {
    var problems: [LineProblem] = []
    // Conflict copies by the device whose folder holds them.
    var copies: [String: Int] = [:]
    let paths = directory.journeyFiles().files.map(\.path) + dayFiles.map(\.path)
    for path in paths where SyncConflict.isCopy(FileSystem.baseName(of: path)) {
      if let device = directory.device(of: path) { copies[device, default: 0] += 1 }
    }
    for home in directory.homes().homes {
      guard let id = home.device else { continue }
      let folder = directory.relative(home.folder.root)
      let path = home.folder.root + "/" + JourneyStore.deviceFileName
      let name = directory.relative(path)
      guard Device.isValidID(id) else {
        problems.append(
          LineProblem(
            file: folder, line: 0,
            reason: tr(
              "this folder's name is not a device id (16 hexadecimal digits): it was not made by "
                + "CareJourney (forged, or renamed by hand); its lines are read, but check where "
                + "they came from")))
        continue
      }
      let (lines, found) = DeviceLine.read(path, name: name)
      problems += found
      if lines.isEmpty, found.isEmpty {
        problems.append(
          LineProblem(
            file: name, line: 0,
            reason: tr(
              "missing: the device that writes %s has no name or host on record; its lines are "
                + "read, but check where they came from", folder)))
      }
      for (index, line) in lines.enumerated() where line.device != id {
        problems.append(
          LineProblem(
            file: name, line: index + 1,
            reason: tr(
              "this line says it is device %1$s, but the folder is %2$s: the folder was copied or "
                + "forged; its lines are read, but check where they came from", line.device, id)))
      }
      let hosts = lines.reduce(into: [String]()) { if !$0.contains($1.host) { $0.append($1.host) } }
      if hosts.count > 1 || copies[id] != nil {
        let hostList = hosts.joined(separator: tr(" and ", context: "list"))
        let why =
          hosts.count > 1
          ? tr("the computers %1$s both write as device %2$s", hostList, id)
          : tr("a sync tool found two versions of a file only device %s writes", id)
        problems.append(
          LineProblem(
            file: folder, line: 0,
            reason: tr(
              "%s: two computers share one device id (a copied state folder, "
                + "~/.local/state/carejourney); on one of them, move device.json out of that "
                + "folder so it becomes a device of its own; every line is read meanwhile", why)))
      }
    }
    return problems
  }
}
