import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

/// What a receiving clinic needs from the FHIR export (issue 18): who the patient is, the
/// disease, the medicines, how sick they were, the labs against their ranges, and who wrote
/// what, each value traceable to its stored line.
@Suite struct FHIRClinicContentTests {
  func bundle(_ export: DemoExport) throws -> FHIRBundle {
    try FHIRBundle(try FHIRExport.render(export.input))
  }

  static let born = LocalDate(year: 1991, month: 4, day: 17)!

  /// The demo started with the patient's details given as `init --born --sex --identifier`.
  static func withDetails(name: String = "Santos, Maria Clara") -> DemoExport {
    var export = DemoExport()
    let details = PatientDetails(
      born: born, sex: .female,
      identifiers: [
        PatientIdentifier(system: "https://hospital.example.org/mrn", value: "A12345"),
        PatientIdentifier(system: "urn:oid:2.16.840.1.113883.3.1", value: "TRIAL-007"),
      ])
    export.events[0] = DemoExport.event(
      export.events[0].id,
      .created(
        patient: name, protocolID: "cd19-sle", teamPhone: nil, temperatureUnit: .celsius,
        details: details), on: DemoExport.day(-75))
    return export
  }

  @Test func patientCarriesBirthDateSexIdentifiersAndAStructuredName() throws {
    let bundle = try bundle(FHIRClinicContentTests.withDetails())
    let patient = try #require(bundle.resources("Patient").first)
    #expect(patient.birthDate == "1991-04-17")
    #expect(patient.gender == "female")
    #expect(
      patient.identifier?.dropFirst().map { $0 }
        == [
          .init(system: "https://hospital.example.org/mrn", value: "A12345"),
          .init(system: "urn:oid:2.16.840.1.113883.3.1", value: "TRIAL-007"),
        ])
    #expect(
      patient.name
        == [.init(text: "Santos, Maria Clara", family: "Santos", given: ["Maria", "Clara"])])
  }

  /// `Maria da Silva Santos` is not split at a guess: a wrong family name would match the wrong
  /// patient.
  @Test(
    arguments: [
      ("Maria da Silva Santos", nil, nil), ("Santos, Maria", "Santos", ["Maria"]),
      ("Santos,", nil, nil), (", Maria", nil, nil), ("a, b, c", nil, nil),
    ] as [(String, String?, [String]?)])
  func nameIsStructuredOnlyWhenWrittenFamilyCommaGiven(
    typed: String, family: String?, given: [String]?
  ) throws {
    let bundle = try bundle(FHIRClinicContentTests.withDetails(name: typed))
    #expect(
      bundle.resources("Patient").first?.name == [.init(text: typed, family: family, given: given)])
  }

  @Test func sleIsAConditionCodedInSNOMEDCT() throws {
    let bundle = try bundle(DemoExport())
    let condition = try #require(bundle.resources("Condition").first)
    #expect(
      condition.code
        == .init(
          coding: [
            .init(
              system: "http://snomed.info/sct", code: "55464009",
              display: "Systemic lupus erythematosus")
          ], text: "Systemic lupus erythematosus"))
    #expect(condition.subject?.reference == bundle.entry.first?.fullUrl)
  }

  /// prednisolone started at 10 mg/day, lowered to 5, then stopped: two courses, the first
  /// ended by the dose change, the second by the stop; a medicine still taken is `active`.
  @Test func medicationPlanIsAStatementPerDoseFromStartToStop() throws {
    var export = DemoExport()
    export.entries = [
      DemoExport.entry(
        "m-1",
        .medicationChange(name: "Prednisolone", dose: "10 mg/day", change: .start, reason: "flare"),
        day: 1),
      DemoExport.entry(
        "m-2",
        .medicationChange(name: "prednisolone", dose: "5 mg/day", change: .dose, reason: nil),
        day: 8),
      DemoExport.entry(
        "m-3",
        .medicationChange(name: "prednisolone", dose: nil, change: .stop, reason: "taper done"),
        day: 20),
      DemoExport.entry(
        "m-4",
        .medicationChange(
          name: "Aciclovir", dose: "400 mg twice daily", change: .start, reason: nil), day: 2),
      DemoExport.entry("m-5", .medication(text: "paracetamol 1 g"), day: 3),
    ]
    let bundle = try bundle(export)
    let statements = bundle.resources("MedicationStatement")
    #expect(statements.map(\.lineID) == ["m-1", "m-4", "m-2", "m-5"])
    #expect(
      statements.map { $0.medicationCodeableConcept?.text } == [
        "Prednisolone", "Aciclovir", "Prednisolone", "paracetamol 1 g",
      ])
    #expect(statements.map(\.status) == ["completed", "active", "completed", "completed"])
    #expect(
      statements.map { $0.dosage?.first?.text } == [
        "10 mg/day", "400 mg twice daily", "5 mg/day", "paracetamol 1 g",
      ])
    #expect(
      statements.prefix(3).map(\.effectivePeriod) == [
        .init(start: DemoExport.day(1).description, end: DemoExport.day(8).description),
        .init(start: DemoExport.day(2).description, end: nil),
        .init(start: DemoExport.day(8).description, end: DemoExport.day(20).description),
      ])
    #expect(
      statements[2].note == [
        .init(text: "stop on \(DemoExport.day(20)) by Maria Santos (patient): taper done")
      ])
    // The stop line's Provenance names the course it ended.
    let stop = try #require(bundle.provenance(of: "m-3"))
    #expect(
      stop.target?.map(\.reference) == [
        bundle.entry.first { $0.resource.lineID == "m-2" }?.fullUrl ?? ""
      ])
  }

  @Test func iceScoreIsAnObservationWithItsItems() throws {
    var export = DemoExport()
    let score = ICEScore(
      orientation: 3, naming: 3, commands: 1, writing: 0, attention: 1, sentence: "The sun is warm")
    export.entries.append(
      Entry(
        id: "ice-x", recordedAt: DemoExport.at(2, hour: 15), observedAt: DemoExport.at(2, hour: 15),
        author: DemoJourney.nurse, body: .ice(score)))
    let ice = try #require(try bundle(export).resources(line: "ice-x").first)
    #expect(ice.code?.coding?.first?.code == "ice")
    #expect(ice.valueInteger == 8)
    #expect(ice.component?.map(\.valueInteger) == [3, 3, 1, 0, 1])
    #expect(ice.note == [.init(text: "Sentence written: The sun is warm")])
  }

  @Test func gradingGivesCRSAndICANSGradesWithTheFindingThatSetThem() throws {
    var export = DemoExport()
    let input = GradingInput(temperature: 38.9, hypotension: .fluids, oxygen: .none, ice: 6)
    let result = ASTCT.grade(input)
    export.entries.append(
      Entry(
        id: "g-x", recordedAt: DemoExport.at(2, hour: 15), observedAt: DemoExport.at(2, hour: 15),
        author: DemoJourney.nurse, body: .grading(input, result)))
    let bundle = try bundle(export)
    let grades = bundle.resources(line: "g-x")
    #expect(grades.map(\.lineID) == ["g-x/crs", "g-x/icans"])
    #expect(grades.map(\.valueInteger) == [result.crs, result.icans])
    #expect(result.crs == 2 && result.icans == 2)
    #expect(grades.allSatisfy { $0.note?.map(\.text) == result.reasons })
    #expect(grades[0].component?.first?.valueQuantity == FHIRBundle.ucumQuantity(38.9, "°C", "Cel"))
    #expect(grades[1].component?.first?.valueInteger == 6)
    let nurse = try #require(bundle.resources("Practitioner").first)
    #expect(grades.allSatisfy { $0.performer?.first?.reference == "urn:uuid:\(nurse.id)" })
  }

  @Test func aGradeASTCTDoesNotGiveHasNoValue() throws {
    var export = DemoExport()
    let masked = GradingInput(temperature: 37.2, masked: true)
    let result = ASTCT.grade(masked)
    try #require(result.crs == nil)
    export.entries.append(
      Entry(
        id: "g-m", recordedAt: DemoExport.at(2, hour: 15), observedAt: DemoExport.at(2, hour: 15),
        author: DemoJourney.nurse, body: .grading(masked, result)))
    let crs = try #require(try bundle(export).resources(line: "g-m").first)
    #expect(crs.valueInteger == nil)
    let text = try FHIRExport.render(export.input)
    #expect(text.contains("\"dataAbsentReason\""))
  }

  @Test(arguments: [
    (["arthritis"], 0.3, 5.0, [String](), 4, false),
    ([String](), 0.3, 5.0, ["mycophenolate"], 0, true),
    (["low-complement"], 0.3, 5.0, [String](), 2, true),
    ([String](), 0.5, 5.0, [String](), 0, false),
  ])
  func sledaiTotalAndDORISMetOrNot(
    descriptors: [String], pga: Double, prednisolone: Double, immunosuppressants: [String],
    total: Int, dorisMet: Bool
  ) throws {
    var export = DemoExport()
    export.entries.append(
      Entry(
        id: "a-x", recordedAt: DemoExport.at(90, hour: 10), observedAt: DemoExport.at(90, hour: 10),
        author: DemoJourney.nurse,
        body: .assessment(
          sledai: descriptors, physicianGlobal: pga, prednisoloneMg: prednisolone,
          immunosuppressants: immunosuppressants)))
    let bundle = try bundle(export)
    let parts = bundle.resources(line: "a-x")
    #expect(parts.map(\.lineID) == ["a-x/sledai-2k", "a-x/doris", "a-x/drug-free"])
    #expect(parts[0].valueInteger == total)
    #expect(parts[1].valueBoolean == dorisMet)
    #expect((parts[1].note ?? []).isEmpty == dorisMet)
    let sledaiURL = bundle.entry.first { $0.resource.lineID == "a-x/sledai-2k" }?.fullUrl
    #expect(parts[1].derivedFrom?.map(\.reference) == [sledaiURL].compactMap { $0 })
  }

  @Test func noteIsACommunicationFromItsAuthor() throws {
    var export = DemoExport()
    export.entries.append(
      Entry(
        id: "n-x", recordedAt: DemoExport.at(3, hour: 20), observedAt: DemoExport.at(3, hour: 20),
        author: DemoJourney.caregiver, body: .note(text: "Slept badly, a bit confused at 2 a.m.")))
    let bundle = try bundle(export)
    let note = try #require(bundle.resources(line: "n-x").first)
    #expect(note.resourceType == "Communication")
    #expect(note.status == "completed")
    #expect(note.payload == [.init(contentString: "Slept badly, a bit confused at 2 a.m.")])
    let caregiver = try #require(bundle.resources("RelatedPerson").first)
    #expect(
      note.sender == .init(reference: "urn:uuid:\(caregiver.id)", display: "Tom Santos (caregiver)")
    )
  }

  /// IgG 520 mg/dL is below the protocol's range, C3 92 inside it, creatinine high: H/L as
  /// the visit report shows them, with the range.
  @Test func labsCarryTheirReferenceRangeAndInterpretation() throws {
    var export = DemoExport()
    let results = try ["igg=5.2g/L", "c3=0.92g/L", "creatinine=3mg/dL"].map {
      try Reading.lab($0, care: DemoExport.care)
    }
    export.entries.append(DemoExport.entry("l-x", .labs(results)))
    let labs = try bundle(export).resources(line: "l-x")
    let care = DemoExport.care
    let expected: [String?] = results.map { result in
      switch care.lab(named: result.lab)?.status(of: result.value) {
      case .high: "H"
      case .low: "L"
      case .normal: "N"
      default: nil
      }
    }
    #expect(expected == ["L", "N", "H"])
    #expect(labs.map { $0.interpretation?.first?.coding?.first?.code } == expected)
    let igg = try #require(care.lab(named: "igg"))
    #expect(
      labs[0].referenceRange
        == [
          .init(
            low: igg.low.map { FHIRBundle.ucumQuantity($0, "mg/dL", "mg/dL") },
            high: igg.high.map { FHIRBundle.ucumQuantity($0, "mg/dL", "mg/dL") })
        ])
  }

  @Test func authorsArePerformersAndEveryLineHasAProvenance() throws {
    let export = DemoExport()
    let bundle = try bundle(export)
    let patientURL = try #require(bundle.entry.first?.fullUrl)
    let nurse = try #require(bundle.resources("Practitioner").first)
    let caregiver = try #require(bundle.resources("RelatedPerson").first)
    let urls = [
      "patient": patientURL, "nurse": "urn:uuid:\(nurse.id)",
      "caregiver": "urn:uuid:\(caregiver.id)",
    ]
    for entry in export.entries {
      guard case .temperature = entry.body else { continue }
      let observation = try #require(bundle.resources(line: entry.id).first)
      #expect(observation.performer?.first?.reference == urls[entry.author.role.rawValue])
      let provenance = try #require(bundle.provenance(of: entry.id))
      let url = bundle.entry.first { $0.resource.id == observation.id }?.fullUrl
      #expect(provenance.target?.map(\.reference) == [url].compactMap { $0 })
      #expect(provenance.recorded == entry.recordedAt.description)
      #expect(provenance.agent?.first?.who.reference == urls[entry.author.role.rawValue])
      #expect(provenance.activity?.coding?.first?.code == "CREATE")
    }
  }

  @Test func provenanceCarriesTheStoredLinesHashWhenGiven() throws {
    var export = DemoExport()
    export.entries = [DemoExport.entry("t-1", .temperature(celsius: 37.1, asTyped: "37.1"))]
    var input = export.input
    input.lineHashes = ["t-1": String(repeating: "ab", count: 32)]
    let bundle = try FHIRBundle(try FHIRExport.render(input))
    let source = try #require(bundle.provenance(of: "t-1")?.entity?.first)
    #expect(
      source.extension == [
        .init(url: "urn:carejourney:line-sha256", valueString: String(repeating: "ab", count: 32))
      ])
  }

  /// A replacement is `derivedFrom` what it replaces and its Provenance names the old value as
  /// `revision`; a strike-out's Provenance nullifies the struck value.
  @Test func correctionsLinkToWhatTheyCorrect() throws {
    var export = DemoExport()
    let at = DemoExport.at(41, hour: 9)
    export.entries += [
      DemoExport.entry("t-typo", .temperature(celsius: 38.7, asTyped: "38.7")),
      DemoExport.entry("t-wrong", .temperature(celsius: 39.9, asTyped: "39.9"), hour: 9),
      Entry(
        id: "fix-1", recordedAt: at, observedAt: DemoExport.at(40, hour: 8),
        author: DemoJourney.nurse,
        body: .correction(
          target: "t-typo", reason: "typo",
          replacement: .temperature(celsius: 37.8, asTyped: "37.8"))),
      Entry(
        id: "fix-2", recordedAt: at, observedAt: DemoExport.at(40, hour: 9),
        author: DemoJourney.nurse,
        body: .correction(target: "t-wrong", reason: "wrong patient", replacement: nil)),
    ]
    let bundle = try bundle(export)
    let url = { (line: String) in bundle.entry.first { $0.resource.lineID == line }?.fullUrl ?? "" }
    let replacement = try #require(bundle.resources(line: "fix-1").first)
    #expect(replacement.derivedFrom?.map(\.reference) == [url("t-typo")])
    let update = try #require(bundle.provenance(of: "fix-1"))
    #expect(update.activity?.coding?.first?.code == "UPDATE")
    #expect(update.target?.map(\.reference) == [url("fix-1")])
    #expect(
      update.entity?.filter { $0.role == "revision" }.map(\.what.reference) == [url("t-typo")])
    let strike = try #require(bundle.provenance(of: "fix-2"))
    #expect(strike.activity?.coding?.first?.code == "NULLIFY")
    #expect(strike.target?.map(\.reference) == [url("t-wrong")])
    #expect(bundle.resources(line: "t-wrong").first?.status == "entered-in-error")
    let result = try ExportValidator.check(try FHIRExport.render(export.input), as: "fhir")
    #expect(result.status == 0, "\(result.errors)")
  }
}
