import Testing

@testable import JourneyCore

/// The date of birth, sex and identifiers as typed at `init`, in `settings` and on the Start
/// screen: each accepted form, and each refusal naming the accepted forms.
@Suite struct PatientDetailsTests {
  static let today = JourneyScript.date("2026-11-22")

  @Test(arguments: [
    ("1984-03-02", "1984-03-02"), ("1900-01-01", "1900-01-01"), ("2026-11-22", "2026-11-22"),
    (" 1984-03-02 ", "1984-03-02"),
  ])
  func dateOfBirthIsAcceptedFrom1900ToToday(typed: String, stored: String) throws {
    #expect(try PatientDetails.born(typed, today: Self.today) == JourneyScript.date(stored))
  }

  @Test(arguments: [
    ("2026-11-23", "--born 2026-11-23 is in the future"),
    ("2090-01-01", "--born 2090-01-01 is in the future"),
    ("1899-12-31", "--born 1899-12-31 is before 1900-01-01"),
    ("02.03.1984", "--born 02.03.1984 is not a date"),
    ("1984-02-30", "--born 1984-02-30 is not a date"),
  ])
  func dateOfBirthOutsideTheRangeIsRefusedWithTheAcceptedForm(typed: String, start: String) {
    #expect {
      _ = try PatientDetails.born(typed, today: Self.today)
    } throws: { error in
      (error as? PatientDetails.Error)?.message
        == start + ": give the date of birth as YYYY-MM-DD, from 1900-01-01 to 2026-11-22"
    }
  }

  @Test(arguments: [
    ("female", PatientSex.female), ("Male", .male), ("OTHER", .other), ("unknown", .unknown),
    ("F", .female), ("m", .male), ("o", .other), ("U", .unknown),
  ])
  func sexIsOneOfTheFourFHIRValues(typed: String, sex: PatientSex) throws {
    #expect(try PatientSex(parsing: typed) == sex)
  }

  @Test(arguments: ["woman", "x", "", "fe male", "intersex"])
  func anotherSexWordIsRefusedWithTheFour(typed: String) {
    #expect {
      _ = try PatientSex(parsing: typed)
    } throws: { error in
      (error as? PatientDetails.Error)?.message
        == "--sex \(typed) is not accepted: use female, male, other, unknown (or F, M, O, U)"
    }
  }

  @Test(arguments: [
    ("https://hospital.example.org/mrn|A12345", "https://hospital.example.org/mrn", "A12345"),
    ("urn:oid:1.2.3.4.5|000123", "urn:oid:1.2.3.4.5", "000123"),
    (
      " https://fhir.nhs.uk/Id/nhs-number | 943 476 5919 ", "https://fhir.nhs.uk/Id/nhs-number",
      "943 476 5919"
    ),
    ("urn:trial:x|a|b", "urn:trial:x", "a|b"),
  ])
  func identifierIsASystemAndAValue(typed: String, system: String, value: String) throws {
    #expect(
      try PatientIdentifier(parsing: typed) == PatientIdentifier(system: system, value: value))
  }

  @Test(arguments: [
    ("A12345", "--identifier A12345 has no system: "),
    ("|A12345", "--identifier |A12345 has no system before the |: "),
    (
      "hospital|A12345",
      "--identifier hospital|A12345: the system hospital is not a URI (scheme:rest, no spaces): "
    ),
    (
      "St Mary's:mrn|1",
      "--identifier St Mary's:mrn|1: the system St Mary's:mrn is not a URI (scheme:rest, no spaces): "
    ),
    ("urn:oid:1.2.3|", "--identifier urn:oid:1.2.3| has no number after the |: "),
  ])
  func identifierWithoutASystemIsRefusedWithTheForm(typed: String, start: String) {
    #expect {
      _ = try PatientIdentifier(parsing: typed)
    } throws: { error in
      (error as? PatientDetails.Error)?.message == start + PatientIdentifier.acceptedForm
    }
  }

  @Test func allAreCheckedBeforeAnyIsKept() throws {
    let details = try PatientDetails.parse(
      born: "1984-03-02", sex: "f",
      identifiers: ["https://hospital.example.org/mrn|A1", "urn:oid:1.2.3|T-7"], today: Self.today)
    #expect(
      details
        == PatientDetails(
          born: JourneyScript.date("1984-03-02"), sex: .female,
          identifiers: [
            PatientIdentifier(system: "https://hospital.example.org/mrn", value: "A1"),
            PatientIdentifier(system: "urn:oid:1.2.3", value: "T-7"),
          ]))
    #expect(throws: PatientDetails.Error.self) {
      try PatientDetails.parse(born: "1984-03-02", sex: "f", identifiers: ["A1"], today: Self.today)
    }
    #expect {
      try PatientDetails.parse(
        born: nil, sex: nil, identifiers: ["urn:x:y|1", "urn:x:y|1"], today: Self.today)
    } throws: { error in
      (error as? PatientDetails.Error)?.message
        == "--identifier urn:x:y|1 is given twice: give each number once"
    }
  }

  /// `settings` lays what it gives over what the journey has: the rest stays.
  @Test func settingsChangeOnlyWhatTheyGive() {
    let start = PatientDetails(
      born: JourneyScript.date("1984-03-02"), sex: .female,
      identifiers: [PatientIdentifier(system: "urn:x:a", value: "1")])
    let events = [
      JourneyEvent(
        id: "c", recordedAt: LineCodecTests.stamp, author: LineCodecTests.nurse,
        body: .created(
          patient: "M", protocolID: "cd19-sle", teamPhone: nil, temperatureUnit: .celsius,
          details: start)),
      JourneyEvent(
        id: "s1", recordedAt: LineCodecTests.stamp, author: LineCodecTests.nurse,
        body: .settings(
          teamPhone: nil, temperatureUnit: nil, details: PatientDetails(sex: .other))),
      JourneyEvent(
        id: "s2", recordedAt: LineCodecTests.stamp, author: LineCodecTests.nurse,
        body: .settings(
          teamPhone: "+1", temperatureUnit: nil,
          details: PatientDetails(identifiers: [PatientIdentifier(system: "urn:x:b", value: "2")]))),
    ]
    let journey = Journey(events: events)
    #expect(
      journey.patientDetails
        == PatientDetails(
          born: JourneyScript.date("1984-03-02"), sex: .other,
          identifiers: [PatientIdentifier(system: "urn:x:b", value: "2")]))
    #expect(Journey(events: Array(events.prefix(1))).patientDetails == start)
  }
}
