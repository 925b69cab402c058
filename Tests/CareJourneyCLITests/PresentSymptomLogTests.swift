import Foundation
import Testing

/// Symptoms with no PRO-CTCAE scale (`scale = "present"` in the protocol: fainting, seizure,
/// cold sores …) logged as happened, from `log` through the files to the timeline, the CSV and
/// FHIR, and the same emergency as before (issue #13).
@Suite struct PresentSymptomLogTests {
  struct Logged: CustomStringConvertible, Sendable {
    var typed: String
    var severity: Int
    var text: String
    var description: String { typed }
  }

  static let logged: [Logged] = [
    Logged(typed: "fainting", severity: 1, text: "Fainting or loss of consciousness: yes"),
    Logged(typed: "fainting=yes", severity: 1, text: "Fainting or loss of consciousness: yes"),
    Logged(typed: "passed-out", severity: 1, text: "Fainting or loss of consciousness: yes"),
    Logged(typed: "Cold sores = yes", severity: 1, text: "Cold sores or blisters on the lips: yes"),
    Logged(
      typed: "shingles", severity: 1,
      text: "Painful blistering rash on one side (shingles-like): yes"),
    Logged(typed: "chills=2", severity: 2, text: "Chills: moderate (2/4)"),
    Logged(
      typed: "bleeding=1", severity: 1,
      text:
        "Bleeding (gums, blood in urine, stool or vomit, a wound that keeps bleeding): mild (1/4)"),
  ]

  @Test(arguments: logged)
  func bothKindsAreLoggedAndShownInWords(_ c: Logged) throws {
    let cli = try DailyLogTests.started()
    defer { cli.cleanUp() }
    try cli.ok(["log", "--at", "2026-11-21T08:15", "--symptom", c.typed])
    let rows = try #require(
      try cli.json(["timeline", "--json", "--from", "2026-11-21"]) as? [[String: Any]])
    #expect(rows.count == 1)
    #expect(rows.first?["text"] as? String == c.text)
    #expect(rows.first?["severity"] as? Int == c.severity)
    let csv = try cli.ok(["timeline", "--csv", "--from", "2026-11-21"])
    #expect(csv.contains(",symptom,\(Self.csvCell(c.text)),,,\(c.severity),"), "\(csv)")
  }

  static func csvCell(_ text: String) -> String {
    text.contains(",") ? "\"\(text)\"" : text
  }

  struct Refused: CustomStringConvertible, Sendable {
    var typed: String
    var error: String
    var description: String { typed }
  }

  static let refused: [Refused] = [
    Refused(
      typed: "fainting=3",
      error:
        "Error: fainting is logged without a severity, only that it happened: write fainting "
        + "or fainting=yes, not \"fainting=3\""),
    Refused(
      typed: "passed-out=severe",
      error:
        "Error: passed-out is logged without a severity, only that it happened: write "
        + "passed-out or passed-out=yes, not \"passed-out=severe\""),
    Refused(
      typed: "chills=yes",
      error:
        "Error: severity \"yes\" for chills is not 0–4: use 0 none, 1 mild, 2 moderate, "
        + "3 severe, 4 very severe"),
    Refused(
      typed: "faintin",
      error:
        "Error: \"faintin\" is not a symptom in this protocol. Did you mean: fainting? The "
        + "protocol file lists them all"),
  ]

  @Test(arguments: refused)
  func aSeverityForASignThatOnlyHappensIsRefusedNamingTheForm(_ c: Refused) throws {
    let cli = try DailyLogTests.started()
    defer { cli.cleanUp() }
    let before = cli.snapshot()
    let result = try cli.run(["log", "--symptom", c.typed])
    #expect(result.status != 0)
    #expect(result.stderr.split(separator: "\n").first.map(String.init) == c.error)
    #expect(cli.snapshot() == before)
  }

  @Test func aFaintRaisesTheEmergencyAsBefore() throws {
    let cli = try DailyLogTests.started()
    defer { cli.cleanUp() }
    let out = try cli.ok(["log", "--symptom", "fainting"])
    #expect(
      out.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(
        separator: "\n")
          == """

          !!!!!!!! !!! EMERGENCY !!!!!!!!
          A seizure, a faint or a loss of consciousness was logged.
          Seen: Fainting or loss of consciousness: yes at 09:00 on 2026-11-22 (Day +2).
          Call 112 now, then your CAR-T team on +49 9131 85-33010.
          If you cannot call, go to the nearest emergency department. Say you had CAR-T cell \
          therapy and show your wallet card.

          """)
    let status = try #require(try cli.json(["status", "--json"]) as? [String: Any])
    let alerts = try #require(status["alerts"] as? [[String: Any]])
    #expect(alerts.map { $0["rule"] as? String } == ["seizure-or-fainting"])
    #expect(alerts.map { $0["level"] as? String } == ["emergency"])
  }

  @Test func fhirSaysItHappened() throws {
    let cli = try DailyLogTests.started()
    defer { cli.cleanUp() }
    try cli.ok(["log", "--at", "2026-11-21T08:15", "--symptom", "fainting"])
    try cli.ok(["log", "--at", "2026-11-21T08:16", "--symptom", "chills=2"])
    let text = try cli.ok(["export", "fhir", "--from", "2026-11-21", "--to", "2026-11-21"])
    #expect(text.contains("\"valueBoolean\":true"))
    #expect(text.components(separatedBy: "\"valueBoolean\"").count == 2)
    #expect(text.contains("\"text\":\"moderate\""))
  }
}
