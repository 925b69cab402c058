import Foundation
import JourneyCore
import Testing

@testable import JourneyStore

#if canImport(Glibc)
  import Glibc
#endif

/// Starting a journey (`init`, the demo) only where there is none, under the lock; a damaged
/// `journey.jsonl` told apart from no journey; `demo --force` moving aside only a journey.
@Suite("Starting a journey, damaged journeys, moving a journey aside")
struct JourneyStartTests {
  static let day = LocalDate(parsing: "2026-11-22")!
  static let now = Timestamp(date: day, secondOfDay: 9 * 3600, utcOffset: 3600)
  static let author = Author(role: .patient, name: "Maria")

  static func created(_ patient: String, id: String = "c1", protocolID: String = "p")
    -> JourneyEvent
  {
    JourneyEvent(
      id: id, recordedAt: now, author: author,
      body: .created(
        patient: patient, protocolID: protocolID, teamPhone: nil, temperatureUnit: .celsius))
  }

  static let planned = JourneyEvent(
    id: "p1", recordedAt: now, author: author, body: .planned(phase: .infusion, date: day))

  static func entry(_ id: String) -> Entry {
    Entry(id: id, recordedAt: now, observedAt: now, author: author, body: .note(text: "x"))
  }

  /// Every file under `root` with its bytes, the lock file left out (taking the lock makes it).
  static func files(_ root: String) -> [String: [UInt8]] {
    var found: [String: [UInt8]] = [:]
    for path in (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? []
    where path != ".lock" {
      if case .file = FileSystem.kind(of: root + "/" + path) {
        found[path] = (try? bytes(of: root + "/" + path)) ?? []
      } else {
        found[path] = []
      }
    }
    return found
  }

  /// What `journey.jsonl` holds, and the line and words of the damage (nil: not damaged).
  struct Case: CustomStringConvertible, Sendable {
    var description: String
    var make: @Sendable (JourneyStore) throws -> Void
    var damage: (line: Int, says: String)?
  }

  static let cases: [Case] = [
    Case(description: "no journey.jsonl", make: { _ in }, damage: nil),
    Case(
      description: "a journey", make: { try $0.recordEvents { _ in [created("Maria")] } },
      damage: nil),
    Case(
      description: "empty", make: { try writeBytes([], to: $0.directory.journeyFile) },
      damage: (0, "empty: the journey's start")),
    Case(
      description: "blank lines only",
      make: { try writeBytes(Array("\n  \n".utf8), to: $0.directory.journeyFile) },
      damage: (0, "empty")),
    Case(
      description: "a damaged first line",
      make: { store in
        let line = LineCodec.encode(created("Maria"))
        try writeBytes(
          Array(("{\"v\":1,\"id\":\n" + line + "\n").utf8), to: store.directory.journeyFile)
      },
      damage: (1, "the journey's first line must be its start (created")),
    Case(
      description: "a plan before the start, after a blank line",
      make: { store in
        let lines = "\n" + LineCodec.encode(planned) + "\n" + LineCodec.encode(created("M")) + "\n"
        try writeBytes(Array(lines.utf8), to: store.directory.journeyFile)
      },
      damage: (2, "but it is a planned event")),
    Case(
      description: "a named pipe",
      make: { store in
        try store.directory.ensureExists()
        guard mkfifo(store.directory.journeyFile, 0o600) == 0 else {
          throw CocoaError(.fileWriteUnknown)
        }
      },
      damage: (0, "named pipe (FIFO), not a file")),
    Case(
      description: "a link to a journey",
      make: { store in
        try store.recordEvents { _ in [created("Maria")] }
        let elsewhere = store.directory.root + "/elsewhere.jsonl"
        rename(store.directory.journeyFile, elsewhere)
        symlink(elsewhere, store.directory.journeyFile)
      },
      damage: (0, "symbolic link")),
    Case(
      description: "a folder",
      make: { store in
        try FileManager.default.createDirectory(
          atPath: store.directory.journeyFile, withIntermediateDirectories: true)
      },
      damage: (0, "a folder, not a file")),
  ]

  @Test(arguments: cases)
  func damageIsToldApartFromNoJourney(_ example: Case) throws {
    try withTemporaryDirectory { root in
      let store = JourneyStore(directory: DataDirectory(root: root + "/data"))
      try example.make(store)
      let damage = store.journeyDamage()
      #expect(damage?.line == example.damage?.line)
      #expect(damage?.file == (example.damage == nil ? nil : "journey.jsonl"))
      if let says = example.damage?.says {
        #expect(damage?.reason.contains(says) == true, "\(String(describing: damage))")
      }
    }
  }

  @Test(
    "a start is refused where any part of a journey is, and nothing is written",
    arguments: cases.dropFirst())
  func startRefusedOverAJourney(_ example: Case) throws {
    try withTemporaryDirectory { root in
      let store = JourneyStore(directory: DataDirectory(root: root + "/data"))
      try example.make(store)
      let before = Self.files(store.directory.root)
      let refusal = #expect(throws: JourneyStore.NotStartable.self) {
        try store.startJourney(protocolText: "id = \"p\"\n", events: [Self.created("Other")])
      }
      let words = example.damage == nil ? "already holds a journey" : "holds a damaged journey"
      #expect(refusal?.description.contains(words) == true, "\(String(describing: refusal))")
      #expect(Self.files(store.directory.root) == before)
    }
  }

  @Test("orphaned day files or a protocol.toml alone: the start is refused, nothing written")
  func startRefusedOverOrphans() throws {
    try withTemporaryDirectory { root in
      let orphans = JourneyStore(directory: DataDirectory(root: root + "/orphans"))
      try orphans.appendEntries([Self.entry("e1")])
      try WholeFile.write(orphans.protocolFile, contents: "id = \"centre\"\n", replacing: false)
      let loneProtocol = JourneyStore(directory: DataDirectory(root: root + "/protocol"))
      try loneProtocol.directory.ensureExists()
      try WholeFile.write(
        loneProtocol.protocolFile, contents: "id = \"centre\"\n", replacing: false)

      for (store, words) in [
        (orphans, "journey.jsonl is missing from"), (loneProtocol, "already holds a protocol.toml"),
      ] {
        let before = Self.files(store.directory.root)
        let refusal = #expect(throws: JourneyStore.NotStartable.self) {
          try store.startJourney(protocolText: "id = \"p\"\n", events: [Self.created("New")])
        }
        #expect(refusal?.description.contains(words) == true, "\(String(describing: refusal))")
        #expect(Self.files(store.directory.root) == before, "\(words)")
      }
    }
  }

  /// Eight starts at once, each with its own protocol: one wins, and the protocol on disk is
  /// the winner's (the loser's was written before the lock, over the winner's, 40 times in 60).
  @Test("eight starts at once: one journey, and protocol.toml is the winner's")
  func concurrentStarts() throws {
    try withTemporaryDirectory { root in
      let store = JourneyStore(directory: DataDirectory(root: root + "/data"))
      let outcomes = Locked<[Int: Bool]>([:])
      DispatchQueue.concurrentPerform(iterations: 8) { index in
        let started =
          (try? store.startJourney(
            protocolText: "id = \"p\(index)\"\n",
            events: [Self.created("Patient \(index)", id: "c\(index)", protocolID: "p\(index)")]))
          != nil
        outcomes.withValue { $0[index] = started }
      }
      let winners = outcomes.withValue { $0.filter(\.value).map(\.key) }
      try #require(winners.count == 1, "\(winners)")
      let winner = winners[0]
      #expect(try bytes(of: store.protocolFile) == Array("id = \"p\(winner)\"\n".utf8))
      let events = try store.readEvents().events
      #expect(events.map(\.id) == ["c\(winner)"])
      #expect(Journey(events: events).protocolID == "p\(winner)")
      let names = try FileManager.default.contentsOfDirectory(atPath: store.directory.root)
      #expect(names.sorted() == [".lock", "journey.jsonl", "protocol.toml"])
    }
  }

  /// A write that fails part-way (a file size limit lets the protocol in, not the journey's
  /// first line) leaves no protocol.toml behind, so the next start is not refused for it.
  @Test("a start that fails part-way takes back what it wrote")
  func failedStartIsTakenBack() throws {
    try withTemporaryDirectory { root in
      let store = JourneyStore(directory: DataDirectory(root: root + "/data"))
      let warmUp = JourneyStore(directory: DataDirectory(root: root + "/warm"))
      try warmUp.startJourney(protocolText: "id = \"p\"\n", events: [Self.created("W")])
      let outcome = runInChildProcess {
        var limit = rlimit()
        let resource = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
        getrlimit(resource, &limit)
        limit.rlim_cur = 64
        guard setrlimit(resource, &limit) == 0 else { return 9 }
        do {
          try store.startJourney(protocolText: "id = \"p\"\n", events: [Self.created("Maria")])
          return 1
        } catch let error as StoreError {
          return error.code == .fileTooLarge ? 0 : 2
        } catch {
          return 3
        }
      }
      #expect(outcome == .exited(0))
      let names = try FileManager.default.contentsOfDirectory(atPath: store.directory.root)
      #expect(names == [".lock"])
      try store.startJourney(protocolText: "id = \"p\"\n", events: [Self.created("Maria")])
      #expect(store.journeyDamage() == nil)
    }
  }

  @Test("demo --force moves aside only a journey's folder, and only when no one is writing to it")
  func movingAside() throws {
    try withTemporaryDirectory { root in
      // A source tree given as --data: never moved.
      let source = JourneyStore(directory: DataDirectory(root: root + "/src"))
      try writeBytes(
        Array("// swift-tools-version:6.0\n".utf8), to: source.directory.root + "/Package.swift")
      try source.appendEntries([Self.entry("e1")])
      let refusal = #expect(throws: JourneyStore.NotStartable.self) {
        try source.moveAside(to: root + "/src.aside")
      }
      #expect(refusal?.description.contains("not a CareJourney journey (Package.swift)") == true)
      #expect(FileSystem.kind(of: root + "/src.aside") == .missing)

      // A journey another CareJourney is writing to: not moved.
      let journey = JourneyStore(directory: DataDirectory(root: root + "/journey"))
      try journey.recordEvents { _ in [Self.created("Maria")] }
      try journey.appendEntries([Self.entry("e1")])
      let held = try #require(try lockWhenFree(journey.directory))
      let busy = #expect(throws: JourneyStore.NotStartable.self) {
        try journey.moveAside(to: root + "/journey.aside")
      }
      #expect(busy?.description.contains("another CareJourney is writing") == true)
      held.release()

      let before = Self.files(journey.directory.root)
      // Moved as soon as no one holds the lock (a forked child of another test may, a moment).
      _ = eventually { (try? journey.moveAside(to: root + "/journey.aside")) != nil }
      #expect(FileSystem.kind(of: journey.directory.root) == .missing)
      #expect(Self.files(root + "/journey.aside") == before)
    }
  }
}
