import Testing

@testable import JourneyCore

/// Visit entries (labs, assessments) as stored lines and as timeline sentences.
struct VisitEntryTests {
  static let care = LabTests.care

  @Test(
    "a lab reads as typed, then in the protocol's unit, then against the range",
    arguments: [
      ("igg=6.2g/L", "IgG 6.2 g/L (620 mg/dL, low)"),
      ("igg=1000", "IgG 1000 mg/dL (in range)"),
      ("creatinine=97.24µmol/L", "Creatinine 97.24 µmol/L (1.1 mg/dL, in range)"),
      ("creatinine=1.3", "Creatinine 1.3 mg/dL (high)"),
      ("anti-dsdna=250", "Anti-dsDNA 250 IU/mL"),
    ])
  func labText(_ typed: String, _ text: String) throws {
    let result = try Reading.lab(typed, care: VisitEntryTests.care)
    #expect(Timeline.describe(result, care: VisitEntryTests.care) == text)
  }

  @Test("a labs entry is one timeline row listing every value")
  func labsRow() throws {
    let results = try ["igg=6.2g/L", "neutrophils=450"].map {
      try Reading.lab($0, care: VisitEntryTests.care)
    }
    let shown = Timeline.describe(.labs(results), unit: .celsius, care: VisitEntryTests.care)
    #expect(shown.kind == .labs)
    #expect(shown.text == "Labs: IgG 6.2 g/L (620 mg/dL, low), Neutrophils 450 /µL (low)")
  }

  @Test(
    "an assessment row gives SLEDAI-2K, clinical SLEDAI and DORIS with the reasons",
    arguments: [
      (
        ["proteinuria", "low-complement"], 1.0, 10.0, [String](),
        "SLEDAI-2K 6 (clinical 4) · DORIS not met: clinical SLEDAI 4 > 0; "
          + "physician global 1 is not below 0.5; prednisolone 10 mg/day > 5 mg/day"
      ),
      (
        ["low-complement", "increased-dna-binding"], 0.2, 5.0, ["hydroxychloroquine", "belimumab"],
        "SLEDAI-2K 4 (clinical 0) · DORIS met · drug-free remission not met: "
          + "prednisolone 5 mg/day (drug-free means none); on belimumab"
      ),
      ([], 0, 0, [], "SLEDAI-2K 0 (clinical 0) · DORIS met · drug-free remission met"),
    ])
  func assessmentText(
    _ sledai: [String], _ pga: Double, _ mg: Double, _ drugs: [String], _ text: String
  ) {
    let shown = Timeline.describe(
      .assessment(
        sledai: sledai, physicianGlobal: pga, prednisoloneMg: mg, immunosuppressants: drugs),
      unit: .celsius, care: VisitEntryTests.care)
    #expect(shown.kind == .assessment)
    #expect(shown.text == text)
  }

  @Test("an assessment line naming an unknown descriptor is refused, not misread")
  func unknownDescriptorLine() {
    let line =
      #"{"at":"2026-11-22T09:00:00+01:00","by":{"name":"A","role":"nurse"},"id":"a","#
      + #""sledai":["arthritus"],"ts":"2026-11-22T09:00:00+01:00","type":"assessment","v":1}"#
    #expect {
      try LineCodec.decodeEntry(line)
    } throws: { error in
      "\(error)".contains("arthritus")
    }
  }
}

/// Remission is judged at every visit: a visit's labs say so when no SLEDAI-2K was recorded that
/// day, so the timeline never leaves a visit without a word on remission.
struct RemissionAtEveryVisitTests {
  static let nurse = Author(role: .nurse, name: "Ana")

  static func entry(_ id: String, _ day: String, _ body: Entry.Body) -> Entry {
    let at = Timestamp(date: JourneyScript.date(day), secondOfDay: 10 * 3600, utcOffset: 3600)
    return Entry(id: id, recordedAt: at, observedAt: at, author: nurse, body: body)
  }

  static let labs = Entry.Body.labs([
    LabResult(lab: "igg", value: 900, typedValue: 900, typedUnit: "mg/dL")
  ])
  static let assessment = Entry.Body.assessment(
    sledai: [], physicianGlobal: 0.2, prednisoloneMg: 0, immunosuppressants: [])

  @Test(
    "labs say remission was not assessed unless a standing assessment is on the same day",
    arguments: [
      ("labs alone", [entry("l", "2026-11-19", labs)], true),
      (
        "assessment the same day",
        [entry("l", "2026-11-19", labs), entry("a", "2026-11-19", assessment)], false
      ),
      (
        "assessment another day",
        [entry("l", "2026-11-19", labs), entry("a", "2026-11-18", assessment)], true
      ),
      (
        "assessment struck out",
        [
          entry("l", "2026-11-19", labs), entry("a", "2026-11-19", assessment),
          entry(
            "c", "2026-11-19", .correction(target: "a", reason: "wrong patient", replacement: nil)),
        ], true
      ),
      (
        "assessment replaced",
        [
          entry("l", "2026-11-19", labs), entry("a", "2026-11-19", assessment),
          entry(
            "c", "2026-11-19", .correction(target: "a", reason: "typo", replacement: assessment)),
        ], false
      ),
    ])
  func notAssessedNote(_ name: String, _ entries: [Entry], noted: Bool) throws {
    let items = Timeline.items(
      journey: JourneyScript.at(.followUp).journey, entries: entries, protocol: VisitEntryTests.care
    )
    let labRow = try #require(items.first { $0.id == "l" })
    #expect(
      labRow.text == "Labs: IgG 900 mg/dL (in range)"
        + (noted ? " · " + Timeline.notAssessedText : ""))
  }
}
