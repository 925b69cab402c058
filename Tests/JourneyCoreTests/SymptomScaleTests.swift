import Testing

@testable import JourneyCore

/// Symptoms with no PRO-CTCAE scale (`scale = "present"`: a faint, a seizure) are logged as
/// happened, stored as severity 1 and shown in words; the others keep their 0–4 severity
/// (issue #13).
@Suite struct SymptomScaleTests {
  static let care = RedFlagsTests.care

  @Test func theShippedProtocolLogsTheseOnlyAsHappened() {
    #expect(
      Self.care.symptoms.filter { $0.scale == .present }.map(\.id)
        == [
          "cold-sores", "shingles-rash", "seizure", "vision-change", "slurred-speech", "fainting",
        ])
    #expect(Self.care.symptom(named: "bleeding")?.scale == .severity)
    #expect(Self.care.symptom(named: "chills")?.scale == .severity)
  }

  struct Parse: CustomTestStringConvertible, Sendable {
    var text: String
    var scale: SymptomDefinition.Scale
    var name: String
    var severity: Int
    var testDescription: String { "\(text) (\(scale.rawValue)) → \(name) \(severity)" }
  }

  static let parsed: [Parse] = [
    Parse(text: "fainting", scale: .present, name: "fainting", severity: 1),
    Parse(text: "fainting=yes", scale: .present, name: "fainting", severity: 1),
    Parse(text: "fainting = YES", scale: .present, name: "fainting", severity: 1),
    Parse(text: " passed-out ", scale: .present, name: "passed-out", severity: 1),
    Parse(text: "seizure=1", scale: .present, name: "seizure", severity: 1),
    Parse(text: "chills=2", scale: .severity, name: "chills", severity: 2),
    Parse(text: "chills=very severe", scale: .severity, name: "chills", severity: 4),
    Parse(text: "chills=0", scale: .severity, name: "chills", severity: 0),
  ]

  @Test(arguments: parsed)
  func bothKindsAreRead(_ c: Parse) throws {
    let read = try Reading.symptom(c.text, scale: c.scale)
    #expect(read.name == c.name)
    #expect(read.severity == c.severity)
  }

  struct Refused: CustomTestStringConvertible, Sendable {
    var text: String
    var scale: SymptomDefinition.Scale
    var message: String
    var testDescription: String { "\(text) (\(scale.rawValue))" }
  }

  static let refused: [Refused] = [
    Refused(
      text: "fainting=3", scale: .present,
      message:
        "fainting is logged without a severity, only that it happened: write fainting or "
        + "fainting=yes, not \"fainting=3\""),
    Refused(
      text: "seizure=severe", scale: .present,
      message:
        "seizure is logged without a severity, only that it happened: write seizure or "
        + "seizure=yes, not \"seizure=severe\""),
    Refused(
      text: "seizure=0", scale: .present,
      message:
        "seizure is logged without a severity, only that it happened: write seizure or "
        + "seizure=yes, not \"seizure=0\""),
    Refused(
      text: "fainting=", scale: .present,
      message:
        "fainting is logged without a severity, only that it happened: write fainting or "
        + "fainting=yes, not \"fainting=\""),
    Refused(
      text: "chills", scale: .severity,
      message:
        "symptom \"chills\" needs a severity: write NAME=SEVERITY, e.g. chills=2 (0 none, "
        + "1 mild, 2 moderate, 3 severe, 4 very severe)"),
    Refused(
      text: "chills=yes", scale: .severity,
      message:
        "severity \"yes\" for chills is not 0–4: use 0 none, 1 mild, 2 moderate, 3 severe, "
        + "4 very severe"),
  ]

  @Test(arguments: refused)
  func aSeverityWhereThereIsNoneAndNoneWhereOneIsNeededAreRefused(_ c: Refused) {
    #expect(throws: Reading.Error(message: c.message)) {
      try Reading.symptom(c.text, scale: c.scale)
    }
  }

  @Test func theWordForYesIsReadInTheLanguageBeingUsed() throws {
    let read = try Language.$current.withValue(.german) {
      try Reading.symptom("fainting=ja", scale: .present)
    }
    #expect(read.name == "fainting")
    #expect(read.severity == 1)
  }

  struct Shown: CustomTestStringConvertible, Sendable {
    var name: String
    var severity: Int
    var language: Language
    var text: String
    var testDescription: String { "\(name)=\(severity) in \(language.rawValue)" }
  }

  static let shown: [Shown] = [
    Shown(
      name: "fainting", severity: 1, language: .english,
      text: "Fainting or loss of consciousness: yes"),
    // A line written before the scale existed (`fainting=3`) still reads, in words.
    Shown(
      name: "fainting", severity: 3, language: .english,
      text: "Fainting or loss of consciousness: yes"),
    Shown(
      name: "fainting", severity: 0, language: .english,
      text: "Fainting or loss of consciousness: no"),
    Shown(name: "seizure", severity: 1, language: .german, text: "Krampfanfall: ja"),
    Shown(name: "cold-sores", severity: 1, language: .simplifiedChinese, text: "唇疱疹或嘴唇起水疱：是"),
    Shown(name: "slurred-speech", severity: 1, language: .spanish, text: "Habla arrastrada: sí"),
    Shown(name: "chills", severity: 2, language: .english, text: "Chills: moderate (2/4)"),
  ]

  @Test(arguments: shown)
  func theTimelineSaysItInWords(_ c: Shown) {
    let text = Language.$current.withValue(c.language) {
      Timeline.describe(
        .symptom(name: c.name, severity: c.severity), unit: .celsius, care: Self.care
      ).text
    }
    #expect(text == c.text)
  }

  /// The emergency a faint raised at any severity it is raises the same alert when the faint is
  /// logged as happened.
  @Test(arguments: ["fainting", "fainting=yes", "passed-out", "seizure"])
  func aSignLoggedAsHappenedRaisesTheSameEmergency(_ typed: String) throws {
    let read = try Reading.symptom(typed, scale: .present)
    let id = try #require(Self.care.symptom(named: read.name)).id
    let entry = RedFlagsTests.entry(
      .symptom(name: id, severity: read.severity), on: RedFlagsTests.day(8), minute: 14 * 60)
    let alerts = RedFlags.alerts(
      for: [entry], journey: RedFlagsTests.Shape.recorded.journey, protocol: Self.care)
    let label = Self.care.symptom(named: id)?.label ?? id
    #expect(alerts.count == 1)
    #expect(alerts.first?.rules.map(\.id) == ["seizure-or-fainting"])
    #expect(alerts.first?.level == .emergency)
    #expect(
      alerts.first?.line
        == "!!! EMERGENCY: A seizure, a faint or a loss of consciousness was logged. Seen: "
        + "\(label): yes at 14:00 on 2026-10-07 (Day +8). Call 112 now, then your CAR-T team on "
        + "+49 1. If you cannot call, go to the nearest emergency department. Say you had CAR-T "
        + "cell therapy and show your wallet card.")
  }

  static let fainting = Snippet.symptom(
    "id = \"fainting\"\nlabel = \"Fainting\"\ngroup = \"neurological\"\nscale = \"present\"")

  @Test(arguments: [(1, nil), (2, 2), (4, 4)] as [(Int, Int?)])
  func aRuleCannotAskASignLoggedAsHappenedForMoreThanYes(_ minimum: Int, _ refused: Int?) {
    let text = Snippet.protocolText(
      tables: Self.fainting
        + Snippet.redFlag(
          "id = \"faint\"\nlevel = \"emergency\"\nmessage = \"A faint.\"\n"
            + "symptoms = [\"chills\", \"fainting\"]\nmin-severity = \(minimum)"))
    let reason = refused.map {
      "min-severity \($0) can never be met by \"fainting\", which is logged only as happened "
        + "(scale = \"present\"); use min-severity = 1"
    }
    do {
      _ = try CareProtocol(toml: text, fileName: "test.toml")
      #expect(reason == nil)
    } catch {
      #expect(error.reason == reason)
      #expect(error.key == "min-severity")
    }
  }

  @Test func anUnknownScaleIsNamed() {
    let text = Snippet.protocolText(
      tables: Snippet.symptom(
        "id = \"fainting\"\nlabel = \"Fainting\"\ngroup = \"neurological\"\nscale = \"yes-no\""))
    do {
      _ = try CareProtocol(toml: text, fileName: "test.toml")
      Issue.record("an unknown scale was accepted")
    } catch {
      #expect(error.reason == "scale \"yes-no\" is not a scale (scales: 0-4, present)")
    }
  }
}
