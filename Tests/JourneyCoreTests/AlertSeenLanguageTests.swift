import Testing

@testable import JourneyCore

/// What an alert saw reads in each block's language: the patient's block in German, the care
/// team's below it in English, numbers, dates and day labels included.
@Suite struct AlertSeenLanguageTests {
  static let languages = AlertLanguages(patient: .german, team: .english)

  /// Judged in German, as a run with `--lang de` judges: the alert's third line in each block.
  static func seenLines(_ entry: Entry) -> [String] {
    let alerts = Language.$current.withValue(.german) {
      RedFlags.alerts(
        for: [entry], journey: RedFlagsTests.Shape.recorded.journey, protocol: RedFlagsTests.care)
    }
    return alerts.first.map { $0.speaking(languages).blocks().map { $0[2] } } ?? []
  }

  @Test(arguments: [
    (
      Entry.Body.temperature(celsius: 38.4, asTyped: "38,4"),
      [
        "Beobachtet: Temperatur 38,4 °C um 10:00 am 01.10.2026 (Tag +2).",
        "Seen: Temperature 38.4 °C at 10:00 on 2026-10-01 (Day +2).",
      ]
    ),
    (
      .labs([LabResult(lab: "platelets", value: 18, typedValue: 18, typedUnit: "10*9/L")]),
      [
        "Beobachtet: Thrombozyten 18 10^9/L um 10:00 am 01.10.2026 (Tag +2).",
        "Seen: Platelets 18 10^9/L at 10:00 on 2026-10-01 (Day +2).",
      ]
    ),
  ])
  func eachBlockSaysWhatWasSeenInItsLanguage(body: Entry.Body, expected: [String]) {
    #expect(Self.seenLines(RedFlagsTests.entry(body, on: RedFlagsTests.day(2))) == expected)
  }

  /// A temperature missing by the evening, judged in German, read by an English team.
  @Test func aMissingReadingIsSaidInBothLanguages() {
    let now = Timestamp(
      date: JourneyScript.date(RedFlagsTests.day(2)), secondOfDay: 21 * 3600, utcOffset: 3600)
    let alerts = Language.$current.withValue(.german) {
      RedFlags.missing(
        journey: RedFlagsTests.Shape.recorded.journey, entries: [], protocol: RedFlagsTests.care,
        now: now)
    }
    #expect(
      alerts.map { $0.speaking(Self.languages).blocks().map { $0[2] } } == [
        [
          "Beobachtet: heute (01.10.2026, Tag +2) bis 20:00 keine Temperatur eingetragen.",
          "Seen: no temperature logged today (2026-10-01, Day +2) by 20:00.",
        ]
      ])
  }

  /// An alert made from its text alone has only that text, in every block.
  @Test func textAloneStaysAsGiven() {
    let rule = RedFlagsTests.care.redFlags[0]
    let alert = Alert(
      rule: rule, entryID: "x",
      at: RedFlagsTests.entry(.note(text: "n"), on: "2026-10-01")
        .observedAt, seen: "Temperatur 38,4 °C",
      contact: CareContact(teamPhone: "1", emergencyNumber: "112"))
    #expect(alert.seen(in: .english) == "Temperatur 38,4 °C")
  }
}
