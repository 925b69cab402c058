import Foundation
import JourneyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension JourneyStore {
  /// Why a journey cannot be started (or the demo written, or a folder moved aside) here: a
  /// sentence that says what is there and what to do; nothing was written.
  public struct NotStartable: Error, Equatable, CustomStringConvertible {
    public let description: String

    /// Makes the refusal.
    public init(_ description: String) {
      self.description = description
    }
  }

  /// The sentence for a missing `journey.jsonl` beside `dayFiles` day files: never "no
  /// journey yet", and never a new journey over them.
  public static func journeyMissingMessage(root: String, dayFiles: Int) -> String {
    trn(
      "journey.jsonl is missing from %2$s, but %1$d day file is still there: restore "
        + "journey.jsonl from a backup; `carejourney verify` lists the files and `carejourney "
        + "timeline` shows their entries (nothing was changed)",
      "journey.jsonl is missing from %2$s, but %1$d day files are still there: restore "
        + "journey.jsonl from a backup; `carejourney verify` lists the files and `carejourney "
        + "timeline` shows their entries (nothing was changed)", count: dayFiles, root)
  }

  /// Starts a journey (or writes the demo) in a data folder that holds none: `protocol.toml`,
  /// then `events` (the `created` line first) and `entries`, all under the lock, and whole or
  /// not at all (``placeLines(events:entries:)``).
  ///
  /// Refuses with ``NotStartable``, writing nothing, when the folder holds `journey.jsonl` (a
  /// journey, or a damaged one), day files (a journey whose `journey.jsonl` is missing) or a
  /// `protocol.toml`. The check is made under the lock, so of two `init`s at once the second
  /// finds the first's journey and writes nothing, not even its protocol. The protocol is
  /// written under a name of its own and linked into place, never replacing a file. When a
  /// write fails part-way, the files this call made are removed again: nothing else wrote
  /// meanwhile.
  public func startJourney(
    protocolText: String, events: [JourneyEvent], entries: [Entry] = []
  ) throws {
    // A file size limit must fail the write (and be undone), not kill the process part-way.
    LineFile.ignoreFileSizeSignal()
    // Once before the lock, so a plain refusal leaves no lock file behind; again under it.
    try checkStartable()
    try StoreLock.withExclusiveLock(in: directory) {
      try checkStartable()
      do {
        try WholeFile.write(protocolFile, contents: protocolText, replacing: false)
      } catch let error as StoreError {
        guard FileSystem.kind(of: protocolFile) == .missing else { throw protocolThere() }
        throw error
      }
      do {
        try placeLines(events: events, entries: entries)
      } catch {
        unlink(protocolFile)
        throw error
      }
    }
  }

  /// Writes a new journey's lines, `events` into `journey.jsonl` and `entries` into their day
  /// files, into a hidden folder of the data folder (`.start-….partial`, a name sync tools are
  /// told to leave alone), makes them durable at once (one sync, not one per day file: the
  /// demo's 95 took a second that way), then links them into this computer's folder, each under
  /// a name nothing holds, `journey.jsonl` last, and syncs the folders that got them.
  ///
  /// So the folder holds a journey only once all of its lines are there: a crash part-way
  /// leaves no journey (at most day files without their `journey.jsonl`, which every command
  /// reports), and a failure takes back every file it put in place. The lock is held.
  private func placeLines(events: [JourneyEvent], entries: [Entry]) throws {
    let home = try writeHome()
    let hidden = "/.start-" + String(UInt64.random(in: 1...UInt64.max), radix: 16) + ".partial"
    let staging = JourneyStore(
      directory: DataDirectory(root: directory.root + hidden), syncsEachWrite: false)
    defer { try? FileManager.default.removeItem(atPath: staging.directory.root) }
    let byDay = Dictionary(grouping: entries) { $0.observedAt.date }
    let dates = byDay.keys.sorted()
    try staging.appendChained(events, to: staging.directory.journeyFile, LineCodec.encode)
    for date in dates {
      let file = staging.directory.dayFile(for: date)
      try staging.appendChained(byDay[date] ?? [], to: file, LineCodec.encode)
    }
    try FileSystem.syncTree(staging.directory.root)
    // Each staged file and its place: the day files first, journey.jsonl last.
    let moves =
      dates.map { (staging.directory.dayFile(for: $0), home.dayFile(for: $0)) }
      + (events.isEmpty ? [] : [(staging.directory.journeyFile, home.journeyFile)])
    var placed: [String] = []
    do {
      var made: [String] = []
      for (from, to) in moves {
        try checkFolders(of: to)
        made += try FileSystem.makeDirectories(FileSystem.parent(of: to))
        guard link(from, to) == 0 else {
          throw StoreError(errno: errno, path: to, action: .create)
        }
        placed.append(to)
      }
      try FileSystem.syncParents(of: made + placed)
    } catch {
      for path in placed.reversed() { unlink(path) }
      throw error
    }
  }

  /// Refuses when the folder holds any part of a journey (see ``startJourney``).
  func checkStartable() throws(NotStartable) {
    let root = directory.root
    if let damage = journeyDamage() {
      throw NotStartable(
        tr(
          "%1$s holds a damaged journey (%2$s); nothing was written: mend it, or use another "
            + "--data directory for a new journey", root, "\(damage)"))
    }
    if hasJourney {
      throw NotStartable(
        tr("%s already holds a journey; use another --data directory for a new one", root))
    }
    let listing = directory.dayFiles()
    if !listing.files.isEmpty {
      throw NotStartable(
        JourneyStore.journeyMissingMessage(root: root, dayFiles: listing.files.count))
    }
    if let problem = listing.problems.first {
      throw NotStartable(
        tr(
          "%1$s holds day files of a journey (%2$s); nothing was written: use another --data "
            + "directory for a new journey", root, "\(problem)"))
    }
    if FileSystem.kind(of: protocolFile) != .missing { throw protocolThere() }
  }

  /// A `protocol.toml` with no journey: another start's, or left by hand; never replaced.
  private func protocolThere() -> NotStartable {
    NotStartable(
      tr(
        "%s already holds a protocol.toml, but no journey; nothing was written: remove it if it "
          + "is a leftover, or use another --data directory", directory.root))
  }

  /// Renames the data folder to `aside` (for `demo --force`), when it holds a CareJourney
  /// journey and nothing that is not CareJourney's; refuses with ``NotStartable`` otherwise.
  ///
  /// CareJourney's are `journey.jsonl`, `protocol.toml`, `days/`, their sync-conflict copies
  /// (`journey.sync-conflict-….jsonl`) and hidden names (`.lock`, a sync tool's folder). So a
  /// source tree or a home folder given as `--data` is never moved. The folder is moved while
  /// its lock is held, so no other CareJourney is writing into it at that moment; when one is,
  /// nothing is moved.
  public func moveAside(to aside: String) throws {
    let root = directory.root
    let names = (try FileSystem.entries(of: root) ?? []).sorted()
    let foreign = names.filter { name in
      !name.hasPrefix(".") && name != "days" && name != "devices" && !name.hasPrefix("journey")
        && !name.hasPrefix("protocol.")
    }
    guard foreign.isEmpty,
      names.contains("journey.jsonl") || names.contains("days") || names.contains("devices")
    else {
      let shown = foreign.isEmpty ? names : foreign
      let list = shown.prefix(3).joined(separator: ", ") + (shown.count > 3 ? ", ..." : "")
      throw NotStartable(
        tr(
          "%1$s holds files that are not a CareJourney journey (%2$s), so it was not moved and "
            + "nothing was written: give the demo another --data directory", root, list))
    }
    guard FileSystem.kind(of: aside) == .missing else {
      throw NotStartable(
        tr("%s exists already; nothing was moved: try again in a second", aside))
    }
    guard let lock = try StoreLock.tryExclusiveLock(in: directory) else {
      throw NotStartable(
        tr(
          "another CareJourney is writing to %s now, so it was not moved; close it and try again",
          root))
    }
    defer { lock.release() }
    guard rename(root, aside) == 0 else {
      throw StoreError(errno: errno, path: aside, action: .moveDataFolderTo)
    }
    try FileSystem.syncDirectory(FileSystem.parent(of: aside))
  }
}
