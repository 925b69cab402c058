import Foundation
import Testing

/// Issue #13 from the command line, as a patient meets it: rules judged by the dates not the
/// recorded phase and still on after the end, one alert per entry, every urgent alert with the
/// team's number and the emergency number, and a journey without a team phone warned about.
@Suite struct AlertRouteTests {
  static let phone = "+49 9131 85-33010"

  /// Infusion planned for 2026-11-20 (Day +2 on 2026-11-22, the harness's today); nobody has
  /// advanced the phase past manufacturing.
  static func lagging(phone: String? = phone) throws -> CLIHarness {
    let cli = try CLIHarness()
    let start = "2026-11-03T09:00:00+01:00"
    try cli.prepare(
      [
        ["init", "--patient", "Maria"] + (phone.map { ["--team-phone", $0] } ?? []),
        ["plan", "infusion", "2026-11-20"],
        ["advance", "leukapheresis", "--on", "2026-11-03"],
        ["advance", "manufacturing", "--on", "2026-11-03"],
      ], now: start)
    return cli
  }

  /// The alert block `log` printed: from the bar line to the blank line after it.
  static func blocks(_ out: String) -> [[String]] {
    var blocks: [[String]] = []
    for line in out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("!!!!!!!!") || line.hasPrefix("--------") {
        blocks.append([line])
      } else if !line.isEmpty, !blocks.isEmpty, !line.hasPrefix("Saved ") {
        blocks[blocks.count - 1].append(line)
      }
    }
    return blocks
  }

  @Test func aFeverTwoDaysAfterThePlannedInfusionIsUrgentThoughThePhaseSaysManufacturing() throws {
    let cli = try Self.lagging()
    defer { cli.cleanUp() }
    let out = try cli.ok(["log", "--temp", "38.6"])
    #expect(
      Self.blocks(out) == [
        [
          "!!!!!!!! !! URGENT !!!!!!!!",
          "Temperature of 38.0 °C (100.4 °F) or more.",
          "Seen: Temperature 38.6 °C at 09:00 on 2026-11-22 (Day +2).",
          "Call your CAR-T team now on \(Self.phone).",
          "If you cannot reach them now, call 112 or go to the nearest emergency department. "
            + "Say you had CAR-T cell therapy and show your wallet card.",
        ]
      ])
  }

  /// `nausea=3` meets an urgent and a call-today rule: one block, urgent, naming both.
  @Test func oneEntryOneAlertAtItsHighestLevelNamingEveryRule() throws {
    let cli = try Self.lagging()
    defer { cli.cleanUp() }
    let out = try cli.ok(["log", "--symptom", "nausea=3"])
    let blocks = Self.blocks(out)
    #expect(blocks.count == 1)
    #expect(blocks.first?.first == "!!!!!!!! !! URGENT !!!!!!!!")
    #expect(
      blocks.first?.dropFirst().first
        == "A severe symptom from the CAR-T warning list was logged. A severe symptom was logged.")
    #expect(!out.contains("CALL TODAY"))
    let status = try #require(try cli.json(["status", "--json"]) as? [String: Any])
    let alerts = try #require(status["alerts"] as? [[String: Any]])
    #expect(alerts.count == 1)
    #expect(
      alerts.first?["rules"] as? [String] == ["severe-medication-guide-symptom", "severe-symptom"])
    #expect((alerts.first?["emergency"] as? String)?.contains("call 112") == true)
  }

  /// Two entries of one command: the urgent one first; the call-today one says to mention it on
  /// that call, never "call today" beside "call now".
  @Test func aLesserAlertBesideAnUrgentOneSaysToMentionIt() throws {
    let cli = try Self.lagging()
    defer { cli.cleanUp() }
    let out = try cli.ok(["log", "--temp", "38.5", "--symptom", "rash=1"])
    let blocks = Self.blocks(out)
    #expect(
      blocks.map { $0.first ?? "" } == [
        "!!!!!!!! !! URGENT !!!!!!!!", "-------- ! CALL TODAY --------",
      ])
    #expect(
      blocks.last?.last
        == "Tell your CAR-T team about this too when you call them now on \(Self.phone).")
    #expect(!out.contains("Call your CAR-T team today"))
  }

  @Test func chestPainSaysCallTheEmergencyNumberFirst() throws {
    let cli = try Self.lagging()
    defer { cli.cleanUp() }
    let out = try cli.ok(["log", "--symptom", "chest-pain=1"])
    let block = try #require(Self.blocks(out).first)
    #expect(block.first == "!!!!!!!! !!! EMERGENCY !!!!!!!!")
    #expect(block.contains("Call 112 now, then your CAR-T team on \(Self.phone)."))
  }

  /// After `completed` or `withdrawn` (after the infusion) a fever and a seizure still alert,
  /// in `log` and in `status`.
  @Test(arguments: [["completed"], ["withdrawn", "--reason", "moved away"]])
  func anEndedJourneyStillAlerts(_ end: [String]) throws {
    let cli = try Self.lagging()
    defer { cli.cleanUp() }
    let before = "2026-11-21T09:00:00+01:00"
    if end.first == "completed" {
      for phase in ["lymphodepletion", "infusion", "hospital-stay", "post-discharge", "follow-up"] {
        try cli.ok(["advance", phase, "--on", "2026-11-20"], now: before)
      }
    }
    try cli.ok(["advance"] + end + ["--on", "2026-11-21"], now: before)
    #expect(try cli.ok(["log", "--temp", "39.2"]).contains("!! URGENT"))
    #expect(try cli.ok(["log", "--symptom", "seizure=1"]).contains("!!! EMERGENCY"))
    let status = try cli.ok(["status"])
    #expect(!status.contains("Alerts: none"))
    #expect(
      status.contains("!!! EMERGENCY: A seizure, a faint or a loss of consciousness was logged."))
    #expect(
      status.contains(
        "Tell your CAR-T team about this too when you call them now on \(Self.phone)."))
    #expect(status.contains("!! URGENT: Temperature of 38.0 °C (100.4 °F) or more."))
  }

  /// 37.95 °C is shown as 37.95 and judged below 38.0; in °F too.
  @Test func whatIsShownIsWhatIsJudged() throws {
    let cli = try Self.lagging()
    defer { cli.cleanUp() }
    let near = try cli.ok(["log", "--temp", "37.95"])
    #expect(near.contains("Temperature 37.95 °C"))
    #expect(Self.blocks(near).isEmpty)
    #expect(try cli.ok(["log", "--temp", "38.00"]).contains("!! URGENT"))
    try cli.ok(["settings", "--unit", "F"])
    let nearF = try cli.ok(["log", "--temp", "100.39F"])
    #expect(nearF.contains("Temperature 100.39 °F"))
    #expect(Self.blocks(nearF).isEmpty)
    #expect(try cli.ok(["log", "--temp", "100.4F"]).contains("Temperature 100.4 °F"))
    let refused = try cli.run(["log", "--temp", "37.955"])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("more than two decimals"))
  }

  @Test(arguments: [
    ("40", "!! URGENT", "Heart rate of 40 per minute or less."),
    ("45", "! CALL TODAY", "Heart rate of 41 to 50 per minute."),
    ("120", "! CALL TODAY", "Heart rate of 111 to 130 per minute."),
    ("160", "!! URGENT", "Heart rate of 131 per minute or more."),
    ("80", "", ""),
  ])
  func heartRateIsJudged(_ bpm: String, _ word: String, _ message: String) throws {
    let cli = try Self.lagging()
    defer { cli.cleanUp() }
    let blocks = Self.blocks(try cli.ok(["log", "--hr", bpm]))
    #expect(blocks.first?.first?.contains(word) ?? word.isEmpty)
    #expect(blocks.first?.dropFirst().first == (message.isEmpty ? nil : message))
  }

  @Test func visitPlateletsAndHaemoglobinAreJudged() throws {
    let cli = try Self.lagging()
    defer { cli.cleanUp() }
    let low = Self.blocks(
      try cli.ok(["visit", "--lab", "platelets=15", "--lab", "haemoglobin=7.5"]))
    #expect(low.count == 1)
    #expect(low.first?.first == "!!!!!!!! !! URGENT !!!!!!!!")
    #expect(
      low.first?.dropFirst().first
        == "Platelets below 20 x 10^9/L at a visit. Haemoglobin below 8 g/dL (80 g/L) at a visit.")
    let fine = Self.blocks(
      try cli.ok(["visit", "--lab", "platelets=150", "--lab", "haemoglobin=12"]))
    #expect(fine.isEmpty)
  }

  /// No team phone: a warning at set-up, in `status` (text and JSON) and in every urgent alert,
  /// until one is set; the emergency number is there all along.
  @Test func aJourneyWithoutATeamPhoneIsWarnedAboutUntilOneIsSet() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    let started = try cli.ok(["init", "--patient", "Maria", "--on", "2026-10-01"])
    #expect(started.contains("Warning: No CAR-T team phone number recorded"))
    try cli.ok(["plan", "infusion", "2026-11-20"])
    let alert = try #require(Self.blocks(try cli.ok(["log", "--temp", "38.4"])).first)
    #expect(alert.contains("Call your CAR-T team now (no team number is recorded)."))
    #expect(alert.last?.contains("call 112") == true)
    #expect(try cli.ok(["status"]).contains("Warning: No CAR-T team phone number recorded"))
    let json = try #require(try cli.json(["status", "--json"]) as? [String: Any])
    #expect((json["warnings"] as? [String])?.count == 1)
    #expect(json["emergencyNumber"] as? String == "112")
    try cli.ok(["settings", "--team-phone", Self.phone])
    #expect(!(try cli.ok(["status"])).contains("Warning"))
    let after = try #require(try cli.json(["status", "--json"]) as? [String: Any])
    #expect((after["warnings"] as? [String]) == [])
  }

  /// The emergency number by region from the protocol, or typed; refusals say why.
  @Test func theEmergencyNumberIsASetting() throws {
    let cli = try Self.lagging()
    defer { cli.cleanUp() }
    #expect(
      try cli.ok(["settings"]).contains(
        "Emergency number: 112 (the protocol's default, region EU; regions: EU 112, UK 999, US 911)"
      ))
    try cli.ok(["settings", "--country", "uk"])
    #expect(
      try cli.ok(["log", "--temp", "38.4"]).contains(
        "call 999 or go to the nearest emergency department"))
    try cli.ok(["settings", "--emergency-number", "911"])
    #expect(try cli.ok(["status"]).contains("Emergency number: 911"))
    for (arguments, reason) in [
      (
        ["--region", "Mars"],
        "--region Mars is not a region of this protocol (regions: EU 112, UK 999, US 911)"
      ),
      (["--emergency-number", "call me"], "--emergency-number call me is not a phone number"),
      (
        ["--region", "EU", "--emergency-number", "112"],
        "give --region or --emergency-number, not both"
      ),
    ] {
      let before = cli.snapshot()
      let result = try cli.run(["settings"] + arguments)
      #expect(result.status != 0)
      #expect(result.stderr.contains(reason), "\(result.stderr)")
      #expect(cli.snapshot() == before)
    }
  }

  /// Misspelt new symptom ids still suggest the right one.
  @Test(arguments: [
    ("slured-speech", "slurred-speech"), ("fianting", "fainting"), ("sorethroat", "sore-throat"),
  ])
  func misspellingsSuggest(_ typed: String, _ suggested: String) throws {
    let cli = try Self.lagging()
    defer { cli.cleanUp() }
    let result = try cli.run(["log", "--symptom", "\(typed)=1"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("Did you mean: \(suggested)"), "\(result.stderr)")
  }
}
