import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Notes, names and protocol text meant to drive the terminal, through the real binary: the
/// plain-text output shows them escaped, JSON keeps them exactly, and too much text is refused
/// with the limit named and nothing written.
@Suite struct HostileTextTests {
  /// Retitles the window, clears the screen, reverses the text, and an 8-bit CSI.
  static let hostile = "\u{1B}]0;pwned\u{7}\u{1B}[2J\u{202E}evil\u{9B}1m\u{200F}\u{7F}"
  static let shown = "^[]0;pwned^G^[[2J<U+202E>evil<U+009B>1m<U+200F>^?"

  /// True when `text` holds nothing a terminal would obey (newlines between lines aside).
  static func harmless(_ text: String) -> Bool {
    !text.unicodeScalars.contains {
      $0 != "\n"
        && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)
          || [0x200E, 0x200F, 0x061C, 0x2028, 0x2029, 0xFEFF].contains($0.value)
          || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value))
    }
  }

  static func started(patient: String = "Maria", phone: String = "+49 1") throws -> CLIHarness {
    let cli = try CLIHarness()
    try cli.prepare([["init", "--patient", patient, "--team-phone", phone]])
    return cli
  }

  @Test func aHostileNoteIsShownEscapedEverywhereAndKeptExactlyInJSON() throws {
    let cli = try Self.started()
    defer { cli.cleanUp() }
    let saved = try cli.ok(["log", "--note", Self.hostile, "--med", "pred\u{1B}[31m 5 mg"])
    #expect(Self.harmless(saved))
    #expect(saved.contains("Note: " + Self.shown))
    #expect(saved.contains("pred^[[31m 5 mg"))

    let timeline = try cli.ok(["timeline"])
    #expect(Self.harmless(timeline))
    #expect(timeline.contains(Self.shown))

    let json = try cli.ok(["timeline", "--json"])
    #expect(Self.harmless(json))
    #expect(json.contains("\\u001b]0;pwned\\u0007") && json.contains("\\u202E"))
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(rows.contains { ($0["text"] as? String) == "Note: " + Self.hostile })
  }

  @Test func aHostileNameAndPhoneAreShownEscaped() throws {
    let cli = try Self.started(patient: "Eve" + Self.hostile, phone: "112\u{1B}[8m")
    defer { cli.cleanUp() }
    for arguments in [["status"], ["settings"], []] {
      let output = try cli.ok(arguments)
      #expect(Self.harmless(output), "\(arguments)")
    }
    #expect(try cli.ok(["status"]).contains("Eve" + Self.shown))
    #expect(try cli.ok(["settings"]).contains("112^[[8m"))
    let status = try #require(try cli.json(["status", "--json"]) as? [String: Any])
    #expect(status["patient"] as? String == "Eve" + Self.hostile)

    try cli.ok(["--name", "Ana\u{202E}\u{1B}[1m", "--role", "caregiver", "log", "--note", "ok"])
    let timeline = try cli.ok(["timeline"])
    #expect(Self.harmless(timeline))
    #expect(timeline.contains("Ana<U+202E>^[[1m"))
  }

  @Test func errorsThatEchoInputShowItEscaped() throws {
    let cli = try Self.started()
    defer { cli.cleanUp() }
    let cases: [[String]] = [
      ["log", "--temp", "\u{1B}[2J38"], ["log", "--bp", "1\u{202E}20/80"],
      ["log", "--symptom", "chills\u{7}=9"],
      ["log", "--at", "\u{1B}]0;x\u{7}"], ["status", "--today", "\u{9B}2J"],
      ["--role", "\u{1B}[31mdoctor", "status"],
      ["amend", "\u{1B}[2J", "--strike", "--reason", "r"],
      ["log", "--symptom", "\u{1B}[5mfever=1"],
    ]
    for arguments in cases {
      let result = try cli.run(arguments)
      #expect(result.status != 0, "\(arguments)")
      #expect(!result.stderr.isEmpty, "\(arguments)")
      #expect(Self.harmless(result.stderr), "\(arguments): \(result.stderr.debugDescription)")
      #expect(
        ["^[", "^G", "<U+"].contains { result.stderr.contains($0) },
        "\(arguments): \(result.stderr)")
    }
  }

  /// A protocol file is text from elsewhere: its labels are escaped too.
  @Test func protocolLabelsAreShownEscaped() throws {
    let cli = try Self.started()
    defer { cli.cleanUp() }
    let path = cli.data + "/protocol.toml"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(
      of: "label = \"Chills\"", with: "label = \"Chills\\u001B]0;pwned\\u0007\""
    )
    .write(toFile: path, atomically: false, encoding: .utf8)
    let saved = try cli.ok(["log", "--symptom", "chills=2"])
    #expect(saved.contains("Chills^[]0;pwned^G"))
    #expect(Self.harmless(saved))
    #expect(Self.harmless(try cli.ok(["timeline"])))
    #expect(Self.harmless(try cli.ok(["status"])))
  }

  @Test func tooMuchTextIsRefusedWithTheLimitNamedAndNothingWritten() throws {
    let cli = try Self.started()
    defer { cli.cleanUp() }
    let before = cli.snapshot()
    let hundredKB = String(repeating: "spam\u{1B}[2J ", count: 10_000)
    let cases: [([String], String)] = [
      (["log", "--note", hundredKB], "2000"),
      (["log", "--temp", "38", "--med", String(repeating: "m", count: 2_001)], "2000"),
      (["--name", String(repeating: "n", count: 201), "log", "--temp", "38"], "200"),
      (["settings", "--team-phone", String(repeating: "1", count: 201)], "200"),
      (["amend", "x", "--strike", "--reason", String(repeating: "r", count: 2_001)], "2000"),
      (["advance", "leukapheresis", "--note", hundredKB], "2000"),
    ]
    for (arguments, limit) in cases {
      let result = try cli.run(arguments)
      #expect(result.status != 0)
      #expect(
        result.stderr.contains("the limit is \(limit) characters"), "\(result.stderr.prefix(200))")
      #expect(result.stderr.count < 400, "the refusal should not echo the text")
      #expect(cli.snapshot() == before)
    }
    // At the limit exactly is fine.
    try cli.ok(["log", "--note", String(repeating: "é", count: 2_000)])
  }

  @Test func aDataFolderOthersCanWriteToIsWarnedAboutWithTheFix() throws {
    let cli = try Self.started()
    defer { cli.cleanUp() }
    #expect(chmod(cli.data, 0o777) == 0)
    for arguments in [["status"], ["log", "--temp", "37"], ["timeline"]] {
      let result = try cli.run(arguments)
      #expect(result.status == 0)
      #expect(result.stderr.contains("chmod 700 \(cli.data)"), "\(arguments): \(result.stderr)")
      #expect(result.stderr.contains("changed by other users"))
    }
    #expect(chmod(cli.data, 0o700) == 0)
    #expect(try cli.run(["status"]).stderr.isEmpty)
  }

  /// A cell a spreadsheet would run as a formula starts with an apostrophe instead; the
  /// author's name is a cell that holds only what was typed.
  @Test(arguments: ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "=1,2"])
  func csvNeutralisesFormulas(name: String) throws {
    let cli = try Self.started()
    defer { cli.cleanUp() }
    try cli.ok(["--name=" + name, "log", "--temp", "37"])
    let csv = try cli.ok(["timeline", "--csv"])
    var cell = "'" + name
    if cell.contains(where: { $0 == "," || $0 == "\"" }) {
      cell = "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    #expect(csv.contains(",patient," + cell + ","), "\(csv)")
  }
}
