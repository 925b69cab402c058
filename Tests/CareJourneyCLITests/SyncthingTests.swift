import Foundation
import Testing

/// The care circle on two computers, synced by real Syncthing 1.19 instances on loopback
/// (issue 17): nothing one computer logs is lost on the other, while connected or apart.
@Suite("Syncthing between two computers", .serialized, .onWaitingThreads)
struct SyncthingTests {
  /// How long one change may take to reach the other computer (a sync takes about 1.6 s here).
  static let syncDeadline = 20.0

  @Test(
    "an old journey, both logging connected and apart, both advancing apart, a conflict copy by hand: every line on both sides",
    .enabled(if: SyncthingPair.program != nil, "syncthing is not installed (.ci/run installs it)"))
  func twoComputers() throws {
    let a = try CLIHarness(device: "aaaaaaaaaaaaaaaa")
    let b = try CLIHarness(device: "bbbbbbbbbbbbbbbb")
    defer {
      a.cleanUp()
      b.cleanUp()
    }
    // Computer A's journey as an older CareJourney wrote it: journey.jsonl and days/ at the top.
    try a.ok(
      ["init", "--patient", "Maria", "--team-phone", "+49 30 1234"],
      now: "2026-11-20T08:00:00+01:00")
    try a.ok(["log", "--temp", "37.4"], now: "2026-11-21T08:00:00+01:00")
    let fm = FileManager.default
    for part in ["journey.jsonl", "days"] {
      try fm.moveItem(atPath: a.mine + "/" + part, toPath: a.data + "/" + part)
    }
    try fm.removeItem(atPath: a.data + "/devices")
    // Syncthing never syncs .stignore: each computer writes its own.
    try a.ok(["share", "--write"])
    try b.ok(["share", "--write"])

    let pair = try SyncthingPair(root: a.root.path, folders: [a.data, b.data])
    defer { pair.stopAll() }
    try pair.start(0)
    try pair.start(1)
    /// The ids `timeline --json` shows; none while the journey has not arrived.
    func ids(_ cli: CLIHarness) -> Set<String> {
      guard let result = try? cli.run(["timeline", "--json"]), result.status == 0,
        let rows = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
          as? [[String: Any]]
      else { return [] }
      return Set(rows.compactMap { $0["id"] as? String })
    }
    /// The journey's files and their sizes: read every 0.1 s, where reading the journey on
    /// both sides costs two commands.
    func files(_ cli: CLIHarness) -> [String: Int] {
      var found: [String: Int] = [:]
      let root = URL(fileURLWithPath: cli.data)
      for case let url as URL in FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.fileSizeKey]) ?? .init()
      {
        let name = url.lastPathComponent
        guard url.pathExtension == "jsonl" || name == "protocol.toml",
          let size = try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize
        else { continue }
        found[String(url.path.dropFirst(root.path.count))] = size
      }
      return found
    }
    func synced(_ why: String) throws {
      // The journeys are compared when their files look alike, and at least once a second.
      var polls = 0
      let done = try SyncthingPair.wait(upTo: Self.syncDeadline) {
        polls += 1
        guard polls % 10 == 1 || files(a) == files(b) else { return false }
        let onA = ids(a)
        return !onA.isEmpty && onA == ids(b)
      }
      #expect(
        done,
        "\(why): A has \(ids(a).sorted()), B has \(ids(b).sorted())\nA: \(pair.log(0))\nB: \(pair.log(1))"
      )
      if !done { throw SyncthingPair.Failure(description: why) }
    }

    // The old layout reaches the new computer and reads whole there.
    try synced("the old journey did not reach B whole")
    #expect(ids(b).count == 2)
    // The ignore file kept A's lock on A.
    #expect(!fm.fileExists(atPath: b.data + "/.lock"))

    // Both log while connected.
    try a.ok(["log", "--temp", "38.4"], now: "2026-11-22T09:00:00+01:00")
    try b.ok(
      ["--role", "caregiver", "--name", "Ana", "log", "--note", "gave paracetamol"],
      now: "2026-11-22T09:30:00+01:00")
    try synced("both computers' lines while connected")
    #expect(ids(a).count == 4)

    // Apart: B's Syncthing stopped; both log, and both move the journey on.
    pair.stop(1)
    try a.ok(["log", "--temp", "38.9"], now: "2026-11-22T10:00:00+01:00")
    try b.ok(["log", "--temp", "39.1"], now: "2026-11-22T10:05:00+01:00")
    try a.ok(
      ["--role", "nurse", "--name", "Ines", "advance", "leukapheresis", "--on", "2026-11-22"],
      now: "2026-11-22T11:00:00+01:00")
    try b.ok(
      ["--role", "nurse", "--name", "Olga", "advance", "leukapheresis", "--on", "2026-11-22"],
      now: "2026-11-22T11:30:00+01:00")
    try pair.start(1)
    try synced("the lines written apart")
    #expect(ids(a).count == 7, "\(ids(a).sorted())")
    for cli in [a, b] {
      let status = try #require(try cli.json(["status", "--json"]) as? [String: Any])
      let conflicts = status["conflicts"] as? [String] ?? []
      #expect(conflicts.count == 1, "\(conflicts)")
      #expect(conflicts.first?.contains("Olga (nurse) on laptop bbbb") == true, "\(conflicts)")
      #expect(status["phase"] as? String == "leukapheresis")
    }

    // A conflict copy made by hand (as Syncthing makes one) is rescued on the other computer.
    let day = a.data + "/days/2026/2026-11-21.jsonl"
    let copy = a.data + "/days/2026/2026-11-21.sync-conflict-20261121-120000-BBBBBBB.jsonl"
    let text = try String(contentsOfFile: day, encoding: .utf8)
    let line = text.split(separator: "\n").last.map(String.init) ?? ""
    let extra = line.replacingOccurrences(
      of: #""id":"[^"]+""#, with: #""id":"rescued-line""#, options: .regularExpression)
    try (text + extra + "\n").write(toFile: copy, atomically: false, encoding: .utf8)
    try synced("the conflict copy")
    #expect(ids(b).contains("rescued-line"))
    let verify = try b.run(["verify"])
    #expect(
      verify.stdout.contains(
        "2026-11-21.sync-conflict-20261121-120000-BBBBBBB.jsonl:0: a copy a sync tool made"),
      "\(verify.stdout)")
  }
}
