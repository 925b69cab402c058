import Foundation
import Testing

/// `carejourney verify` end to end, and every command still starting on damaged data.
@Suite("verify and damaged data")
struct VerifyAndDamageTests {
  /// The demo journey, and a day file of it with at least four lines.
  static func demo(_ cli: CLIHarness) throws -> (file: String, lines: [String]) {
    try cli.prepare([["demo"]])
    for (name, data) in cli.snapshot().sorted(by: { $0.key < $1.key }) where name.contains("days/")
    {
      let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
      if lines.count >= 4 { return (name, lines) }
    }
    throw CLIError("the demo has no day file with four lines")
  }

  struct CLIError: Error {
    let text: String
    init(_ text: String) { self.text = text }
  }

  static func write(_ lines: [String], to file: String, in cli: CLIHarness) throws {
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(
      to: URL(fileURLWithPath: cli.data + "/" + file))
  }

  static func timelineCount(_ cli: CLIHarness) throws -> Int {
    let rows = try #require(try cli.json(["timeline", "--json"]) as? [Any])
    return rows.count
  }

  @Test("an untouched journey verifies: exit 0, a summary, and not one byte changed")
  func untouched() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    _ = try Self.demo(cli)
    let before = cli.snapshot()
    let result = try cli.run(["verify"])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(
      result.stdout.range(
        of: #"^\d+ files, \d+ lines checked, 0 problems\n$"#, options: .regularExpression) != nil)
    #expect(cli.snapshot() == before)
  }

  @Test(arguments: [
    ("edit", [4]), ("delete", [3]), ("insert", [3, 4]), ("swap", [2, 3, 4]),
  ])
  func verifyNamesTheBreak(damage: String, breaks: [Int]) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let (file, original) = try Self.demo(cli)
    var lines = original
    switch damage {
    case "edit": lines[2] = lines[2].replacingOccurrences(of: "\"name\":\"", with: "\"name\":\"X")
    case "delete": lines.remove(at: 2)
    case "insert":
      lines.insert(
        try #require(
          cli.snapshot()[CLIHarness.mine + "journey.jsonl"].map {
            String(decoding: $0, as: UTF8.self).split(separator: "\n")[3]
          }
        ).description, at: 2)
    default: lines.swapAt(1, 2)
    }
    #expect(lines != original)
    try Self.write(lines, to: file, in: cli)
    let before = cli.snapshot()

    let result = try cli.run(["verify"])

    #expect(result.status == 1)
    let named = result.stdout.split(separator: "\n").filter { $0.contains("does not follow") }
    #expect(
      named.map { $0.prefix(while: { $0 != " " }) }.map(String.init)
        == breaks.map { "\(file):\($0):" })
    #expect(result.stdout.contains("problem"))
    #expect(cli.snapshot() == before)
  }

  /// One kind of damage: what it does to the demo, and what it should cost.
  struct Damage: CustomStringConvertible, Sendable {
    var description: String
    /// Damages the data folder; returns the `file:line` verify must name.
    var apply: @Sendable (CLIHarness, String) throws -> String
    /// Timeline rows lost (lines that could not be read).
    var lost: Int
    /// The warning `status` prints.
    var warning: String
  }

  static func append(_ bytes: [UInt8], to file: String, _ cli: CLIHarness) throws -> String {
    let url = URL(fileURLWithPath: cli.data + "/" + file)
    var data = try Data(contentsOf: url)
    let count = String(decoding: data, as: UTF8.self).split(separator: "\n").count
    data.append(contentsOf: bytes)
    try data.write(to: url)
    return "\(file):\(count + 1):"
  }

  static let damages: [Damage] = [
    Damage(
      description: "garbage bytes", apply: { try append([0, 1, 2, 0xFE, 0xFF, 10], to: $1, $0) },
      lost: 0, warning: "1 line could not be read"),
    Damage(
      description: "invalid UTF-8",
      apply: {
        try append(
          Array(#"{"v":1,"text":"caf"#.utf8) + [0xC3, 0x28] + Array("\"}\n".utf8), to: $1, $0)
      }, lost: 0, warning: "1 line could not be read"),
    Damage(
      description: "truncated JSON",
      apply: { try append(Array(#"{"v":1,"id":"cut","ty"#.utf8), to: $1, $0) }, lost: 0,
      warning: "1 line could not be read"),
    Damage(
      description: "wrong field type",
      apply: { cli, file in
        let url = URL(fileURLWithPath: cli.data + "/" + file)
        var lines = String(decoding: try Data(contentsOf: url), as: UTF8.self).split(
          separator: "\n"
        ).map(String.init)
        let index = try #require(lines.firstIndex { $0.contains("\"celsius\":") })
        lines[index] = lines[index].replacingOccurrences(
          of: #""celsius":[0-9.]+"#, with: #""celsius":"hot""#, options: .regularExpression)
        try write(lines, to: file, in: cli)
        return "\(file):\(index + 1):"
      }, lost: 1, warning: "1 line could not be read"),
    Damage(
      description: "newer format version",
      apply: { cli, file in
        let url = URL(fileURLWithPath: cli.data + "/" + file)
        var lines = String(decoding: try Data(contentsOf: url), as: UTF8.self).split(
          separator: "\n"
        ).map(String.init)
        lines[0] = lines[0].replacingOccurrences(of: "\"v\":1", with: "\"v\":99")
        try write(lines, to: file, in: cli)
        return "\(file):1: written in format 99"
      }, lost: 1, warning: "1 line could not be read"),
    Damage(
      description: "day file in the wrong folder",
      apply: { cli, file in
        let moved = CLIHarness.mine + "days/2025/" + file.split(separator: "/").last!
        try FileManager.default.createDirectory(
          atPath: cli.mine + "/days/2025", withIntermediateDirectories: true)
        try FileManager.default.moveItem(
          atPath: cli.data + "/" + file, toPath: cli.data + "/" + moved)
        return "\(moved):0: this day file is in the wrong folder"
      }, lost: 0, warning: "1 other problem was found"),
  ]

  @Test(arguments: damages)
  func commandsStillStart(_ damage: Damage) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let (file, _) = try Self.demo(cli)
    let rows = try Self.timelineCount(cli)
    let named = try damage.apply(cli, file)
    let before = cli.snapshot()

    // `status` reads the journey and the last days' files only (the damage is in an older
    // one) and still starts; `timeline`, which reads every file, says what it could not read.
    let status = try cli.run(["status"])
    #expect(status.status == 0, "\(status.stderr)")
    let timeline = try cli.run(["timeline"])
    #expect(timeline.status == 0, "\(timeline.stderr)")
    #expect(timeline.stderr.contains("warning: " + damage.warning), "\(timeline.stderr)")
    #expect(try Self.timelineCount(cli) == rows - damage.lost)
    let verify = try cli.run(["verify"])
    #expect(verify.status == 1)
    #expect(verify.stdout.contains(named), "\(verify.stdout)")
    #expect(cli.snapshot() == before)
  }

  @Test(
    "journey.jsonl removed with day files present: status says so, timeline still lists every entry"
  )
  func missingJourneyFile() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    _ = try Self.demo(cli)
    let journeyLines = String(
      decoding: cli.snapshot()[CLIHarness.mine + "journey.jsonl"] ?? Data(), as: UTF8.self
    )
    .split(separator: "\n").count
    let rows = try Self.timelineCount(cli)
    try FileManager.default.removeItem(atPath: cli.mine + "/journey.jsonl")
    let before = cli.snapshot()

    let status = try cli.run(["status"])
    #expect(status.status == 1)
    #expect(status.stderr.contains("journey.jsonl is missing"))
    #expect(status.stderr.contains("carejourney verify"))
    #expect(!status.stderr.contains("no journey"))
    #expect(try Self.timelineCount(cli) == rows - journeyLines)
    let verify = try cli.run(["verify"])
    #expect(verify.status == 1)
    #expect(verify.stdout.contains("journey.jsonl:0: missing, but"))
    #expect(cli.snapshot() == before)
  }

  @Test("verify --help has an example")
  func help() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let result = try cli.run(["verify", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Example"))
    #expect(!FileManager.default.fileExists(atPath: cli.data))
    // A folder that is not there is a problem (a typo in --data must not read as "all well"),
    // and verify still creates nothing.
    let missing = try cli.run(["verify"])
    #expect(missing.status == 1)
    #expect(
      missing.stdout.contains(cli.data + ":0: the data folder does not exist"), "\(missing.stdout)")
    #expect(!FileManager.default.fileExists(atPath: cli.data), "verify created the data folder")
  }
}
