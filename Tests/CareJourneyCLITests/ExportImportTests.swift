import Foundation
import Testing

/// `export csv`, `export json` and `import` end to end: a backup restores the very journey, and
/// every refusal writes nothing.
@Suite struct ExportImportTests {
  /// The demo with a correction in it, backed up to `backup.json` beside the data folder.
  static func backedUp() throws -> (cli: CLIHarness, backup: String) {
    let cli = try CLIHarness()
    try cli.prepare([["demo"]])
    let rows = try #require(try cli.json(["timeline", "--json"]) as? [[String: Any]])
    let note = try #require(rows.last { $0["type"] as? String == "note" }?["id"] as? String)
    try cli.ok([
      "--role", "nurse", "--name", "Ana Weber", "amend", note, "--strike", "--reason",
      "wrong patient",
    ])
    let backup = cli.root.appendingPathComponent("backup.json").path
    try cli.ok(["export", "json", "--out", backup])
    return (cli, backup)
  }

  static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

  /// demo → export json → import into a new folder → the same files, line for line (the hash
  /// chain computed afresh comes out the same), `verify` clean, and the same backup again.
  @Test func aBackupRestoresTheVeryJourney() throws {
    let (cli, backup) = try Self.backedUp()
    defer { cli.cleanUp() }
    let restored = try CLIHarness()
    defer { restored.cleanUp() }

    let out = try restored.ok(["import", backup])
    #expect(out.hasPrefix("Imported the journey of Maria Santos (76 events, 208 entries) into "))
    let verify = try restored.run(["verify"])
    #expect(verify.status == 0 && verify.stdout.hasSuffix(" 0 problems\n"), "\(verify.stdout)")
    // The backup is restored as one history in the data folder's own files: the journey's
    // files, byte for byte, without the device folder they were written in.
    #expect(
      restored.snapshot().filter { $0.key != ".lock" }
        == Dictionary(
          uniqueKeysWithValues: cli.snapshot().compactMap { name, bytes in
            name == ".lock" || name.hasSuffix("/device.jsonl")
              ? nil : (name.replacingOccurrences(of: CLIHarness.mine, with: ""), bytes)
          }))

    let again = restored.root.appendingPathComponent("again.json").path
    try restored.ok(["export", "json", "--out", again])
    #expect(Self.bytes(again) == Self.bytes(backup))
    #expect(
      try restored.ok(["export", "json"])
        == String(decoding: try #require(Self.bytes(backup)), as: UTF8.self))
    #expect(try restored.ok(["status"]) == (try cli.ok(["status"])))
  }

  /// A temperature edited in the backup (36.x made 39.9) is refused, naming the entry; with
  /// --accept-edited it imports, and the journey holds a note saying so, which `timeline`
  /// shows (issue 18, item 11).
  @Test func anEditedBackupIsRefusedUnlessAccepted() throws {
    let (cli, backup) = try Self.backedUp()
    defer { cli.cleanUp() }
    let text = String(decoding: try #require(Self.bytes(backup)), as: UTF8.self)
    let edited = try #require(text.firstMatch(of: /"celsius":36\.[0-9]+,"id":"(demo-[0-9]+)"/))
    let id = String(edited.output.1)
    let changed = text.replacingCharacters(
      in: edited.range, with: "\"celsius\":39.9,\"id\":\"\(id)\"")
    try Data(changed.utf8).write(to: URL(fileURLWithPath: backup))

    let target = try CLIHarness()
    defer { target.cleanUp() }
    let refused = try target.run(["import", backup])
    #expect(refused.status != 0)
    #expect(
      refused.stderr.contains("it was changed after it was exported: entry "), "\(refused.stderr)")
    #expect(refused.stderr.contains("(id \(id), "))
    #expect(refused.stderr.contains("nothing was written"))
    #expect(!FileManager.default.fileExists(atPath: target.data))

    let out = try target.ok([
      "--role", "nurse", "--name", "Ana Weber", "import", backup, "--accept-edited",
    ])
    #expect(
      out.contains("Imported although it was changed after export (first change: entry "), "\(out)")
    let rows = try #require(try target.json(["timeline", "--json"]) as? [[String: Any]])
    let notes = rows.compactMap { $0["text"] as? String }
    #expect(
      notes.contains {
        $0.hasPrefix(
          "Note: Imported from a backup changed after it was exported (first change: entry ")
          && $0.hasSuffix("imported with --accept-edited by Ana Weber (nurse)")
      }, "\(rows.suffix(3))")
    let verify = try target.run(["verify"])
    #expect(verify.status == 0, "\(verify.stdout)")
  }

  /// `export json | carejourney import -` moves a journey without a file in between.
  @Test func importReadsStandardInput() throws {
    let (cli, backup) = try Self.backedUp()
    defer { cli.cleanUp() }
    let target = cli.root.appendingPathComponent("piped").path
    let child = try cli.launch(program: [
      "/bin/sh", "-c", "exec \"$0\" --data \"$1\" import - < \"$2\"", CLIHarness.binary.path,
      target, backup,
    ])
    #expect(child.wait() == .exited(0), "\(child.errors)")
    let files = try FileManager.default.subpathsOfDirectory(atPath: target)
    #expect(files.contains("journey.jsonl") && files.contains("protocol.toml"))
  }

  /// Into a folder that already holds a journey (or anything else): refused, nothing changed.
  @Test(arguments: [true, false])
  func importNeverTouchesAFolderThatHoldsData(journey: Bool) throws {
    let (cli, backup) = try Self.backedUp()
    defer { cli.cleanUp() }
    let other = try CLIHarness()
    defer { other.cleanUp() }
    if journey {
      try other.ok(["init", "--patient", "Someone Else"])
    } else {
      try FileManager.default.createDirectory(atPath: other.data, withIntermediateDirectories: true)
      try Data("mine".utf8).write(to: URL(fileURLWithPath: other.data + "/notes.txt"))
    }
    let before = other.snapshot()
    #expect(!before.isEmpty)
    let result = try other.run(["import", backup])
    #expect(result.status != 0)
    #expect(result.stderr.contains("already holds files"), "\(result.stderr)")
    #expect(result.stderr.contains("nothing was written"))
    #expect(other.snapshot() == before)
  }

  struct Damage: CustomTestStringConvertible, Sendable {
    let name: String
    let change: @Sendable (String) -> String
    let says: String
    var testDescription: String { name }
  }

  static let damages = [
    Damage(
      name: "cut short", change: { String($0.prefix($0.count / 2)) },
      says: "not a CareJourney backup"),
    Damage(
      name: "an id removed",
      change: { $0.replacingOccurrences(of: "\"id\":\"demo-00100\",", with: "") },
      says: "cannot be read: no id"),
    Damage(
      name: "an id twice",
      change: { $0.replacingOccurrences(of: "demo-00100", with: "demo-00101") },
      says: "uses the id demo-00101"),
    Damage(
      name: "a newer format",
      change: { $0.replacingOccurrences(of: "\"version\": 2", with: "\"version\": 7") },
      says: "newer CareJourney"),
    Damage(name: "empty", change: { _ in "" }, says: "not a CareJourney backup"),
  ]

  /// A damaged backup is refused whole, saying what is wrong, and no folder is even made.
  @Test(arguments: damages)
  func aDamagedBackupWritesNothing(damage: Damage) throws {
    let (cli, backup) = try Self.backedUp()
    defer { cli.cleanUp() }
    let text = String(decoding: try #require(Self.bytes(backup)), as: UTF8.self)
    let damaged = damage.change(text)
    #expect(damaged != text)
    try Data(damaged.utf8).write(to: URL(fileURLWithPath: backup))
    let target = try CLIHarness()
    defer { target.cleanUp() }
    let result = try target.run(["import", backup])
    #expect(result.status != 0)
    #expect(result.stderr.contains(damage.says), "\(result.stderr)")
    #expect(result.stderr.contains("nothing was written"))
    #expect(!FileManager.default.fileExists(atPath: target.data))
  }

  /// A write that fails part-way (a file size limit) takes back all it wrote.
  @Test func aFailedImportLeavesNoTrace() throws {
    let (cli, backup) = try Self.backedUp()
    defer { cli.cleanUp() }
    let target = cli.root.appendingPathComponent("limited").path
    // 16 blocks (8 KiB in dash) hold a day file but not the protocol (about 40 KB).
    let child = try cli.launch(program: [
      "/bin/sh", "-c", "ulimit -f 16; exec \"$0\" --data \"$1\" import \"$2\"",
      CLIHarness.binary.path, target, backup,
    ])
    #expect(child.wait() == .exited(1), "\(child.errors)")
    #expect(child.errors.contains("ulimit -f"), "\(child.errors)")
    #expect(!FileManager.default.fileExists(atPath: target))
  }

  /// `--out` that exists is kept unless --force is given; a range is refused for json; both
  /// refusals write nothing, in the data folder or beside it.
  @Test func exportNeverReplacesAFileUnasked() throws {
    let (cli, backup) = try Self.backedUp()
    defer { cli.cleanUp() }
    let data = cli.snapshot()
    let out = cli.root.appendingPathComponent("kept.csv").path
    try Data("mine\n".utf8).write(to: URL(fileURLWithPath: out))

    let refused = try cli.run(["export", "csv", "--out", out])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("exists: choose another --out, or add --force"))
    #expect(Self.bytes(out) == Data("mine\n".utf8))

    let ranged = cli.root.appendingPathComponent("ranged.json").path
    let range = try cli.run(["export", "json", "--from", "2026-11-01", "--out", ranged])
    #expect(range.status != 0)
    #expect(range.stderr.contains("--from and --to do not apply"), "\(range.stderr)")
    #expect(!FileManager.default.fileExists(atPath: ranged))
    #expect(cli.snapshot() == data)

    try cli.ok(["export", "csv", "--out", out, "--force"])
    #expect(
      String(decoding: try #require(Self.bytes(out)), as: UTF8.self).hasPrefix("date,time,day,"))
    #expect(Self.bytes(backup) != nil)
  }

  /// export csv and timeline --csv are one writer: every exported row is a timeline row, and
  /// the timeline adds only the journey events (rows without a time).
  @Test func exportCSVIsTheTimelineCSVWithoutJourneyEvents() throws {
    let (cli, _) = try Self.backedUp()
    defer { cli.cleanUp() }
    let range = ["--from", "2026-06-01", "--to", "2026-06-30"]
    let exported = try cli.ok(["export", "csv"] + range).components(separatedBy: "\r\n")
    let timeline = try cli.ok(["timeline", "--csv"] + range).components(separatedBy: "\r\n")
    #expect(exported.first == timeline.first)
    #expect(exported.count > 30)
    #expect(exported.allSatisfy(timeline.contains))
    #expect(
      timeline.filter { !exported.contains($0) }.allSatisfy {
        $0.split(separator: ",", omittingEmptySubsequences: false)[1].isEmpty
      })
    #expect(exported.dropFirst().allSatisfy { $0.isEmpty || $0.hasPrefix("2026-06-") })
  }
}
