import Foundation
import JourneyCore
import Testing

@testable import JourneyStore

/// Several computers sharing one data folder through a sync tool (issue 17): each writes only its
/// own device folder, every reader merges them, and a sync tool's conflict copies are read.
@Suite("Device folders")
struct DeviceFoldersTests {
  static let day = LocalDate(parsing: "2026-11-24")!
  static let maria = Author(role: .patient, name: "Maria")
  static let ana = Author(role: .nurse, name: "Ana")

  static func at(_ hour: Int, _ minute: Int = 0) -> Timestamp {
    Timestamp(date: day, secondOfDay: hour * 3600 + minute * 60, utcOffset: 3600)
  }

  static func created() -> JourneyEvent {
    JourneyEvent(
      id: "c1", recordedAt: at(7), author: maria,
      body: .created(
        patient: "Maria", protocolID: "cd19-sle", teamPhone: nil, temperatureUnit: .celsius))
  }

  static func fever(_ id: String, _ celsius: Double, at time: Timestamp) -> Entry {
    Entry(
      id: id, recordedAt: time, observedAt: time, author: maria,
      body: .temperature(celsius: celsius, asTyped: "\(celsius)"))
  }

  static func entered(_ id: String, _ phase: Phase, at time: Timestamp, by author: Author = ana)
    -> JourneyEvent
  {
    JourneyEvent(
      id: id, recordedAt: time, author: author,
      body: .phaseEntered(phase: phase, on: day, reason: nil, note: nil))
  }

  /// A store writing as the device of the computer whose state folder is `state` (under `root`).
  static func store(_ root: String, computer: String) -> JourneyStore {
    JourneyStore(
      directory: DataDirectory(root: root + "/data"),
      deviceSource: DeviceSource(
        state: StateFolder(root: root + "/state-" + computer), defaultName: computer + "'s laptop"))
  }

  /// The paths of every file under `folder`, relative to it.
  static func files(_ folder: String) -> [String] {
    ((try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? []).filter {
      FileSystem.isRegularFile(folder + "/" + $0)
    }.sorted()
  }

  @Test("two computers each write only their own folder; both read every line, in time order")
  func twoDevices() throws {
    try withTemporaryDirectory { root in
      let laptop = DeviceFoldersTests.store(root, computer: "maria")
      let home = DeviceFoldersTests.store(root, computer: "ana")
      try laptop.recordEvents { _ in [DeviceFoldersTests.created()] }
      try laptop.appendEntries([DeviceFoldersTests.fever("a1", 38.4, at: DeviceFoldersTests.at(10))]
      )
      try home.appendEntries([DeviceFoldersTests.fever("b1", 37.1, at: DeviceFoldersTests.at(9))])
      try laptop.appendEntries([DeviceFoldersTests.fever("a2", 38.9, at: DeviceFoldersTests.at(11))]
      )

      let mariaID = try #require(try StateFolder(root: root + "/state-maria").device()).id
      let anaID = try #require(try StateFolder(root: root + "/state-ana").device()).id
      #expect(mariaID != anaID)
      #expect(
        DeviceFoldersTests.files(root + "/data").filter { $0 != ".lock" }
          == [
            "devices/\(anaID)/days/2026/2026-11-24.jsonl", "devices/\(anaID)/device.jsonl",
            "devices/\(mariaID)/days/2026/2026-11-24.jsonl", "devices/\(mariaID)/device.jsonl",
            "devices/\(mariaID)/journey.jsonl",
          ].sorted())
      for store in [laptop, home] {
        let snapshot = try store.load()
        #expect(snapshot.journey.patient == "Maria")
        #expect(snapshot.entries.map(\.id) == ["b1", "a1", "a2"])
        #expect(
          snapshot.entries.map(\.device) == ["ana's laptop", "maria's laptop", "maria's laptop"])
        #expect(snapshot.problems == [])
      }
      #expect(DeviceFoldersTests.verify(laptop) == [])
    }
  }

  @Test("one device alone: no device name beside the author, and reading names nothing")
  func oneDeviceShowsNoName() throws {
    try withTemporaryDirectory { root in
      let laptop = DeviceFoldersTests.store(root, computer: "maria")
      try laptop.recordEvents { _ in [DeviceFoldersTests.created()] }
      try laptop.appendEntries([DeviceFoldersTests.fever("a1", 38.4, at: DeviceFoldersTests.at(10))]
      )
      #expect(try laptop.load().entries.map(\.device) == [nil])
      // Reading never makes a device: a computer that only reads has none.
      let reader = DeviceFoldersTests.store(root, computer: "reader")
      _ = try reader.load()
      _ = Verifier(directory: reader.directory).verify()
      #expect(try StateFolder(root: root + "/state-reader").device() == nil)
    }
  }

  @Test(
    "a folder written before device folders reads whole; new lines go to the device's folder, the old files are not touched"
  )
  func oldLayout() throws {
    try withTemporaryDirectory { root in
      let old = JourneyStore(directory: DataDirectory(root: root + "/data"))
      try old.recordEvents { _ in [DeviceFoldersTests.created()] }
      try old.appendEntries([DeviceFoldersTests.fever("o1", 38.4, at: DeviceFoldersTests.at(8))])
      let before = DeviceFoldersTests.files(root + "/data").map {
        ($0, FileManager.default.contents(atPath: root + "/data/" + $0))
      }
      let laptop = DeviceFoldersTests.store(root, computer: "maria")
      try laptop.appendEntries([DeviceFoldersTests.fever("n1", 37.0, at: DeviceFoldersTests.at(12))]
      )
      try laptop.recordEvents { _ in
        [DeviceFoldersTests.entered("e1", .leukapheresis, at: DeviceFoldersTests.at(13))]
      }
      for (path, bytes) in before where path != ".lock" {
        #expect(FileManager.default.contents(atPath: root + "/data/" + path) == bytes, "\(path)")
      }
      let snapshot = try laptop.load()
      #expect(snapshot.entries.map(\.id) == ["o1", "n1"])
      #expect(snapshot.journey.phase == .leukapheresis)
      #expect(snapshot.journey.events.map(\.id) == ["c1", "e1"])
      #expect(DeviceFoldersTests.verify(laptop) == [])
    }
  }

  /// The loss the issue found: Syncthing kept one computer's day file and renamed the other's.
  @Test(
    "conflict copies of a day file and of journey.jsonl are read, merged by id and reported",
    arguments: [
      "2026-11-24.sync-conflict-20261124-101010-ABCDEFG.jsonl",
      "2026-11-24 (conflicted copy).jsonl",
      "2026-11-24 (Maria's conflicted copy 2026-11-24).jsonl",
    ])
  func conflictCopies(_ copyName: String) throws {
    try withTemporaryDirectory { root in
      let old = JourneyStore(directory: DataDirectory(root: root + "/data"))
      try old.recordEvents { _ in [DeviceFoldersTests.created()] }
      try old.appendEntries([DeviceFoldersTests.fever("s1", 37.0, at: DeviceFoldersTests.at(8))])
      let dayPath = old.directory.dayFile(for: DeviceFoldersTests.day)
      let shared = try String(contentsOfFile: dayPath, encoding: .utf8)
      // Each computer appended its own line to the same file while apart.
      try old.appendEntries([DeviceFoldersTests.fever("x1", 37.2, at: DeviceFoldersTests.at(9))])
      let other = LineCodec.encode(
        DeviceFoldersTests.fever("y1", 38.4, at: DeviceFoldersTests.at(10)),
        prev: SHA256.hex(Array(shared.dropLast().utf8)))
      let copy = root + "/data/days/2026/" + copyName
      try (shared + other + "\n").write(toFile: copy, atomically: false, encoding: .utf8)
      // And the journey file, with a phase only the other computer recorded.
      let journey = try String(contentsOfFile: old.directory.journeyFile, encoding: .utf8)
      let phase = LineCodec.encode(
        DeviceFoldersTests.entered("e9", .leukapheresis, at: DeviceFoldersTests.at(11)),
        prev: SHA256.hex(Array(journey.dropLast().utf8)))
      try (journey + phase + "\n").write(
        toFile: root + "/data/journey.sync-conflict-20261124-101010-ABCDEFG.jsonl",
        atomically: false, encoding: .utf8)

      let snapshot = try old.load()
      #expect(snapshot.entries.map(\.id) == ["s1", "x1", "y1"])
      #expect(snapshot.journey.phase == .leukapheresis)
      #expect(
        snapshot.problems.map(\.file).sorted() == [
          "days/2026/" + copyName, "journey.sync-conflict-20261124-101010-ABCDEFG.jsonl",
        ])
      #expect(snapshot.problems.allSatisfy { $0.reason.contains("none is lost") })
      let report = Verifier(directory: old.directory).verify().withoutProtocol
      #expect(report.problems.map(\.file).sorted() == snapshot.problems.map(\.file).sorted())
    }
  }

  @Test(
    arguments: [
      ("2026-11-24.sync-conflict-20261124-101010-ABCDEFG.jsonl", "2026-11-24.jsonl"),
      ("2026-11-24 (conflicted copy).jsonl", "2026-11-24.jsonl"),
      ("2026-11-24 (conflicted copy 2026-11-24 101010).jsonl", "2026-11-24.jsonl"),
      ("journey.sync-conflict-20261124-101010-ABCDEFG.jsonl", "journey.jsonl"),
      ("journey (Ana's conflicted copy).jsonl", "journey.jsonl"),
      ("2026-11-24.jsonl", nil),
      ("journey.jsonl", nil),
      ("notes-conflict.jsonl", nil),
      ("2026-11-24.sync-conflict-20261124-101010-ABCDEFG.txt", nil),
      (".2026-11-24.sync-conflict-1.jsonl", nil),
    ] as [(String, String?)])
  func conflictNames(_ name: String, _ original: String?) {
    #expect(SyncConflict.original(of: name) == original)
  }

  @Test(
    "two devices advance the phase while apart: the later one is refused after the merge, kept in its file, and verify names it"
  )
  func phaseConflict() throws {
    try withTemporaryDirectory { root in
      let laptop = DeviceFoldersTests.store(root, computer: "maria")
      let clinic = DeviceFoldersTests.store(root, computer: "clinic")
      try laptop.recordEvents { _ in [DeviceFoldersTests.created()] }
      // Apart: each computer saw only the start, and each moved the journey on.
      try clinic.recordEvents { _ in
        [DeviceFoldersTests.entered("k1", .leukapheresis, at: DeviceFoldersTests.at(10))]
      }
      let clinicID = try #require(try StateFolder(root: root + "/state-clinic").device()).id
      let clinicJourney = "devices/\(clinicID)/journey.jsonl"
      try laptop.recordEvents { _ in
        [
          JourneyEvent(
            id: "m1", recordedAt: DeviceFoldersTests.at(9), author: DeviceFoldersTests.maria,
            body: .phaseEntered(
              phase: .withdrawn, on: DeviceFoldersTests.day, reason: "moved away", note: nil))
        ]
      }
      let journey = try laptop.load().journey
      #expect(journey.phase == .withdrawn)
      #expect(journey.events.map(\.id) == ["c1", "m1"])
      #expect(journey.refused.map(\.id) == ["k1"])
      #expect(journey.problems.count == 1)
      #expect(journey.problems.first?.hasPrefix("event k1 (phase-entered)") == true)
      let problems = DeviceFoldersTests.verify(laptop)
      #expect(problems.map { "\($0.file):\($0.line)" } == ["\(clinicJourney):1"])
    }
  }

  /// What verify finds, but for the missing protocol.toml (these folders have none).
  static func verify(_ store: JourneyStore) -> [LineProblem] {
    Verifier(directory: store.directory).verify().withoutProtocol.problems
  }

  func laptopID(_ root: String) throws -> String {
    try #require(try StateFolder(root: root + "/state-maria").device()).id
  }

  @Test(
    "bad device folders: a forged name, a device.jsonl claiming another id, two computers as one device, one id with two contents, a broken chain; every line still read"
  )
  func badDeviceFolders() throws {
    try withTemporaryDirectory { root in
      let laptop = DeviceFoldersTests.store(root, computer: "maria")
      let clinic = DeviceFoldersTests.store(root, computer: "clinic")
      try laptop.recordEvents { _ in [DeviceFoldersTests.created()] }
      try laptop.appendEntries([
        DeviceFoldersTests.fever("a1", 38.4, at: DeviceFoldersTests.at(10)),
        DeviceFoldersTests.fever("a2", 38.6, at: DeviceFoldersTests.at(11)),
        DeviceFoldersTests.fever("a3", 38.8, at: DeviceFoldersTests.at(12)),
      ])
      try clinic.appendEntries([DeviceFoldersTests.fever("b1", 37.0, at: DeviceFoldersTests.at(9))])
      let data = root + "/data"
      let mariaID = try laptopID(root)
      let clinicID = try #require(try StateFolder(root: root + "/state-clinic").device()).id
      let day = "/days/2026/2026-11-24.jsonl"
      // A folder whose name is no device id, holding a line under the id a1 with other content.
      let forged = data + "/devices/not-a-device"
      let changed = LineCodec.encode(
        DeviceFoldersTests.fever("a1", 36.0, at: DeviceFoldersTests.at(10)),
        prev: LineCodec.genesisHash)
      try writeBytes(Array((changed + "\n").utf8), to: forged + day)
      // A device.jsonl that claims to be the laptop, in the clinic's folder; and the clinic's
      // id used on a second host.
      let clinicDevice = data + "/devices/\(clinicID)/device.jsonl"
      let claims = DeviceLine(Device(id: mariaID, name: "x", host: "elsewhere")).text
      let second = DeviceLine(Device(id: clinicID, name: "clinic's laptop", host: "other-host"))
        .text
      let lines = try String(contentsOfFile: clinicDevice, encoding: .utf8)
      try (lines + claims + "\n" + second + "\n").write(
        toFile: clinicDevice, atomically: false, encoding: .utf8)
      // The laptop's day file with its middle line removed: the chain breaks at line 2.
      let laptopDay = data + "/devices/\(mariaID)" + day
      var dayLines = try String(contentsOfFile: laptopDay, encoding: .utf8).split(separator: "\n")
      dayLines.remove(at: 1)
      try (dayLines.joined(separator: "\n") + "\n").write(
        toFile: laptopDay, atomically: false, encoding: .utf8)

      let problems = DeviceFoldersTests.verify(laptop)
      let said = problems.map { "\($0.file):\($0.line): \($0.reason)" }
      func has(_ place: String, _ words: String) -> Bool {
        said.contains { $0.hasPrefix(place) && $0.contains(words) }
      }
      #expect(has("devices/not-a-device:0:", "not a device id"), "\(said)")
      #expect(
        has(
          "devices/not-a-device\(day):1:",
          "id a1 is also used by devices/\(mariaID)\(day):1 with other content"), "\(said)")
      #expect(has("devices/\(clinicID)/device.jsonl:2:", "says it is device \(mariaID)"), "\(said)")
      #expect(has("devices/\(clinicID):0:", "both write as device \(clinicID)"), "\(said)")
      #expect(has("devices/\(mariaID)\(day):2:", "does not follow line 1"), "\(said)")
      #expect(problems.count == 5, "\(said)")

      // The app reads on: every line there is, the laptop's a1 shown once.
      let snapshot = try laptop.load()
      #expect(snapshot.entries.map(\.id) == ["b1", "a1", "a3"])
      #expect(
        snapshot.entries.first { $0.id == "a1" }?.body
          == .temperature(celsius: 38.4, asTyped: "38.4"))
      #expect(snapshot.problems.count == 1)
    }
  }
}

extension Verifier.Report {
  /// The report without the missing protocol.toml (folders written by the store alone).
  var withoutProtocol: Verifier.Report {
    var report = self
    report.problems.removeAll { $0.file == "protocol.toml" }
    return report
  }
}
