import Foundation
import JourneyCore
import Testing

@testable import JourneyStore

#if canImport(Glibc)
  import Glibc
#endif

/// What `verify` says about the folder around the lines: each of these once gave "0 problems".
@Suite("Verifier: the folder, the protocol and the files that are not files")
struct VerifierFolderTests {
  /// One thing wrong with a good journey, and the `file:line` and words verify must give.
  struct Damage: CustomStringConvertible, Sendable {
    var description: String
    var apply: @Sendable (JourneyStore) throws -> Void
    var problem: String
    var says: String
  }

  static func lab(_ value: Double) -> Entry {
    let at = Timestamp(date: VerifierTests.day, secondOfDay: 10 * 3600, utcOffset: 3600)
    return Entry(
      id: "lab1", recordedAt: at, observedAt: at, author: Author(role: .nurse, name: "Ana"),
      body: .labs([LabResult(lab: "igg", value: value, typedValue: value, typedUnit: "mg/dL")]))
  }

  static let damages: [Damage] = [
    Damage(
      description: "empty journey.jsonl",
      apply: { try writeBytes([], to: $0.directory.journeyFile) },
      problem: "journey.jsonl:0", says: "empty: the journey's start (patient, protocol)"),
    Damage(
      description: "a day file that is a folder",
      apply: { store in
        try FileManager.default.createDirectory(
          atPath: store.directory.daysDirectory + "/2026/2026-11-23.jsonl",
          withIntermediateDirectories: true)
      },
      problem: "days/2026/2026-11-23.jsonl:0", says: "this is a folder, not a day file"),
    Damage(
      description: "a day file that is a named pipe",
      apply: { store in
        _ = mkfifo(store.directory.daysDirectory + "/2026/2026-11-23.jsonl", 0o600)
      },
      problem: "days/2026/2026-11-23.jsonl:0", says: "named pipe (FIFO), not a day file"),
    Damage(
      description: "a day file that is a link",
      apply: { store in
        let path = store.directory.dayFile(for: VerifierTests.day)
        rename(path, store.directory.root + "/moved.jsonl")
        symlink(store.directory.root + "/moved.jsonl", path)
      },
      problem: "days/2026/2026-11-22.jsonl:0", says: "symbolic link"),
    Damage(
      description: "a staging folder left by an import",
      apply: { store in
        try FileManager.default.createDirectory(
          atPath: store.directory.root + "/.import-3f9a0c1d", withIntermediateDirectories: true)
      },
      problem: ".import-3f9a0c1d:0", says: "left by a `carejourney import` that did not finish"),
    Damage(
      description: "protocol.toml missing",
      apply: { try FileManager.default.removeItem(atPath: $0.protocolFile) },
      problem: "protocol.toml:0", says: "missing: alerts are judged by the built-in rules"),
    Damage(
      description: "protocol.toml that does not parse",
      apply: { try writeBytes(Array("id = \"x\"\nname = = 1\n".utf8), to: $0.protocolFile) },
      problem: "protocol.toml:2", says: "protocol.toml"),
    Damage(
      description: "protocol.toml that is a named pipe",
      apply: { store in
        try FileManager.default.removeItem(atPath: store.protocolFile)
        _ = mkfifo(store.protocolFile, 0o600)
      },
      problem: "protocol.toml:0", says: "named pipe (FIFO), not a file"),
    Damage(
      description: "a lock file that is a link",
      apply: { store in
        try? FileManager.default.removeItem(atPath: store.directory.lockFile)
        symlink("/etc/hostname", store.directory.lockFile)
      },
      problem: ".lock:0", says: "this is a symbolic link, not a plain file"),
    Damage(
      description: "a lab value outside the protocol's plausible range",
      apply: { try $0.appendEntries([lab(90_000)]) },
      problem: "days/2026/2026-11-22.jsonl:6",
      says: "IgG 90000 mg/dL is outside the protocol's plausible range 0–6000 mg/dL"),
    Damage(
      description: "a day file over the size any day reaches",
      apply: { store in
        let path = store.directory.dayFile(for: VerifierTests.day.adding(days: 1))
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        _ = truncate(path, off_t(DataDirectory.largestFile + 1))
      },
      problem: "days/2026/2026-11-23.jsonl:0", says: "larger than any file CareJourney writes"),
  ]

  @Test(arguments: damages)
  func verifyReportsIt(_ damage: Damage) throws {
    try withTemporaryDirectory { root in
      let store = JourneyStore(directory: DataDirectory(root: root + "/data"))
      _ = try VerifierTests.writeFive(store)
      #expect(Verifier(directory: store.directory).verify().problems.isEmpty)
      try damage.apply(store)

      let report = finishing(within: 5) { Verifier(directory: store.directory).verify() }
      let problems = try #require(report, "verify blocked").problems
      let found = problems.first { "\($0.file):\($0.line)" == damage.problem }
      #expect(found?.reason.contains(damage.says) == true, "\(problems)")
    }
  }

  @Test("a data folder that does not exist, or is a file, is a problem, and nothing is created")
  func noFolder() throws {
    try withTemporaryDirectory { root in
      let report = Verifier(directory: DataDirectory(root: root + "/typo")).verify()
      #expect(
        report.problems.map(\.reason).first?.hasPrefix("the data folder does not exist") == true)
      #expect(FileSystem.kind(of: root + "/typo") == .missing)
      try writeBytes([], to: root + "/file")
      let file = Verifier(directory: DataDirectory(root: root + "/file")).verify()
      #expect(file.problems.map(\.reason).first?.hasPrefix("this is not a folder") == true)
    }
  }
}
