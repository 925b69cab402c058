import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Writes the system refuses: a clear error, a non-zero exit, the files byte-identical, and later
/// reads and writes fine. Tests run as root here, which ignores permission bits, so a read-only
/// data directory is a read-only bind mount in a private mount namespace (`unshare -m`), and a
/// refused file is an immutable one (`chattr +i`).
@Suite(.serialized, .onWaitingThreads) struct FailedWriteTests {
  static let binary = CLIHarness.binary.path

  /// True when `argv` runs and exits 0 (to see whether unshare or chattr work here).
  static func works(_ argv: [String]) -> Bool {
    (try? ChildProcess(argv).wait()) == .exited(0)
  }

  static let canMountReadOnly = works([
    "/usr/bin/unshare", "-m", "/bin/sh", "-c", "mount --bind -o ro /tmp /tmp && ! touch /tmp/.cj",
  ])

  static let canMakeImmutable: Bool = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("cj-\(UUID())").path
    FileManager.default.createFile(atPath: path, contents: Data("x".utf8))
    defer {
      _ = works(["/usr/bin/chattr", "-i", path])
      try? FileManager.default.removeItem(atPath: path)
    }
    return works(["/usr/bin/chattr", "+i", path]) && open(path, O_WRONLY | O_APPEND) < 0
  }()

  func started() throws -> CLIHarness {
    let cli = try CLIHarness()
    try cli.prepare([["init", "--patient", "Maria"]], now: "2026-11-01T09:00:00+01:00")
    try cli.ok(["log", "--temp", "37.1", "--note", "before the failure"])
    return cli
  }

  /// After a refused write: nothing changed, the journey reads with no problem, a write works.
  func expectIntactAndWritable(
    _ cli: CLIHarness, before: [String: Data], sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    #expect(
      cli.snapshot() == before, "the files are byte-identical", sourceLocation: sourceLocation)
    #expect(try cli.unreadableLines() == 0, sourceLocation: sourceLocation)
    let out = try cli.ok(["log", "--note", "after the failure"], sourceLocation: sourceLocation)
    let audit = cli.auditLines()
    #expect(audit.damaged.isEmpty && audit.tornTails.isEmpty, sourceLocation: sourceLocation)
    #expect(audit.entryIDs.count == 3, sourceLocation: sourceLocation)
    #expect(
      try cli.timelineIDs().isSuperset(of: LineAudit.savedIDs(out)), sourceLocation: sourceLocation)
  }

  /// `ulimit -f` so small the day file cannot take the new line: the write stops part-way
  /// (EFBIG; the program ignores SIGXFSZ itself) and its bytes are taken back.
  @Test func fileSizeLimit() throws {
    let cli = try started()
    defer { cli.cleanUp() }
    let before = cli.snapshot()
    let size = try #require(before[CLIHarness.mine + "days/2026/2026-11-22.jsonl"]).count
    // dash counts `ulimit -f` in 512-byte blocks; the 1,500-byte note cannot fit in what is left.
    let blocks = size / 512 + 1
    let note = String(repeating: "n", count: 1_500)
    let child = try cli.launch(program: [
      "/bin/sh", "-c", "ulimit -f \(blocks); exec \"$0\" --data \"$1\" log --note \"$2\"",
      Self.binary, cli.data, note,
    ])
    #expect(child.wait() == .exited(1), "\(child.errors)")
    #expect(child.errors.contains("ulimit -f"), "\(child.errors)")
    #expect(child.errors.contains("2026-11-22.jsonl"))
    #expect(!child.output.contains("Saved"))
    try expectIntactAndWritable(cli, before: before)
  }

  struct Refusal: CustomTestStringConvertible, Sendable {
    let name: String
    let arguments: [String]
    var testDescription: String { name }
  }

  static let refusals = [
    Refusal(name: "log", arguments: ["log", "--temp", "38.4"]),
    Refusal(name: "advance", arguments: ["advance", "leukapheresis"]),
  ]

  @Test(
    .enabled(if: canMountReadOnly, "needs unshare -m and mount (root ignores permission bits)"),
    arguments: refusals)
  func readOnlyDataDirectory(_ refusal: Refusal) throws {
    let cli = try started()
    defer { cli.cleanUp() }
    let before = cli.snapshot()
    let child = try cli.launch(
      program: [
        "/usr/bin/unshare", "-m", "/bin/sh", "-c",
        "mount --bind -o ro \"$1\" \"$1\" && exec \"$0\" --data \"$@\"", Self.binary, cli.data,
      ] + refusal.arguments)
    #expect(child.wait() == .exited(1), "\(child.errors)")
    #expect(child.errors.contains("Read-only file system"), "\(child.errors)")
    #expect(child.errors.contains(cli.data))
    try expectIntactAndWritable(cli, before: before)
  }

  @Test(.enabled(if: canMakeImmutable, "needs chattr +i on this filesystem"), arguments: refusals)
  func immutableFile(_ refusal: Refusal) throws {
    let cli = try started()
    defer { cli.cleanUp() }
    let target =
      cli.mine + (refusal.name == "log" ? "/days/2026/2026-11-22.jsonl" : "/journey.jsonl")
    #expect(Self.works(["/usr/bin/chattr", "+i", target]))
    defer { _ = Self.works(["/usr/bin/chattr", "-i", target]) }
    let before = cli.snapshot()
    let result = try cli.run(refusal.arguments)
    #expect(result.status == 1)
    #expect(result.stderr.contains("Operation not permitted"), "\(result.stderr)")
    #expect(result.stderr.contains(target))
    #expect(Self.works(["/usr/bin/chattr", "-i", target]))
    try expectIntactAndWritable(cli, before: before)
  }

  /// The screens: a refused save says so and keeps what was typed; once the file takes writes
  /// again, Enter saves the same text.
  @Test(.enabled(if: canMakeImmutable, "needs chattr +i on this filesystem"))
  func screensShowTheFailureAndKeepTheInput() throws {
    let cli = try started()
    defer { cli.cleanUp() }
    let day = cli.mine + "/days/2026/2026-11-22.jsonl"
    #expect(Self.works(["/usr/bin/chattr", "+i", day]))
    defer { _ = Self.works(["/usr/bin/chattr", "-i", day]) }
    let before = cli.snapshot()
    let app = try TmuxSession(screensOf: cli)
    try app.waitFor("Today")
    try app.send("t")
    try app.waitFor("Temperature (°C")
    try app.type("38.4")
    try app.send("Enter")
    let failed = try app.waitFor("Not saved:")
    #expect(failed.contains("38.4"), "the typed text is still on screen:\n\(failed)")
    #expect(cli.snapshot() == before)

    #expect(Self.works(["/usr/bin/chattr", "-i", day]))
    try app.send("Enter")
    try app.waitFor("Saved: Temperature 38.4")
    try app.send("q")
    #expect(try app.waitForExit() == 0)
    #expect(cli.auditLines().entryIDs.count == 3)
  }
}
