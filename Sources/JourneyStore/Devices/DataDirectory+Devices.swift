import JourneyCore

extension DataDirectory {
  /// `root/devices`: one folder per computer of the care circle.
  public var devicesDirectory: String { root + "/devices" }

  /// `root/devices/<id>`, laid out as a data folder: what the device `id` writes.
  public func deviceFolder(_ id: String) -> DataDirectory {
    DataDirectory(root: devicesDirectory + "/" + id)
  }

  /// The folders lines are read from: the data folder's own files first, then each device's
  /// folder (sorted by id); and what is wrong with `devices/` (a link, a file where a device's
  /// folder belongs): reported, never followed.
  public func homes() -> (homes: [LineHome], problems: [LineProblem]) {
    var homes = [LineHome(device: nil, folder: self)]
    var problems: [LineProblem] = []
    let devices = FileSystem.kind(of: devicesDirectory)
    guard devices == .directory else {
      if devices != .missing {
        problems.append(
          notAFile(devicesDirectory, devices, what: tr("the devices' lines are not read")))
      }
      return (homes, problems)
    }
    for (name, _) in names(in: devicesDirectory, &problems).sorted(by: { $0.name < $1.name })
    where !name.hasPrefix(".") {
      let path = devicesDirectory + "/" + name
      let kind = FileSystem.kind(of: path)
      guard kind == .directory else {
        problems.append(notAFile(path, kind, what: tr("the device's lines are not read")))
        continue
      }
      homes.append(LineHome(device: name, folder: deviceFolder(name)))
    }
    return (homes, problems)
  }

  /// Every journey file: `journey.jsonl` in each home (the data folder's own first) and the
  /// sync tools' conflict copies of it, each with the device that wrote it; and what is wrong
  /// (a conflict copy, reported so the care circle knows).
  ///
  /// A `journey.jsonl` is listed whenever anything is at its path: a link or a pipe there is
  /// never opened, and reading it says what it is.
  public func journeyFiles() -> (
    files: [(path: String, device: String?)], problems: [LineProblem]
  ) {
    var (homes, problems) = self.homes()
    var files: [(path: String, device: String?)] = []
    for home in homes {
      let path = home.folder.journeyFile
      let kind = FileSystem.kind(of: path)
      if kind != .missing { files.append((path, home.device)) }
      for (name, isFile) in names(in: home.folder.root, &problems).sorted(by: { $0.name < $1.name })
      where SyncConflict.original(of: name) == "journey.jsonl" {
        let copy = home.folder.root + "/" + name
        guard isFile || FileSystem.isRegularFile(copy) else {
          problems.append(
            notAFile(copy, FileSystem.kind(of: copy), what: tr("its lines are not read")))
          continue
        }
        problems.append(SyncConflict.notice(relative(copy), original: relative(path)))
        files.append((copy, home.device))
      }
    }
    return (files, problems)
  }

  /// The sync tools' conflict copies of day files dated `from` or later, in every home's year
  /// folders from `from`'s year on (a look at a year's names, not at every file): for a reader
  /// that reads recent days by their own names, so a copy that arrives is read too.
  public func conflictCopies(from: LocalDate) -> [(date: LocalDate, path: String)] {
    var found: [(date: LocalDate, path: String)] = []
    var ignored: [LineProblem] = []
    let firstYear = String(from.description.prefix(4))
    for home in homes().homes {
      for (year, _) in names(in: home.folder.daysDirectory, &ignored) where year >= firstYear {
        let folder = home.folder.daysDirectory + "/" + year
        for (name, _) in names(in: folder, &ignored) {
          guard let original = SyncConflict.original(of: name),
            let date = LocalDate(parsing: original.dropLast(".jsonl".count)), date >= from,
            FileSystem.isRegularFile(folder + "/" + name)
          else { continue }
          found.append((date, folder + "/" + name))
        }
      }
    }
    return found
  }

  /// The device whose folder holds `path` (`devices/<id>/...`); nil for the data folder's own.
  public func device(of path: String) -> String? {
    let inside = relative(path)
    guard inside.hasPrefix("devices/") else { return nil }
    return inside.dropFirst("devices/".count).split(separator: "/").first.map(String.init)
  }
}
