import Foundation
import JourneyCore
import Testing

@testable import JourneyStore

/// The SHA-256 of each stored line, read with its value for an export that lets another system
/// check a value against the patient's files (FHIR's Provenance): the hash the chain records for
/// the very line the value was read from (the next line's `prev`, or for a file's last line the
/// hash of its bytes), in a conflict copy too; for a line changed since it was written, the hash
/// it was written with.
@Suite struct LineHashesTests {
  /// Every line of `path` by its id: the SHA-256 of its bytes, and the `prev` of the next line.
  static func lines(of path: String) throws -> [String: (hash: String, next: String?)] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let lines = text.split(separator: "\n").map(String.init)
    var found: [String: (hash: String, next: String?)] = [:]
    for (index, line) in lines.enumerated() {
      let id =
        try #require(
          try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["id"]
        as? String
      let next = index + 1 < lines.count ? LineCodec.prevHash(of: lines[index + 1]) : nil
      found[try #require(id)] = (SHA256.hex(line), next)
    }
    return found
  }

  @Test func eachValueComesWithTheHashOfTheLineItWasReadFrom() throws {
    try withTemporaryDirectory { root in
      let store = JourneyStore(directory: DataDirectory(root: root + "/data"))
      try store.recordEvents { _ in [DeviceFoldersTests.created()] }
      try store.recordEvents { _ in
        [DeviceFoldersTests.entered("e1", .leukapheresis, at: DeviceFoldersTests.at(12))]
      }
      let day = DeviceFoldersTests.day
      try store.appendEntries([
        DeviceFoldersTests.fever("s1", 37.0, at: DeviceFoldersTests.at(8)),
        DeviceFoldersTests.fever("s2", 37.4, at: DeviceFoldersTests.at(9)),
      ])
      // Another computer's line for the same day, in a sync tool's conflict copy.
      let dayPath = store.directory.dayFile(for: day)
      let shared = try String(contentsOfFile: dayPath, encoding: .utf8)
      let other = LineCodec.encode(
        DeviceFoldersTests.fever("y1", 38.4, at: DeviceFoldersTests.at(10)),
        prev: SHA256.hex(shared.split(separator: "\n").last.map(String.init) ?? ""))
      let copy = root + "/data/days/2026/2026-11-24.sync-conflict-20261124-101010-ABCDEFG.jsonl"
      try (shared + other + "\n").write(toFile: copy, atomically: false, encoding: .utf8)

      let stored = try Self.lines(of: dayPath)
      let copied = try Self.lines(of: copy)
      var read: [(id: String, hash: String)] = []
      let problems = try store.forEachDayHashed(making: { $1 }) { date, entries in
        #expect(date == day)
        read += entries.map { ($0.entry.id, $0.hash) }
      }
      // The conflict copy is reported (none of its lines is lost), as every reading reports it.
      #expect(problems.map(\.file) == ["days/2026/" + (copy as NSString).lastPathComponent])
      #expect(read.map(\.id) == ["s1", "s2", "y1"])
      #expect(
        read.map(\.hash)
          == [stored["s1"]?.hash, stored["s2"]?.hash, copied["y1"]?.hash].compactMap { $0 })
      // The hash the next line of the file holds as its `prev`, where there is a next line.
      #expect(stored["s1"]?.next == stored["s1"]?.hash)
      // The same values as the reading without hashes.
      var plain: [String] = []
      try store.forEachDay { _, entries in plain += entries.map(\.id) }
      #expect(plain == read.map(\.id))

      let journey = try Self.lines(of: store.directory.journeyFile)
      #expect(
        try store.eventLineHashes()
          == ["c1": try #require(journey["c1"]?.hash), "e1": try #require(journey["e1"]?.hash)])
      #expect(journey["c1"]?.next == journey["c1"]?.hash)

      // A value changed in a text editor: the value read is the new one, the hash the one the
      // line was written with, so checking it against the file shows the change.
      let text = try String(contentsOfFile: dayPath, encoding: .utf8)
      let changed = text.replacingOccurrences(of: "\"celsius\":37,", with: "\"celsius\":39.9,")
      #expect(changed != text)
      try changed.write(toFile: dayPath, atomically: false, encoding: .utf8)
      var after: [String: (celsius: Double?, hash: String)] = [:]
      try store.forEachDayHashed(making: { $1 }) { _, entries in
        for (entry, hash) in entries {
          guard case .temperature(let celsius, _) = entry.body else { continue }
          after[entry.id] = (celsius, hash)
        }
      }
      #expect(after["s1"]?.celsius == 39.9)
      #expect(after["s1"]?.hash == stored["s1"]?.hash)
      #expect(after["s1"]?.hash != (try Self.lines(of: dayPath))["s1"]?.hash)
    }
  }
}
