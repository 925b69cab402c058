import Foundation
import Testing

/// `med start|dose|stop|list` end to end through the built binary.
@Suite struct MedCommandTests {
  /// A journey with a taper, a washout and prophylaxis recorded (from its start, in August: a
  /// change before the journey began is refused); each test gets its own copy.
  static func planned() throws -> CLIHarness {
    let cli = try CLIHarness()
    try cli.prepare([
      ["init", "--patient", "Jane Doe", "--on", "2026-08-01"],
      ["med", "start", "mycophenolate", "--dose", "1 g twice daily", "--on", "2026-08-01"],
      [
        "med", "start", "Prednisone", "--dose", "10 mg/day", "--on", "2026-09-01", "--reason",
        "flare",
      ],
      ["med", "dose", "prednisone", "--dose", "5 mg/day", "--on", "2026-09-15"],
      [
        "med", "stop", "MYCOPHENOLATE", "--on", "2026-09-20", "--reason",
        "washout before leukapheresis",
      ],
      ["med", "start", "aciclovir", "--dose", "400 mg twice daily", "--on", "2026-10-10"],
      ["med", "stop", "prednisone", "--on", "2026-10-20"],
    ])
    return cli
  }

  static func list(_ cli: CLIHarness, on day: String) throws -> [String] {
    let object = try #require(
      try cli.json(["med", "list", "--on", day, "--json"]) as? [String: Any])
    #expect(object["date"] as? String == day)
    let medicines = try #require(object["medicines"] as? [[String: Any]])
    return medicines.map {
      "\($0["name"] as? String ?? "?") \($0["dose"] as? String ?? "null") since \($0["since"] as? String ?? "?")"
    }
  }

  @Test("med list shows what was taken on the days around each change")
  func listAroundChanges() throws {
    let cli = try Self.planned()
    defer { cli.cleanUp() }
    let expected: [(String, [String])] = [
      ("2026-07-31", []),
      ("2026-08-01", ["mycophenolate 1 g twice daily since 2026-08-01"]),
      ("2026-08-31", ["mycophenolate 1 g twice daily since 2026-08-01"]),
      (
        "2026-09-01",
        ["mycophenolate 1 g twice daily since 2026-08-01", "Prednisone 10 mg/day since 2026-09-01"]
      ),
      (
        "2026-09-14",
        ["mycophenolate 1 g twice daily since 2026-08-01", "Prednisone 10 mg/day since 2026-09-01"]
      ),
      (
        "2026-09-15",
        ["mycophenolate 1 g twice daily since 2026-08-01", "Prednisone 5 mg/day since 2026-09-01"]
      ),
      (
        "2026-09-19",
        ["mycophenolate 1 g twice daily since 2026-08-01", "Prednisone 5 mg/day since 2026-09-01"]
      ),
      ("2026-09-20", ["Prednisone 5 mg/day since 2026-09-01"]),
      (
        "2026-10-10",
        ["aciclovir 400 mg twice daily since 2026-10-10", "Prednisone 5 mg/day since 2026-09-01"]
      ),
      (
        "2026-10-19",
        ["aciclovir 400 mg twice daily since 2026-10-10", "Prednisone 5 mg/day since 2026-09-01"]
      ),
      ("2026-10-20", ["aciclovir 400 mg twice daily since 2026-10-10"]),
      ("2026-11-22", ["aciclovir 400 mg twice daily since 2026-10-10"]),
    ]
    for (day, medicines) in expected {
      #expect(try Self.list(cli, on: day) == medicines, "\(day)")
    }
    let text = try cli.ok(["med", "list", "--on", "2026-09-16"])
    #expect(
      text.contains("Prednisone 5 mg/day — since 2026-09-01, this dose since 2026-09-15"), "\(text)"
    )
    let none = try cli.ok(["med", "list", "--on", "2026-07-01"])
    #expect(none.contains("no medicines were being taken"), "\(none)")
  }

  @Test("each change is a timeline row in words; a restart after a stop is allowed")
  func timelineAndRestart() throws {
    let cli = try Self.planned()
    defer { cli.cleanUp() }
    let saved = try cli.ok([
      "med", "start", "prednisone", "--dose", "2.5 mg/day", "--reason", "arthralgia",
    ])
    #expect(saved.contains("Started prednisone 2.5 mg/day — arthralgia — 2026-11-22"), "\(saved)")
    let timeline = try cli.ok(["timeline"])
    for text in [
      "Started Prednisone 10 mg/day — flare", "Prednisone dose now 5 mg/day",
      "Stopped mycophenolate — washout before leukapheresis",
      "Started aciclovir 400 mg twice daily",
      "Stopped Prednisone",
    ] {
      #expect(timeline.contains(text), "\(text) in \(timeline)")
    }
    #expect(
      try Self.list(cli, on: "2026-11-22") == [
        "aciclovir 400 mg twice daily since 2026-10-10", "prednisone 2.5 mg/day since 2026-11-22",
      ])
  }

  @Test("a struck-out change no longer counts")
  func strikeOut() throws {
    let cli = try Self.planned()
    defer { cli.cleanUp() }
    let saved = try cli.ok(["med", "stop", "aciclovir", "--on", "2026-11-01"])
    let id = try #require(
      saved.split(separator: " ").dropFirst().first.map { String($0.dropLast()) })
    #expect(try Self.list(cli, on: "2026-11-02") == [])
    try cli.ok(["amend", id, "--strike", "--reason", "still taking it"])
    #expect(
      try Self.list(cli, on: "2026-11-02") == ["aciclovir 400 mg twice daily since 2026-10-10"])
  }

  @Test(
    "med refuses with one line, non-zero, and writes nothing",
    arguments: [
      (
        ["med", "dose", "mycophenolate", "--dose", "500 mg"],
        "mycophenolate is not being taken on 2026-11-22"
      ),
      (["med", "dose", "ivig", "--dose", "0.4 g/kg"], "ivig is not being taken"),
      (["med", "stop", "prednisone"], "prednisone is not being taken on 2026-11-22"),
      (["med", "stop", "prednisone", "--on", "2026-10-25"], "not being taken on 2026-10-25"),
      (
        ["med", "start", "ACICLOVIR"],
        "aciclovir is already being taken on 2026-11-22 (since 2026-10-10)"
      ),
      (
        ["med", "start", "prednisone", "--on", "2026-09-10"],
        "Prednisone is already being taken on 2026-09-10"
      ),
      (["med", "dose", "aciclovir", "--dose", "400 mg twice daily"], "nothing changes"),
      (["med", "start", "  "], "the medicine's name is empty"),
      (["med", "start", "ivig", "--dose", " "], "--dose is empty"),
      (["med", "stop", "aciclovir", "--reason", ""], "--reason is empty"),
      (["med", "start", String(repeating: "x", count: 201)], "the limit is 200 characters"),
      (
        ["med", "start", "ivig", "--dose", String(repeating: "1", count: 201)],
        "--dose is 201 characters long"
      ),
      (
        ["med", "stop", "aciclovir", "--reason", String(repeating: "r", count: 2001)],
        "--reason is 2001 characters long"
      ),
      (["med", "start", "ivig", "--on", "2026-12-01"], "in the future"),
      (["med", "start", "ivig", "--on", "yesterday"], "is not a date"),
    ])
  func refuses(_ arguments: [String], _ says: String) throws {
    let cli = try Self.planned()
    defer { cli.cleanUp() }
    let before = cli.snapshot()
    let result = try cli.run(arguments)
    #expect(result.status != 0)
    #expect(result.stderr.contains(says), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    #expect(cli.snapshot() == before)
  }

  @Test("med --help and each subcommand's help give examples")
  func help() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let top = try cli.ok(["med", "--help"])
    #expect(
      top.contains("carejourney med stop mycophenolate --reason \"washout before leukapheresis\""),
      "\(top)")
    for sub in ["start", "dose", "stop", "list"] {
      #expect(try cli.ok(["med", sub, "--help"]).contains("Examples:"), "\(sub)")
    }
    #expect(try cli.ok(["--help"]).contains("med"))
  }
}
