import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

@Suite struct FHIRExportTests {
  typealias Quantity = FHIRBundle.Quantity

  func bundle(_ export: DemoExport) throws -> FHIRBundle {
    try FHIRBundle(try FHIRExport.render(export.input))
  }

  /// The demo with one more entry, and the Observations made from it.
  func observations(of body: Entry.Body, id: String = "extra-1") throws -> [FHIRBundle.Resource] {
    var export = DemoExport()
    export.entries.append(DemoExport.entry(id, body))
    return try bundle(export).resources(line: id)
  }

  /// The Observations entries give: one a reading, symptom or ICE score, one a lab value, two
  /// a grading (CRS, ICANS), three an assessment (SLEDAI-2K, DORIS, drug-free remission).
  static func observationCount(_ entries: [Entry]) -> Int {
    entries.reduce(0) { count, entry in
      switch entry.body {
      case .temperature, .heartRate, .bloodPressure, .oxygenSaturation, .weight, .symptom, .ice:
        count + 1
      case .labs(let results): count + results.count
      case .grading: count + 2
      case .assessment: count + 3
      default: count
      }
    }
  }

  @Test func demoBundleHoldsThePatientStaysProceduresAndObservations() throws {
    let export = DemoExport()
    let bundle = try bundle(export)
    #expect(bundle.resourceType == "Bundle")
    #expect(bundle.type == "collection")
    let observations = FHIRExportTests.observationCount(export.entries)
    var notes = 0
    var taken = 0
    var lines = 0
    for entry in export.entries {
      lines += 1
      switch entry.body {
      case .note: notes += 1
      case .medication: taken += 1
      case .medicationChange, .correction: lines -= 1
      default: break
      }
    }
    let courses = MedicationCourse.courses(MedicationList.changes(in: export.entries))
    let changeLines = Set(courses.flatMap(\.lines)).count
    let types = Dictionary(grouping: bundle.resources, by: \.resourceType).mapValues(\.count)
    #expect(
      types == [
        "Patient": 1, "Condition": 1, "Practitioner": 1, "RelatedPerson": 1, "Encounter": 2,
        "Procedure": 3, "Observation": observations, "Communication": notes,
        "MedicationStatement": courses.count + taken,
        // The created line, five phases entered, and every entry line.
        "Provenance": 1 + 5 + lines + changeLines,
      ])
    #expect(bundle.resources.first?.resourceType == "Patient")
    #expect(bundle.resources("Patient").first?.name == [FHIRBundle.Name(text: "Maria Santos")])
    let patientURL = try #require(bundle.entry.first?.fullUrl)
    let withSubject = bundle.resources.filter { $0.subject != nil }
    // All but the Patient, the Practitioner, the RelatedPerson and the Provenances.
    #expect(withSubject.count == bundle.resources.count - 3 - types["Provenance", default: 0])
    #expect(withSubject.allSatisfy { $0.subject == FHIRBundle.Reference(reference: patientURL) })
    let categories = Dictionary(
      grouping: bundle.resources("Observation"), by: { $0.categoryCode ?? "" }
    )
    .mapValues(\.count)
    // Four visits: 12 labs at Day +30, 11 at Month 3, 8 at Day +135, 13 at Month 6.
    #expect(categories["laboratory"] == 44)
    #expect(bundle.resources("Observation").allSatisfy { $0.status == "final" })
    let effective = bundle.resources("Observation").compactMap(\.effectiveDateTime)
    #expect(effective.count == observations)
  }

  @Test(arguments: [
    (
      Entry.Body.temperature(celsius: 38.4, asTyped: "38.4"), "8310-5",
      Quantity?.some(FHIRBundle.ucumQuantity(38.4, "°C", "Cel"))
    ),
    (.heartRate(bpm: 92), "8867-4", FHIRBundle.ucumQuantity(92, "beats/minute", "/min")),
    (.oxygenSaturation(percent: 96), "2708-6", FHIRBundle.ucumQuantity(96, "%", "%")),
    (
      .weight(kilograms: 61.5, asTyped: "61.5"), "29463-7",
      FHIRBundle.ucumQuantity(61.5, "kg", "kg")
    ),
  ])
  func vitalSignHasItsLOINCCodeAndUCUMUnit(body: Entry.Body, loinc: String, value: Quantity?)
    throws
  {
    let observation = try #require(try observations(of: body).first)
    #expect(observation.loincCodes.first == loinc)
    #expect(observation.valueQuantity == value)
    #expect(
      observation.category == [
        .init(
          coding: [
            .init(
              system: "http://terminology.hl7.org/CodeSystem/observation-category",
              code: "vital-signs", display: "Vital Signs")
          ], text: nil)
      ])
    #expect(observation.effectiveDateTime == DemoExport.at(40, hour: 8).description)
    #expect(observation.note == nil)
  }

  @Test func oxygenSaturationAddsThePulseOximetryCode() throws {
    let observation = try #require(try observations(of: .oxygenSaturation(percent: 96)).first)
    #expect(observation.loincCodes == ["2708-6", "59408-5"])
  }

  @Test func bloodPressureIsAPanelWithSystolicAndDiastolic() throws {
    let observation = try #require(
      try observations(of: .bloodPressure(systolic: 118, diastolic: 76)).first)
    #expect(observation.loincCodes == ["85354-9"])
    #expect(observation.valueQuantity == nil)
    let components = try #require(observation.component)
    #expect(components.map { $0.code.coding?.first?.code } == ["8480-6", "8462-4"])
    #expect(
      components.map(\.valueQuantity) == [
        FHIRBundle.ucumQuantity(118, "mmHg", "mm[Hg]"),
        FHIRBundle.ucumQuantity(76, "mmHg", "mm[Hg]"),
      ])
  }

  @Test(arguments: [("100.8F", 38.2222), ("100.4 °F", 38.0), ("101", 38.3333)])
  func fahrenheitReadingIsExportedInCelsius(typed: String, celsius: Double) throws {
    let stored = try Reading.temperature(typed)
    let observation = try #require(
      try observations(of: .temperature(celsius: stored, asTyped: typed)).first)
    #expect(observation.valueQuantity == FHIRBundle.ucumQuantity(celsius, "°C", "Cel"))
    #expect(observation.note == [FHIRBundle.Note(text: "Typed as \(typed)")])
  }

  @Test func weightTypedInPoundsIsExportedInKilograms() throws {
    let kilograms = try Reading.weight("135lb")
    let observation = try #require(
      try observations(of: .weight(kilograms: kilograms, asTyped: "135lb")).first)
    #expect(observation.valueQuantity == FHIRBundle.ucumQuantity(61.23, "kg", "kg"))
    #expect(observation.note == [FHIRBundle.Note(text: "Typed as 135lb")])
  }

  @Test func symptomIsASurveyObservationWithItsSeverity() throws {
    let observation = try #require(
      try observations(of: .symptom(name: "chills", severity: 3)).first)
    #expect(observation.categoryCode == "survey")
    #expect(
      observation.code
        == .init(
          coding: [.init(system: "urn:carejourney:symptom", code: "chills", display: "Chills")],
          text: "Chills"))
    #expect(
      observation.valueCodeableConcept
        == .init(
          coding: [.init(system: "urn:carejourney:symptom-severity", code: "3", display: "severe")],
          text: "severe"))
  }

  /// The protocol's LOINC codes (clinical.md §10, [S] but two public sources agree) go first;
  /// the protocol's own lab id follows, so nothing is lost where a centre leaves a code out.
  @Test func labsUseTheProtocolsLOINC() throws {
    let results = try ["creatinine=97µmol/L", "c3=0.92g/L", "igg=5.2g/L", "neutrophils=450"].map {
      try Reading.lab($0, care: DemoExport.care)
    }
    let observations = try observations(of: .labs(results))
    try #require(observations.count == 4)
    #expect(
      observations.map(\.lineID) == [
        "extra-1/creatinine", "extra-1/c3", "extra-1/igg", "extra-1/neutrophils",
      ])
    #expect(observations.map(\.loincCodes) == [["2160-0"], ["4485-9"], ["2465-3"], ["751-8"]])
    #expect(observations.allSatisfy { $0.categoryCode == "laboratory" })
    #expect(observations.map { $0.code?.text } == ["Creatinine", "C3", "IgG", "Neutrophils"])
    #expect(
      observations[1].code?.coding == [
        .init(system: "http://loinc.org", code: "4485-9", display: nil),
        .init(system: "urn:carejourney:lab", code: "c3", display: "C3"),
      ])
    #expect(
      observations.map(\.valueQuantity) == [
        FHIRBundle.ucumQuantity(1.097285, "mg/dL", "mg/dL"),
        FHIRBundle.ucumQuantity(92, "mg/dL", "mg/dL"),
        FHIRBundle.ucumQuantity(520, "mg/dL", "mg/dL"),
        FHIRBundle.ucumQuantity(450, "/µL", "/uL"),
      ])
  }

  @Test func eachHospitalStayIsAnEncounterIncludingTheReadmission() throws {
    let encounters = try bundle(DemoExport()).resources("Encounter")
    #expect(
      encounters.map(\.period) == [
        .init(start: DemoExport.day(0).description, end: DemoExport.day(10).description),
        .init(start: DemoExport.day(16).description, end: DemoExport.day(19).description),
      ])
    #expect(encounters.map(\.status) == ["finished", "finished"])
    #expect(
      encounters.allSatisfy {
        $0.class
          == .init(
            system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "IMP",
            display: "inpatient encounter")
      })
    #expect(encounters.map { $0.hospitalization?.reAdmission?.text } == [nil, "Readmission"])
    #expect(
      encounters.map { $0.reasonCode?.first?.text }
        == [nil, "Fever 38.6 °C at home on Day +16; admitted for observation"])
  }

  @Test func currentHospitalStayIsInProgress() throws {
    var export = DemoExport()
    export.events.append(
      DemoExport.event(
        "readmit-2",
        .phaseEntered(phase: .hospitalStay, on: DemoExport.today, reason: "Fever", note: nil),
        on: DemoExport.today))
    let last = try #require(try bundle(export).resources("Encounter").last)
    #expect(last.status == "in-progress")
    #expect(last.period == .init(start: DemoExport.today.description, end: nil))
    #expect(last.hospitalization?.reAdmission?.text == "Readmission")
  }

  @Test func phasesAreProcedures() throws {
    let procedures = try bundle(DemoExport()).resources("Procedure")
    #expect(
      procedures.map { $0.code?.coding?.first?.code } == [
        "leukapheresis", "lymphodepletion", "infusion",
      ])
    #expect(
      procedures.map(\.performedPeriod) == [
        .init(start: DemoExport.day(-52).description, end: DemoExport.day(-52).description),
        .init(start: DemoExport.day(-5).description, end: DemoExport.day(-1).description),
        .init(start: DemoExport.day(0).description, end: DemoExport.day(0).description),
      ])
    #expect(procedures.allSatisfy { $0.status == "completed" })
  }

  @Test func struckOutAndReplacedEntriesStayMarked() throws {
    var export = DemoExport()
    let correctedAt = DemoExport.at(41, hour: 9)
    export.entries += [
      DemoExport.entry("t-wrong", .temperature(celsius: 39.9, asTyped: "39.9"), day: 40),
      DemoExport.entry("t-typo", .temperature(celsius: 38.7, asTyped: "38.7"), day: 40, hour: 9),
      Entry(
        id: "fix-1", recordedAt: correctedAt, observedAt: DemoExport.at(40, hour: 8),
        author: DemoJourney.nurse,
        body: .correction(target: "t-wrong", reason: "wrong patient", replacement: nil)),
      Entry(
        id: "fix-2", recordedAt: correctedAt, observedAt: DemoExport.at(40, hour: 9),
        author: DemoJourney.patient,
        body: .correction(
          target: "t-typo", reason: "typed 38.7 for 37.8",
          replacement: .temperature(celsius: 37.8, asTyped: "37.8"))),
    ]
    let bundle = try bundle(export)
    let statuses = ["t-wrong", "t-typo", "fix-1", "fix-2"].map { line in
      bundle.resources(line: line).map { $0.status ?? "" }
    }
    #expect(statuses == [["entered-in-error"], ["entered-in-error"], [], ["corrected"]])
    #expect(
      bundle.resources(line: "t-wrong").first?.note
        == [.init(text: "Struck out by Ana Weber (nurse) on \(correctedAt.date): wrong patient")])
    #expect(
      bundle.resources(line: "t-typo").first?.note
        == [
          .init(
            text: "Replaced (line fix-2) by Maria Santos (patient) on \(correctedAt.date): "
              + "typed 38.7 for 37.8")
        ])
    let replacement = try #require(bundle.resources(line: "fix-2").first)
    #expect(replacement.valueQuantity == FHIRBundle.ucumQuantity(37.8, "°C", "Cel"))
    #expect(
      replacement.note
        == [
          .init(
            text: "Correction of line t-typo by Maria Santos (patient) on \(correctedAt.date): "
              + "typed 38.7 for 37.8")
        ])
    #expect(replacement.effectiveDateTime == DemoExport.at(40, hour: 9).description)
  }

  @Test func struckOutStayIsAnEncounterEnteredInError() throws {
    var export = DemoExport()
    let stay = DemoExport.event(
      "stay-x", .phaseEntered(phase: .hospitalStay, on: DemoExport.today, reason: nil, note: nil),
      on: DemoExport.today)
    let strike = DemoExport.event(
      "strike-x", .corrected(target: "stay-x", reason: "wrong journey", on: nil),
      on: DemoExport.today)
    export.events += [stay, strike]
    let encounters = try bundle(export).resources("Encounter")
    #expect(encounters.map(\.status) == ["finished", "finished", "entered-in-error"])
    #expect(encounters.last?.lineID == "stay-x")
  }

  @Test func struckOutProcedureIsEnteredInErrorWithItsNote() throws {
    var export = DemoExport()
    let day = DemoExport.day(-52)
    export.events = [
      DemoExport.demo.events[0],
      DemoExport.event(
        "lk-1", .phaseEntered(phase: .leukapheresis, on: day, reason: nil, note: nil), on: day),
      DemoExport.event(
        "x-1", .corrected(target: "lk-1", reason: "entered twice", on: nil), on: day),
      DemoExport.event(
        "lk-2",
        .phaseEntered(phase: .leukapheresis, on: day.adding(days: 2), reason: nil, note: nil),
        on: day.adding(days: 2)),
    ]
    export.entries = []
    let procedures = try bundle(export).resources("Procedure")
    #expect(procedures.map(\.lineID) == ["lk-2", "lk-1"])
    #expect(procedures.map(\.status) == ["in-progress", "entered-in-error"])
    #expect(
      procedures[0].performedPeriod == .init(start: day.adding(days: 2).description, end: nil))
    #expect(
      procedures[1].note == [
        .init(text: "Struck out by Ana Weber (nurse) on \(day): entered twice")
      ])
  }

  @Test func idsAreNameBasedUUIDsOfTheLineIDs() throws {
    let bundle = try bundle(DemoExport())
    let pattern = /[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/
    #expect(bundle.entry.allSatisfy { $0.resource.id.wholeMatch(of: pattern) != nil })
    #expect(bundle.entry.allSatisfy { $0.fullUrl == "urn:uuid:\($0.resource.id)" })
    #expect(Set(bundle.entry.map(\.fullUrl)).count == bundle.entry.count)
    // The same line keeps its id when the rest of the data changes.
    var fewer = DemoExport()
    fewer.entries.removeFirst(20)
    let before = Dictionary(
      uniqueKeysWithValues: bundle.resources.compactMap { r in r.lineID.map { ($0, r.id) } })
    let after = try self.bundle(fewer).resources.compactMap { r in r.lineID.map { ($0, r.id) } }
    #expect(!after.isEmpty)
    #expect(after.allSatisfy { before[$0.0] == $0.1 })
  }

  @Test func secondExportIsByteIdentical() throws {
    let first = try FHIRExport.render(DemoExport().input)
    var later = DemoExport()
    later.now = Timestamp(date: DemoExport.today, secondOfDay: 20 * 3600, utcOffset: 3600)
    #expect(try FHIRExport.render(DemoExport().input) == first)
    #expect(try FHIRExport.render(later.input) == first)
    #expect(first.hasPrefix("{\"resourceType\":\"Bundle\",\"id\":"))
    #expect(first.hasSuffix("}\n"))
  }

  @Test func fromAndToKeepWhatHappenedInTheRange() throws {
    var export = DemoExport()
    export.from = DemoExport.day(3)
    export.to = DemoExport.day(6)
    let bundle = try bundle(export)
    let days = Set(
      bundle.resources("Observation").compactMap {
        $0.effectiveDateTime.map { String($0.prefix(10)) }
      })
    #expect(days == Set((3...6).map { DemoExport.day($0).description }))
    let inRange = export.entries.filter { (export.from!...export.to!).contains($0.observedAt.date) }
    #expect(bundle.resources("Observation").count == FHIRExportTests.observationCount(inRange))
    #expect(bundle.resources("Observation").count > 4 * 3 + 5 + 1)
    let firstStay = export.input.journey.stays.first { $0.phase == .hospitalStay }?.eventID
    #expect(bundle.resources("Encounter").map(\.lineID) == [firstStay])
    #expect(bundle.resources("Procedure").isEmpty)
    #expect(bundle.resources("Patient").count == 1)
    #expect(bundle.id != (try self.bundle(DemoExport()).id))
  }

  @Test func hostileTextStaysValidJSONAndHarmlessToPrint() throws {
    var export = DemoExport()
    let name = "Eve \"the\" \\ \n\u{1B}[2J \u{202E}txt.exe"
    export.events[0] = DemoExport.event(
      export.events[0].id,
      .created(patient: name, protocolID: "cd19-sle", teamPhone: nil, temperatureUnit: .celsius),
      on: DemoExport.day(-75))
    let text = try FHIRExport.render(export.input)
    #expect(try FHIRBundle(text).resources("Patient").first?.name == [.init(text: name)])
    #expect(text.contains("\\u202E") || text.contains("\\u202e"))
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
  }

  /// A piece of output made from its ASCII runs and the characters between them is the text
  /// its bytes hold, wherever the runs start and end.
  @Test(arguments: [
    "", "plain", "°C", "37.5 °C", "µL°", String(repeating: "a", count: 17) + "é" + "ü" + "x",
    "🙂 and 😀" + String(repeating: "b", count: 9), String(repeating: "°", count: 9),
  ])
  func piecesAreTheTextTheirBytesHold(text: String) {
    var text = text
    #expect(text.withUTF8 { JSONWriter.text($0) } == text)
  }

  /// The check eight bytes at a time finds a byte to escape wherever it stands, and passes
  /// every printable ASCII character but the quote and the backslash.
  @Test(arguments: [0x00, 0x0A, 0x1F, 0x22, 0x5C, 0x7F, 0x80, 0xC2, 0xFF] as [UInt8])
  func aByteToEscapeIsFoundAnywhere(byte: UInt8) {
    for length in 1...24 {
      for place in 0..<length {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
        bytes[place] = byte
        #expect(bytes.withUnsafeBufferPointer(JSONWriter.mayNeedEscaping), "\(length) \(place)")
      }
    }
    let plain = (0x20...0x7E).map(UInt8.init).filter { $0 != 0x22 && $0 != 0x5C }
    for start in 0..<8 {
      #expect(!Array(plain.dropFirst(start)).withUnsafeBufferPointer(JSONWriter.mayNeedEscaping))
    }
  }

  /// A decimal as text (``JSONWriter/decimal(_:)``) and as the writer puts it in place, the
  /// same either way.
  @Test(arguments: [
    (38.22, "38.22"), (92.00000000000001, "92"), (0.25, "0.25"), (1.097285, "1.097285"),
    (-0.5, "-0.5"), (0, "0"), (2100, "2100"), (0.000_000_1, "0"), (0.0005, "0.0005"),
    (-0.000_000_1, "0"), (36.999_999_9, "37"), (1_000_000.000_001, "1000000.000001"),
    (1e17, "1e+17"), (.infinity, "inf"),
  ])
  func decimalsAreWrittenPlainly(value: Double, text: String) throws {
    #expect(JSONWriter.decimal(value) == text)
    var written = ""
    var w = JSONWriter { written += $0 }
    w.object { w in w.decimal("value", value) }
    try w.flush()
    #expect(written == "{\"value\":\(text)}")
  }
}
