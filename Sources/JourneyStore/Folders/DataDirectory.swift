import JourneyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The folder holding one journey: `journey.jsonl` and `days/YYYY/YYYY-MM-DD.jsonl`.
///
/// ## Topics
/// - ``resolve(option:environment:currentDirectory:)``
/// - ``dayFiles()``
/// - ``ensureExists()``
public struct DataDirectory: Equatable, Sendable {
  /// The folder's absolute path, without a trailing slash.
  public let root: String

  /// Uses `root` as it is; see ``resolve(option:environment:currentDirectory:)`` for user input.
  public init(root: String) {
    self.root = root
  }

  /// Finds the data directory the way DESIGN.md says, first match wins.
  ///
  /// 1. `option` (`--data DIR`),
  /// 2. `CAREJOURNEY_DATA`,
  /// 3. `$XDG_DATA_HOME/carejourney` (only when `XDG_DATA_HOME` is absolute, as the XDG Base
  ///    Directory specification requires: a relative value is ignored),
  /// 4. `$HOME/.local/share/carejourney`.
  ///
  /// Empty values are skipped. A leading `~` or `~/` is replaced by `HOME`; relative paths are
  /// taken from `currentDirectory`, which also stands in for `HOME` when `HOME` is unset.
  public static func resolve(
    option: String?, environment: [String: String], currentDirectory: String
  ) -> DataDirectory {
    let home = nonEmpty(environment["HOME"]) ?? currentDirectory
    func expandingHome(_ path: String) -> String {
      if path == "~" { return home }
      if path.hasPrefix("~/") { return home + "/" + path.dropFirst(2) }
      return path
    }
    func absolute(_ path: String) -> String {
      let expanded = expandingHome(path)
      return normalized(expanded.hasPrefix("/") ? expanded : currentDirectory + "/" + expanded)
    }
    if let path = nonEmpty(option) ?? nonEmpty(environment["CAREJOURNEY_DATA"]) {
      return DataDirectory(root: absolute(path))
    }
    if let xdg = nonEmpty(environment["XDG_DATA_HOME"]).map(expandingHome), xdg.hasPrefix("/") {
      return DataDirectory(root: normalized(xdg + "/carejourney"))
    }
    return DataDirectory(root: absolute(home + "/.local/share/carejourney"))
  }

  /// The largest file CareJourney reads or appends to in a data folder: 16 MB. A day holds a
  /// few kilobytes and ten years of history about 10 MB in all, so a larger file is damaged or
  /// not CareJourney's; reading a 2 GB one whole would take gigabytes of memory.
  public static let largestFile = 16 * 1024 * 1024

  /// `root/journey.jsonl`: the journey's events.
  public var journeyFile: String { root + "/journey.jsonl" }

  /// `root/.lock`: the advisory lock file (see ``StoreLock``).
  public var lockFile: String { root + "/.lock" }

  /// `root/days`: one folder per year of day files.
  public var daysDirectory: String { root + "/days" }

  /// `root/days/YYYY/YYYY-MM-DD.jsonl`: what was logged on `date`.
  public func dayFile(for date: LocalDate) -> String {
    let name = date.description
    return daysDirectory + "/" + name.prefix(4) + "/" + name + ".jsonl"
  }

  /// `path` relative to the root (`days/2026/2026-11-22.jsonl`), for messages; other paths as
  /// they are.
  public func relative(_ path: String) -> String {
    let prefix = root == "/" ? "/" : root + "/"
    // Compared and cut as bytes: the paths are the root's own bytes and names read from the
    // folders (counting characters for each of 3,650 day files cost 2 % of reading them).
    var (bytes, start) = (path, prefix)
    let inside = bytes.withUTF8 { path in
      start.withUTF8 { prefix in
        guard path.count >= prefix.count, let a = path.baseAddress, let b = prefix.baseAddress
        else { return false }
        return memcmp(a, b, prefix.count) == 0
      }
    }
    guard inside else { return path }
    return String(decoding: path.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
  }

  /// Creates the root folder and any missing parents, mode 0700 whatever the umask.
  ///
  /// An existing folder is left as it is; ``permissionWarning()`` tells when it is too open.
  public func ensureExists() throws(StoreError) {
    let created = try FileSystem.makeDirectories(root)
    try FileSystem.syncParents(of: created)
  }

  /// Every day file under `days/` dated between two dates (inclusive; nil means open-ended),
  /// sorted by date, and what is wrong with the folder's layout.
  ///
  /// A `.jsonl` file whose name is not a date is reported and left out (it cannot be placed on
  /// the timeline). A day file in the wrong place (`days/2025/2026-01-03.jsonl`, or directly in
  /// `days/`) is reported *and* listed, so its entries stay visible. A day file that is a
  /// symbolic link, a folder or a named pipe is reported and left out: it is never followed or
  /// opened (a pipe would block every command). So is a `days/` or year folder that is a link.
  /// Hidden files and files not ending in `.jsonl` are not CareJourney's and are ignored. A
  /// missing `days/` is no problem. A range leaves out files, and spares looking closer at the
  /// thousands of names outside it: misplaced and misnamed files are reported whatever the
  /// range, a link or a pipe only when its date is in it (`verify` lists them all).
  public func dayFiles(from: LocalDate? = nil, to: LocalDate? = nil)
    -> (files: [(date: LocalDate, path: String)], problems: [LineProblem])
  {
    var files: [(date: LocalDate, path: String)] = []
    var (homes, problems) = self.homes()
    for home in homes {
      listDays(of: home.folder, from: from, to: to, into: &files, &problems)
    }
    // By date, then path: fields compared in place (a tuple of them copied each path twice
    // for each of 3,650 × 12 comparisons).
    files.sort { $0.date != $1.date ? $0.date < $1.date : $0.path < $1.path }
    return (files, problems)
  }

  /// Adds the day files under `home`'s `days/` (the data folder's own, or a device's) to
  /// `files`, and what is wrong with their layout to `problems` (see ``dayFiles(from:to:)``).
  private func listDays(
    of home: DataDirectory, from: LocalDate?, to: LocalDate?,
    into files: inout [(date: LocalDate, path: String)], _ problems: inout [LineProblem]
  ) {
    func isInRange(_ date: LocalDate) -> Bool {
      (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
    }
    /// Looks at one file found in `folder`, whose name (a year, or nil for `days/`) is `year`.
    func consider(name: String, in folder: String, year: String?, isFile: Bool) {
      guard !name.hasPrefix("."), name.hasSuffix(".jsonl") else { return }
      let original = SyncConflict.original(of: name)
      let named = LocalDate(parsing: (original ?? name).dropLast(".jsonl".count))
      let inRange = named.map(isInRange) ?? true
      // Outside the range and in its own folder: nothing to list and nothing to report.
      if named != nil, original == nil, !inRange, year == String(name.prefix(4)) { return }
      let path = DataDirectory.path(folder, name)
      // Only what the folder does not list as a regular file is looked at closer.
      let kind = isFile ? .file(size: 0) : FileSystem.kind(of: path)
      guard case .file = kind else {
        if kind != .missing {
          problems.append(notAFile(path, kind, what: tr("its lines are not read")))
        }
        return
      }
      guard let date = named else {
        problems.append(
          LineProblem(
            file: relative(path), line: 0,
            reason: tr(
              "this file's name is not a date like 2026-11-22.jsonl, so its lines are not read; "
                + "rename it to the date they were logged")))
        return
      }
      if let original {
        problems.append(SyncConflict.notice(relative(path), original: original))
      }
      if inRange { files.append((date, path)) }
      if year != String(date.description.prefix(4)) {
        problems.append(
          LineProblem(
            file: relative(path), line: 0,
            reason: tr(
              "this day file is in the wrong folder; its lines are read, but it should be %s",
              relative(home.dayFile(for: date)))))
      }
    }

    let daysDirectory = home.daysDirectory
    let days = FileSystem.kind(of: daysDirectory)
    guard days == .directory || days == .missing else {
      problems.append(notAFile(daysDirectory, days, what: tr("the day files in it are not read")))
      return
    }
    for (name, isFile) in names(in: daysDirectory, &problems) where !name.hasPrefix(".") {
      let folder = daysDirectory + "/" + name
      switch isFile ? .file(size: 0) : FileSystem.kind(of: folder) {
      case .directory:
        do {
          _ = try FileSystem.forEachName(in: folder) { bytes, isFile in
            // The usual day file, dated by its name in its own year's folder, is told from
            // its bytes, as 3,650 of them are at ten years. Any other name is looked at closer.
            if isFile, let date = DataDirectory.ownDate(of: bytes, inYear: name) {
              if isInRange(date) { files.append((date, DataDirectory.path(folder, bytes))) }
            } else {
              consider(
                name: String(decoding: bytes, as: UTF8.self), in: folder, year: name,
                isFile: isFile)
            }
          }
        } catch {
          problems.append(unlisted(folder, error))
        }
      case .symbolicLink:
        problems.append(
          notAFile(folder, .symbolicLink, what: tr("the day files in it are not read")))
      default:
        consider(name: name, in: daysDirectory, year: nil, isFile: isFile)
      }
    }
  }

  /// `folder/name`, made at its length: 3,650 paths grown by appending took twice the memory.
  static func path(_ folder: String, _ name: String) -> String {
    var name = name
    return name.withUTF8 { path(folder, $0) }
  }

  /// The same, from the name's bytes.
  static func path(_ folder: String, _ name: UnsafeBufferPointer<UInt8>) -> String {
    var folder = folder
    return folder.withUTF8 { start in
      String(unsafeUninitializedCapacity: start.count + 1 + name.count) { bytes in
        _ = bytes.initialize(fromContentsOf: start)
        bytes[start.count] = UInt8(ascii: "/")
        _ = bytes[(start.count + 1)...].initialize(fromContentsOf: name)
        return start.count + 1 + name.count
      }
    }
  }

  /// The date a day file's name gives, when the name is a date and `.jsonl` alone
  /// (`2026-11-22.jsonl`) and the date is in `year` (the name of its folder); nil otherwise.
  static func ownDate(of name: UnsafeBufferPointer<UInt8>, inYear year: String) -> LocalDate? {
    var year = year
    return year.withUTF8 { year in
      guard name.count == 16, year.count == 4, name[0..<4].elementsEqual(year),
        name[10..<16].elementsEqual(".jsonl".utf8)
      else { return nil }
      return LocalDate(utf8: UnsafeBufferPointer(rebasing: name[0..<10]))
    }
  }

  /// The names in `folder`, or none with a problem reported.
  func names(in folder: String, _ problems: inout [LineProblem]) -> [(name: String, isFile: Bool)] {
    do {
      return try FileSystem.listing(of: folder) ?? []
    } catch {
      problems.append(unlisted(folder, error))
      return []
    }
  }

  /// The problem of a folder that could not be listed.
  func unlisted(_ folder: String, _ error: StoreError) -> LineProblem {
    LineProblem(file: relative(folder), line: 0, reason: error.message)
  }

  /// The problem for a link, a folder or a pipe where a day file (or the folder of day files)
  /// belongs: `what` says what is not read ("its lines are not read").
  func notAFile(_ path: String, _ kind: FileSystem.Kind, what: String) -> LineProblem {
    let reason =
      kind == .symbolicLink
      ? tr(
        "this is a symbolic link, and CareJourney follows no link inside its data folder, so %s; "
          + "put the real file or folder in its place", what)
      : tr(
        "this is %1$s, not a day file, so %2$s; move it away (and put the day file back from a "
          + "backup if it was one)", kind.noun, what)
    return LineProblem(file: relative(path), line: 0, reason: reason)
  }

  /// A sentence telling how to make the folder private, when other users may change or read it.
  ///
  /// Nil when the folder is owner-only, or does not exist yet.
  public func permissionWarning() -> String? {
    var info = stat()
    guard stat(root, &info) == 0 else { return nil }
    let groupOrOthers = info.st_mode & 0o077
    guard groupOrOthers != 0 else { return nil }
    if groupOrOthers & 0o022 != 0 {
      return tr(
        "The data folder %1$s can be changed by other users of this computer; run `chmod 700 "
          + "%1$s` to keep this health data private.", root)
    }
    return tr(
      "The data folder %1$s can be read by other users of this computer; run `chmod 700 %1$s` "
        + "to keep this health data private.", root)
  }

  private static func nonEmpty(_ value: String?) -> String? {
    guard let value, !value.isEmpty else { return nil }
    return value
  }

  /// Collapses `//` and `/./` and drops a trailing slash; `..` is kept (symbolic links make
  /// removing it by text wrong).
  static func normalized(_ path: String) -> String {
    let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
    return "/" + parts.joined(separator: "/")
  }
}
