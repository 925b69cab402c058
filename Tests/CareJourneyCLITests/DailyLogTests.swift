import Foundation
import Testing

/// The daily log end to end: every entry type through `log` → files → `timeline --json`.
@Suite struct DailyLogTests {
  static func started() throws -> CLIHarness {
    let cli = try CLIHarness()
    try cli.prepare(
      [
        ["init", "--patient", "Maria", "--team-phone", "+49 9131 85-33010"],
        ["plan", "infusion", "2026-11-20"],
      ], now: "2026-11-01T09:00:00+01:00")
    return cli
  }

  struct RoundTrip: CustomStringConvertible, Sendable {
    var arguments: [String]
    var type: String
    var value: Double?
    var unit: String?
    var text: String
    var description: String { arguments.joined(separator: " ") }
  }

  static let roundTrips: [RoundTrip] = [
    RoundTrip(
      arguments: ["--temp", "38,2"], type: "temperature", value: 38.2, unit: "Cel",
      text: "Temperature 38.2 °C"),
    // Shown to the hundredth, as judged: 100.8 °F is 38.22 °C, not "38.2".
    RoundTrip(
      arguments: ["--temp", "100.8F"], type: "temperature", value: 38.2222, unit: "Cel",
      text: "Temperature 38.22 °C"),
    RoundTrip(
      arguments: ["--hr", "88"], type: "heart-rate", value: 88, unit: "/min",
      text: "Heart rate 88/min"),
    RoundTrip(
      arguments: ["--bp", "118/76"], type: "blood-pressure", value: 118, unit: "mm[Hg]",
      text: "Blood pressure 118/76 mmHg"),
    RoundTrip(arguments: ["--spo2", "97%"], type: "spo2", value: 97, unit: "%", text: "SpO2 97 %"),
    RoundTrip(
      arguments: ["--weight", "135lb"], type: "weight", value: 61.23, unit: "kg",
      text: "Weight 61.2 kg"),
    RoundTrip(
      arguments: ["--symptom", "joint-pain=3"], type: "symptom", value: nil, unit: nil,
      text: "Joint pain: severe (3/4)"),
    RoundTrip(
      arguments: ["--med", "prednisone 5 mg"], type: "medication", value: nil, unit: nil,
      text: "Medication: prednisone 5 mg"),
    RoundTrip(
      arguments: ["--note", "slept well"], type: "note", value: nil, unit: nil,
      text: "Note: slept well"),
  ]

  @Test(arguments: roundTrips)
  func everyEntryTypeRoundTripsWithAuthorAndUnit(_ c: RoundTrip) throws {
    let cli = try Self.started()
    defer { cli.cleanUp() }
    try cli.ok(
      ["--role", "caregiver", "--name", "Tom Santos", "log", "--at", "2026-11-21T08:15"]
        + c.arguments)
    let rows = try #require(
      try cli.json(["timeline", "--json", "--from", "2026-11-21"]) as? [[String: Any]])
    #expect(rows.count == 1)
    let row = try #require(rows.first)
    #expect(row["type"] as? String == c.type)
    #expect(row["value"] as? Double == c.value)
    #expect(row["unit"] as? String == c.unit)
    #expect(row["text"] as? String == c.text)
    #expect(row["time"] as? String == "2026-11-21T08:15:00+01:00")
    #expect((row["author"] as? [String: String]) == ["role": "caregiver", "name": "Tom Santos"])
    // The reading as typed is kept in the file.
    let file = String(
      decoding: FileManager.default.contents(atPath: cli.mine + "/days/2026/2026-11-21.jsonl")
        ?? Data(), as: UTF8.self)
    if c.type == "temperature" || c.type == "weight" {
      #expect(file.contains("\"typed\":\"\(c.arguments[1])\""))
    }
  }

  @Test func fahrenheitIsADisplaySetting() throws {
    let cli = try Self.started()
    defer { cli.cleanUp() }
    try cli.ok(["settings", "--unit", "F"])
    // A bare number is °F in a °F journey, as on the Today screen.
    let out = try cli.ok(["log", "--temp", "100.4"])
    #expect(out.contains("Temperature 100.4 °F"))
    let rows = try #require(
      try cli.json(["timeline", "--json", "--from", "2026-11-22"]) as? [[String: Any]])
    #expect(rows.last?["value"] as? Double == 38.0)
    #expect(rows.last?["unit"] as? String == "Cel")
  }

  /// In a °F journey a bare number is °F on the command line, as typed on Today: one that no
  /// body has in °F is refused, asking for the unit, and nothing is written; with its unit it
  /// is taken.
  @Test(arguments: [
    ("37.5", "37.5C", "Temperature 99.5 °F"), ("38", "38C", "Temperature 100.4 °F"),
  ])
  func aBareNumberInAFahrenheitJourneyIsFahrenheit(_ bare: String, _ typed: String, _ saved: String)
    throws
  {
    let cli = try Self.started()
    defer { cli.cleanUp() }
    try cli.ok(["settings", "--unit", "F"])
    let before = cli.snapshot()
    let refused = try cli.run(["log", "--temp", bare])
    #expect(refused.status == 1)
    #expect(
      refused.stderr == "Error: temperature \"\(bare)\" is not a body temperature in °F, the unit "
        + "this journey shows (93.2–109.4 °F): type the unit, e.g. 100.4F (or \(bare)C, if it was "
        + "°C)\n")
    #expect(cli.snapshot() == before)
    #expect(try cli.ok(["log", "--temp", typed]).contains(saved))
  }

  @Test func aFeverPrintsTheAlertAtOnceWithThePhoneAndTheReading() throws {
    let cli = try Self.started()
    defer { cli.cleanUp() }
    for phase in ["leukapheresis", "manufacturing", "lymphodepletion"] {
      try cli.ok(["advance", phase, "--on", "2026-11-15"], now: "2026-11-15T09:00:00+01:00")
    }
    let out = try cli.ok(["log", "--temp", "38.4"])
    #expect(out.contains("!! URGENT"))
    #expect(out.contains("Call your CAR-T team now on +49 9131 85-33010."))
    #expect(out.contains("Seen: Temperature 38.4 °C at 09:00 on 2026-11-22 (Day +2)."))
    let calm = try cli.ok(["log", "--temp", "37.9"])
    #expect(!calm.contains("URGENT"))
    let status = try #require(try cli.json(["status", "--json"]) as? [String: Any])
    let alerts = try #require(status["alerts"] as? [[String: Any]])
    #expect(alerts.map { $0["rule"] as? String } == ["fever"])
    #expect(alerts.first?["level"] as? String == "urgent")
    let plain = try cli.ok(["status"])
    #expect(plain.contains("!! URGENT: Temperature of 38.0 °C"))
  }

  @Test func amendReplacesAReadingAndStrikesTheOldOne() throws {
    let cli = try Self.started()
    defer { cli.cleanUp() }
    let out = try cli.ok(["log", "--at", "2026-11-21T08:00", "--temp", "38.7"])
    let id = try #require(out.split(separator: " ").dropFirst().first.map { String($0.dropLast()) })
    try cli.ok(["amend", id, "--temp", "37.8", "--reason", "misread the thermometer"])
    let rows = try #require(
      try cli.json(["timeline", "--json", "--from", "2026-11-21"]) as? [[String: Any]])
    #expect(rows.count == 2)
    let old = try #require(rows.first { $0["id"] as? String == id })
    #expect(old["struckOut"] as? Bool == true)
    #expect(old["value"] as? Double == 38.7)
    #expect((old["correction"] as? String)?.contains("misread the thermometer") == true)
    let new = try #require(rows.first { $0["id"] as? String != id })
    #expect(new["value"] as? Double == 37.8)
    #expect(new["struckOut"] as? Bool == false)
    let wrongKind = try cli.run(["amend", id, "--hr", "80", "--reason", "x"])
    #expect(wrongKind.status != 0)
  }

  struct Bad: CustomStringConvertible, Sendable {
    var arguments: [String]
    var fragment: String
    var description: String { arguments.joined(separator: " ") }
  }

  static let bad: [Bad] = [
    Bad(arguments: ["--temp", "382"], fragment: "34.0–43.0 °C"),
    Bad(arguments: ["--temp", "38.2K"], fragment: "is not a number"),
    Bad(arguments: ["--temp", "120F"], fragment: "plausible range"),
    Bad(arguments: ["--hr", "300"], fragment: "25–250 /min"),
    Bad(arguments: ["--bp", "118-76"], fragment: "SYSTOLIC/DIASTOLIC"),
    Bad(arguments: ["--bp", "76/118"], fragment: "must be the higher"),
    Bad(arguments: ["--spo2", "101"], fragment: "50–100 %"),
    Bad(arguments: ["--weight", "61.5st"], fragment: "61.5kg or 135lb"),
    Bad(arguments: ["--symptom", "chils=2"], fragment: "Did you mean: chills"),
    Bad(arguments: ["--symptom", "chills=5"], fragment: "not 0–4"),
    Bad(arguments: ["--symptom", "chills"], fragment: "NAME=SEVERITY"),
    Bad(arguments: ["--med", " "], fragment: "--med is empty"),
    Bad(arguments: ["--temp", "37.2", "--hr", "999"], fragment: "heart rate"),
  ]

  @Test(arguments: bad)
  func badInputExitsNonZeroWithOneLineAndWritesNothing(_ c: Bad) throws {
    let cli = try Self.started()
    defer { cli.cleanUp() }
    let before = cli.snapshot()
    let result = try cli.run(["log"] + c.arguments)
    #expect(result.status != 0)
    #expect(result.stderr.contains(c.fragment), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(cli.snapshot() == before)
  }
}
