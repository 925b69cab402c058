import Foundation
import JourneyCore
import Testing

@testable import JourneyStore

/// The hash chain and the verifier, on files written through the store and then damaged.
@Suite("Verifier")
struct VerifierTests {
  static let day = LocalDate(parsing: "2026-11-22")!
  static let dayFile = "days/2026/2026-11-22.jsonl"

  static func entry(_ n: Int, text: String? = nil) -> Entry {
    let at = Timestamp(date: day, secondOfDay: 8 * 3600 + n * 60, utcOffset: 3600)
    let body: Entry.Body =
      text.map { .note(text: $0) } ?? .temperature(celsius: 36.5 + Double(n) / 10, asTyped: "")
    return Entry(
      id: "e\(n)", recordedAt: at, observedAt: at, author: Author(role: .patient, name: "Maria"),
      body: body)
  }

  /// Starts a journey (with its protocol.toml, as `init` writes it) and writes five entries
  /// through the store, one append each; returns the day file's lines.
  static func writeFive(_ store: JourneyStore) throws -> [String] {
    let start = Timestamp(date: day, secondOfDay: 7 * 3600, utcOffset: 3600)
    try store.writeNewFile(
      store.protocolFile, contents: try #require(CareProtocol.builtInText(named: "cd19-sle")))
    try store.recordEvents { _ in
      [
        JourneyEvent(
          id: "j1", recordedAt: start, author: Author(role: .nurse, name: "Ana"),
          body: .created(
            patient: "Maria", protocolID: "cd19-sle", teamPhone: nil, temperatureUnit: .celsius))
      ]
    }
    for n in 1...5 { try store.appendEntries([entry(n)]) }
    let text = try String(contentsOfFile: store.directory.root + "/" + dayFile, encoding: .utf8)
    return text.split(separator: "\n").map(String.init)
  }

  /// A damage done to the five lines, and the lines `verify` must name as chain breaks.
  struct Damage: CustomStringConvertible, Sendable {
    var description: String
    var apply: @Sendable ([String]) -> [String]
    var breaks: [Int]
    /// A line reported as unreadable too.
    var unreadable: Int? = nil
  }

  static let damages: [Damage] = [
    Damage(
      description: "edited middle line",
      apply: { lines in
        var lines = lines
        lines[2] = lines[2].replacingOccurrences(of: "\"celsius\":36.8", with: "\"celsius\":39.8")
        return lines
      }, breaks: [4]),
    Damage(
      description: "deleted line",
      apply: { lines in
        var lines = lines
        lines.remove(at: 2)
        return lines
      }, breaks: [3]),
    Damage(
      description: "inserted copy of the first line",
      apply: { lines in
        var lines = lines
        lines.insert(lines[0], at: 3)
        return lines
      }, breaks: [4, 5]),
    Damage(
      description: "two lines swapped",
      apply: { lines in
        var lines = lines
        lines.swapAt(1, 2)
        return lines
      }, breaks: [2, 3, 4]),
    Damage(description: "first line deleted", apply: { Array($0.dropFirst()) }, breaks: [1]),
    // A line that cannot be read is still checked by its prev, read from the line alone.
    Damage(
      description: "two lines swapped, one of them with a field of the wrong type",
      apply: {
        lines in
        var lines = lines
        lines.swapAt(1, 2)
        lines[1] = lines[1].replacingOccurrences(
          of: "\"celsius\":36.8", with: "\"celsius\":\"hot\"")
        return lines
      }, breaks: [2, 3, 4], unreadable: 2),
    Damage(
      description: "two lines swapped, one of them from a newer CareJourney",
      apply: {
        lines in
        var lines = lines
        lines.swapAt(1, 2)
        lines[1] = lines[1].replacingOccurrences(of: "\"v\":1", with: "\"v\":9")
        return lines
      }, breaks: [2, 3, 4], unreadable: 2),
  ]

  @Test(arguments: damages)
  func namesWhereTheChainBreaks(_ damage: Damage) throws {
    try withTemporaryDirectory { root in
      let store = JourneyStore(directory: DataDirectory(root: root))
      let lines = try Self.writeFive(store)
      #expect(lines[2].contains("\"celsius\":36.8"))
      let damaged = damage.apply(lines).joined(separator: "\n") + "\n"
      try writeBytes(Array(damaged.utf8), to: root + "/" + Self.dayFile)

      let report = Verifier(directory: store.directory).verify()

      let breaks = report.problems.filter { $0.reason.contains("does not") }
      #expect(breaks.map(\.file) == Array(repeating: Self.dayFile, count: damage.breaks.count))
      #expect(breaks.map(\.line) == damage.breaks)
      if let line = damage.unreadable {
        #expect(report.problems.contains { $0.line == line && !$0.reason.contains("does not") })
      }
      #expect(report.files == 3)
    }
  }

  @Test("an untouched file has no problems; each line's prev is the hash of the line before")
  func untouched() throws {
    try withTemporaryDirectory { root in
      let store = JourneyStore(directory: DataDirectory(root: root))
      let lines = try Self.writeFive(store)
      #expect(LineCodec.prevHash(of: lines[0]) == LineCodec.genesisHash)
      for i in 1..<lines.count {
        #expect(LineCodec.prevHash(of: lines[i]) == SHA256.hex(Array(lines[i - 1].utf8)))
      }
      let report = Verifier(directory: store.directory).verify()
      #expect(report == Verifier.Report(files: 3, lines: 6, problems: []))
    }
  }

  @Test("an edited last line cannot be detected (documented limit)")
  func editedLastLineIsInvisible() throws {
    try withTemporaryDirectory { root in
      let store = JourneyStore(directory: DataDirectory(root: root))
      var lines = try Self.writeFive(store)
      lines[4] = lines[4].replacingOccurrences(of: "37", with: "39")
      try writeBytes(
        Array((lines.joined(separator: "\n") + "\n").utf8), to: root + "/" + Self.dayFile)
      #expect(Verifier(directory: store.directory).verify().problems.isEmpty)
    }
  }

  @Test("a torn last line is chained as its bytes are: the next line follows it")
  func tornLastLine() throws {
    try withTemporaryDirectory { root in
      let store = JourneyStore(directory: DataDirectory(root: root))
      _ = try Self.writeFive(store)
      let path = root + "/" + Self.dayFile
      try writeBytes(try bytes(of: path) + Array(#"{"v":1,"id":"cut"#.utf8), to: path)
      try store.appendEntries([Self.entry(6)])
      let report = Verifier(directory: store.directory).verify()
      #expect(report.problems.map(\.line) == [6])
      #expect(report.problems.first?.reason == "not valid JSON")
      #expect(report.lines == 8)
    }
  }

  @Test("lines longer than the tail window chain correctly")
  func longLines() throws {
    try withTemporaryDirectory { root in
      let store = JourneyStore(directory: DataDirectory(root: root))
      _ = try Self.writeFive(store)
      // Longer in bytes than the 4 KiB first looked at, within the 2,000 characters of a note.
      let long = String(repeating: "疲劳", count: 900)
      try store.appendEntries([Self.entry(11, text: long)])
      try store.appendEntries([Self.entry(12, text: long + "!")])
      try store.appendEntries([Self.entry(13)])
      #expect(Verifier(directory: store.directory).verify().problems.isEmpty)
    }
  }

  @Test("lines without prev are not chained; ids used twice, misplaced and missing files")
  func otherProblems() throws {
    try withTemporaryDirectory { root in
      let directory = DataDirectory(root: root)
      let store = JourneyStore(directory: directory)
      _ = try Self.writeFive(store)
      try FileManager.default.removeItem(atPath: root + "/journey.jsonl")
      let path = root + "/" + Self.dayFile
      let unchained = LineCodec.encode(Self.entry(9))
      try writeBytes(try bytes(of: path) + Array((unchained + "\n").utf8), to: path)
      let copy = root + "/days/2025/2026-11-23.jsonl"
      try writeBytes(
        Array((LineCodec.encode(Self.entry(1), prev: LineCodec.genesisHash) + "\n").utf8), to: copy)

      let report = Verifier(directory: directory).verify()

      let byLine = report.problems.map { "\($0.file):\($0.line)" }
      #expect(
        byLine == [
          "journey.jsonl:0", "days/2025/2026-11-23.jsonl:0", "days/2026/2026-11-22.jsonl:6",
          "days/2025/2026-11-23.jsonl:1",
        ])
      #expect(report.problems[0].reason.hasPrefix("missing, but 2 day files exist"))
      #expect(report.problems[1].reason.contains("wrong folder"))
      #expect(report.problems[2].reason.hasPrefix("not chained"))
      #expect(
        report.problems[3].reason.contains("id e1 is also used by days/2026/2026-11-22.jsonl:1"))
    }
  }

  @Test("verify writes nothing and creates nothing, not even the lock file")
  func changesNothing() throws {
    try withTemporaryDirectory { root in
      let missing = DataDirectory(root: root + "/not-here")
      #expect(
        Verifier(directory: missing).verify().problems.map(\.description) == [
          root + "/not-here:0: the data folder does not exist, so nothing was checked; check "
            + "--data or CAREJOURNEY_DATA"
        ])
      #expect(!FileManager.default.fileExists(atPath: missing.root))
      let store = JourneyStore(directory: DataDirectory(root: root))
      _ = try Self.writeFive(store)
      try FileManager.default.removeItem(atPath: root + "/.lock")
      let before = try bytes(of: root + "/" + Self.dayFile)
      _ = Verifier(directory: store.directory).verify()
      #expect(try bytes(of: root + "/" + Self.dayFile) == before)
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [
          "days", "journey.jsonl", "protocol.toml",
        ])
    }
  }
}
