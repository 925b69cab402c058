import Foundation
import JourneyCore
import Testing

@testable import JourneyStore

#if canImport(Glibc)
  import Glibc
#endif

/// What an attacker or bad luck puts in the data folder: links, named pipes, a 2 GB day file,
/// a file nobody may read, and a link planted where an export writes its temporary file.
@Suite("Links, pipes, sizes and unreadable files in the data folder")
struct DataFolderSafetyTests {
  static let day = LocalDate(parsing: "2026-11-22")!
  static let author = Author(role: .patient, name: "Maria")

  static func entry(_ id: String = "e1") -> Entry {
    let at = Timestamp(date: day, secondOfDay: 8 * 3600, utcOffset: 3600)
    return Entry(
      id: id, recordedAt: at, observedAt: at, author: author,
      body: .temperature(celsius: 37.2, asTyped: "37.2"))
  }

  static func created() -> JourneyEvent {
    JourneyEvent(
      id: "j1", recordedAt: Timestamp(date: day, secondOfDay: 7 * 3600, utcOffset: 3600),
      author: author,
      body: .created(
        patient: "Maria", protocolID: "cd19-sle", teamPhone: nil, temperatureUnit: .celsius))
  }

  /// A file outside the data folder that a link points at, with its mode and bytes.
  static func victim(in root: String) throws -> String {
    let path = root + "/victim.txt"
    try writeBytes(Array("the user's own file\n".utf8), to: path)
    chmod(path, 0o644)
    return path
  }

  @Test("a .lock that is a link: the lock is refused and the file it points at keeps its mode")
  func linkAsLockFile() throws {
    try withTemporaryDirectory { temporary in
      let victim = try Self.victim(in: temporary)
      let directory = DataDirectory(root: temporary + "/data")
      try directory.ensureExists()
      symlink(victim, directory.lockFile)

      let error = #expect(throws: StoreError.self) {
        try StoreLock.withExclusiveLock(in: directory) {}
      }
      #expect(error?.message.contains("symbolic link") == true, "\(String(describing: error))")
      #expect(permissions(of: victim) == 0o644, "chmod went through the link")
      #expect(try bytes(of: victim) == Array("the user's own file\n".utf8))
    }
  }

  @Test("a day file that is a link: nothing is appended to what it points at")
  func linkAsDayFile() throws {
    try withTemporaryDirectory { temporary in
      let victim = try Self.victim(in: temporary)
      let store = JourneyStore(directory: DataDirectory(root: temporary + "/data"))
      let path = store.directory.dayFile(for: Self.day)
      try FileManager.default.createDirectory(
        atPath: FileSystem.parent(of: path), withIntermediateDirectories: true)
      symlink(victim, path)

      #expect(throws: StoreError.self) { try store.appendEntries([Self.entry()]) }
      #expect(try bytes(of: victim) == Array("the user's own file\n".utf8))
      #expect(permissions(of: victim) == 0o644)
    }
  }

  @Test("days/ or a year folder that is a link: nothing is written through it")
  func linkedDayFolders() throws {
    for linked in ["days", "days/2026"] {
      try withTemporaryDirectory { temporary in
        let elsewhere = temporary + "/elsewhere"
        try FileManager.default.createDirectory(
          atPath: elsewhere, withIntermediateDirectories: true)
        let store = JourneyStore(directory: DataDirectory(root: temporary + "/data"))
        try FileManager.default.createDirectory(
          atPath: FileSystem.parent(of: store.directory.root + "/" + linked),
          withIntermediateDirectories: true)
        #expect(symlink(elsewhere, store.directory.root + "/" + linked) == 0)

        #expect(throws: StoreError.self, "\(linked)") { try store.appendEntries([Self.entry()]) }
        #expect(try FileManager.default.subpathsOfDirectory(atPath: elsewhere).isEmpty, "\(linked)")
        let listing = store.directory.dayFiles()
        #expect(listing.problems.map(\.file) == [linked], "\(linked)")
        #expect(listing.problems.first?.reason.contains("symbolic link") == true)
      }
    }
  }

  /// Reads and writes `journey.jsonl` when it is a named pipe, on a thread with a deadline: a
  /// blocking open would hang that thread, not the test run.
  @Test("a named pipe as journey.jsonl: reading and writing refuse it at once, never block")
  func pipeAsJourneyFile() throws {
    try withTemporaryDirectory { temporary in
      let store = JourneyStore(directory: DataDirectory(root: temporary + "/data"))
      try store.directory.ensureExists()
      #expect(mkfifo(store.directory.journeyFile, 0o600) == 0)

      for action in ["read", "record"] {
        let outcome = finishing(within: 5) { () -> Int32 in
          do {
            if action == "read" {
              _ = try store.readEvents()
            } else {
              try store.recordEvents { _ in [Self.created()] }
            }
            return 1
          } catch let error as StoreError {
            return error.message.contains("named pipe") ? 0 : 2
          } catch {
            return 3
          }
        }
        #expect(outcome == 0, "\(action): \(String(describing: outcome))")
      }
      #expect(store.journeyDamage()?.reason.contains("named pipe") == true)
    }
  }

  @Test("a named pipe or a folder as a day file: reported, the other days read, nothing blocks")
  func pipeAndFolderAsDayFiles() throws {
    try withTemporaryDirectory { temporary in
      let store = JourneyStore(directory: DataDirectory(root: temporary + "/data"))
      try store.appendEntries([Self.entry()])
      let pipe = store.directory.daysDirectory + "/2026/2026-11-23.jsonl"
      let folder = store.directory.daysDirectory + "/2026/2026-11-24.jsonl"
      #expect(mkfifo(pipe, 0o600) == 0)
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

      let outcome = finishing(within: 5) { () -> Int32 in
        guard let (entries, problems) = try? store.readEntries() else { return 2 }
        let named = problems.map { "\($0.file):\($0.line)" }
        guard entries.map(\.id) == ["e1"],
          named == ["days/2026/2026-11-23.jsonl:0", "days/2026/2026-11-24.jsonl:0"],
          problems[0].reason.contains("named pipe"), problems[1].reason.contains("a folder")
        else { return 1 }
        return 0
      }
      #expect(outcome == 0)
    }
  }

  /// A 2 GB day file costs nothing to make (sparse) and must cost nothing to meet: it is
  /// refused by its size before a byte is read. On a thread with a deadline: reading it whole
  /// took 29 s and 4.2 GB.
  @Test("a 2 GB day file: reported as too large at once, the other days read, logging refused")
  func hugeDayFile() throws {
    try withTemporaryDirectory { temporary in
      let store = JourneyStore(directory: DataDirectory(root: temporary + "/data"))
      try store.appendEntries([Self.entry()])
      let huge = store.directory.dayFile(for: Self.day.adding(days: 1))
      #expect(FileManager.default.createFile(atPath: huge, contents: nil))
      #expect(truncate(huge, 2 << 30) == 0)

      let outcome = finishing(within: 5) { () -> Int32 in
        guard let (entries, problems) = try? store.readEntries(),
          entries.map(\.id) == ["e1"], problems.count == 1,
          problems[0].file == "days/2026/2026-11-23.jsonl", problems[0].line == 0,
          problems[0].reason.contains("2.0 GB, larger than any file CareJourney writes")
        else { return 1 }
        var later = Self.entry("e2")
        later.observedAt = Timestamp(
          date: Self.day.adding(days: 1), secondOfDay: 9 * 3600, utcOffset: 3600)
        do {
          try store.appendEntries([later])
          return 2
        } catch let error as StoreError {
          return error.code == .tooLarge ? 0 : 3
        } catch {
          return 4
        }
      }
      #expect(outcome == 0)
    }
  }

  @Test("the size rule on both sides: a file of exactly the limit is read, one byte more is not")
  func sizeLimitBothSides() throws {
    try withTemporaryDirectory { temporary in
      let path = temporary + "/f.jsonl"
      #expect(FileManager.default.createFile(atPath: path, contents: nil))
      #expect(truncate(path, off_t(DataDirectory.largestFile)) == 0)
      let read = try FileSystem.readAll(path)
      #expect(read?.count == DataDirectory.largestFile)
      #expect(truncate(path, off_t(DataDirectory.largestFile + 1)) == 0)
      let error = #expect(throws: StoreError.self) { try FileSystem.readAll(path) }
      #expect(error?.code == .tooLarge)
      #expect(error?.message.contains("16 MB, larger than any file") == true)
    }
  }

  @Test("an export's temporary file is its own: a link or a file at NAME.partial is left alone")
  func temporaryFileIsItsOwn() throws {
    try withTemporaryDirectory { temporary in
      let victim = try Self.victim(in: temporary)
      let out = temporary + "/journey.csv"
      symlink(victim, out + ".partial")
      let mine = temporary + "/notes.txt"
      try writeBytes(Array("mine\n".utf8), to: mine + ".partial")

      try WholeFile.write(out, contents: "date,text\r\n", replacing: false)
      try WholeFile.write(mine, contents: "export\n", replacing: true)

      #expect(try bytes(of: out) == Array("date,text\r\n".utf8))
      #expect(permissions(of: out) == 0o600)
      #expect(
        try bytes(of: victim) == Array("the user's own file\n".utf8), "written through the link")
      #expect(permissions(of: victim) == 0o644)
      #expect(FileSystem.kind(of: out + ".partial") == .symbolicLink)
      #expect(
        try bytes(of: mine + ".partial") == Array("mine\n".utf8), "the user's file was deleted")
      let left = try FileManager.default.contentsOfDirectory(atPath: temporary).sorted()
      #expect(
        left == [
          "journey.csv", "journey.csv.partial", "notes.txt", "notes.txt.partial", "victim.txt",
        ])
    }
  }

  /// A file nobody may read (root reads everything, so the child gives up root for nobody).
  @Test("a day file that may not be read: one problem naming it, every other day still read")
  func unreadableDayFile() throws {
    try withTemporaryDirectory { temporary in
      let store = JourneyStore(directory: DataDirectory(root: temporary + "/data"))
      try store.recordEvents { _ in [Self.created()] }
      try store.appendEntries([Self.entry()])
      var later = Self.entry("e2")
      later.observedAt = Timestamp(
        date: Self.day.adding(days: 2), secondOfDay: 3600, utcOffset: 3600)
      try store.appendEntries([later])
      let locked = store.directory.dayFile(for: Self.day)
      // Readable for nobody, except the one file; root's own folders are opened up for it.
      for path in [
        temporary, store.directory.root, store.directory.daysDirectory,
        store.directory.daysDirectory + "/2026",
      ] {
        chmod(path, 0o755)
      }
      for path in [
        store.directory.journeyFile, store.directory.dayFile(for: Self.day.adding(days: 2)),
      ] {
        chmod(path, 0o644)
      }
      chmod(locked, 0o000)
      _ = try? store.load()  // warm up: the child runs only code already loaded

      let outcome = runInChildProcess(deadline: 10) {
        if geteuid() == 0 {
          guard setgid(65534) == 0, setuid(65534) == 0 else { return 9 }
        }
        guard let snapshot = try? store.load() else { return 1 }
        guard snapshot.journey.isStarted, snapshot.entries.map(\.id) == ["e2"],
          snapshot.problems.map({ "\($0.file):\($0.line)" }) == ["days/2026/2026-11-22.jsonl:0"],
          snapshot.problems[0].reason.contains("may not read")
        else { return 2 }
        var days: [String] = []
        let problems = try? store.forEachDay(from: nil, to: nil) { date, _ in
          days.append("\(date)")
        }
        guard problems?.count == 1, days == ["2026-11-22", "2026-11-24"] else { return 3 }
        return 0
      }
      #expect(outcome == .exited(0))
    }
  }
}
