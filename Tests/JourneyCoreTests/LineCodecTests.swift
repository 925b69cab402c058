import Testing

@testable import JourneyCore

@Suite struct LineCodecTests {
  static let stamp = Timestamp(
    date: JourneyScript.date("2026-11-22"), secondOfDay: 8 * 3600 + 15 * 60, utcOffset: 3600)
  static let nurse = Author(role: .nurse, name: "Ana \"Nurse\" Weber")

  @Test(arguments: [
    JourneyEvent.Body.created(
      patient: "Maria Ñoño 中文", protocolID: "cd19-sle", teamPhone: "+49 1",
      temperatureUnit: .fahrenheit),
    .created(patient: "M", protocolID: "p", teamPhone: nil, temperatureUnit: .celsius),
    .planned(phase: .infusion, date: JourneyScript.date("2026-12-01")),
    .phaseEntered(
      phase: .hospitalStay, on: JourneyScript.date("2026-11-22"), reason: "fever\nagain", note: "n"),
    .phaseEntered(
      phase: .manufacturing, on: JourneyScript.date("2026-11-22"), reason: nil, note: nil),
    .milestoneSigned(milestone: "visit-m6", on: JourneyScript.date("2026-11-20"), note: nil),
    .milestoneSigned(
      milestone: "cns-anticonvulsant-prophylaxis", on: JourneyScript.date("2026-11-20"),
      note: "no CNS lupus", notApplicable: true),
    .settings(teamPhone: nil, temperatureUnit: nil, emergencyNumber: "999"),
    .corrected(target: "abc", reason: "wrong day", on: JourneyScript.date("2026-11-19")),
    .corrected(target: "abc", reason: "by mistake", on: nil),
  ])
  func eventsRoundTrip(body: JourneyEvent.Body) throws {
    let event = JourneyEvent(id: "e1", recordedAt: Self.stamp, author: Self.nurse, body: body)
    let line = LineCodec.encode(event)
    #expect(!line.contains("\n"))
    // Version 2 for what an older reader would take wrongly: "not applicable" read as signed.
    let notApplicable = if case .milestoneSigned(_, _, _, true) = body { true } else { false }
    #expect(line.contains(notApplicable ? "\"v\":2" : "\"v\":1"))
    #expect(line.contains("\"ts\":\"2026-11-22T08:15:00+01:00\""))
    #expect(line.contains("\"type\":\"\(event.type)\""))
    #expect(try LineCodec.decodeEvent(line) == event)
  }

  static let details = PatientDetails(
    born: JourneyScript.date("1984-03-02"), sex: .female,
    identifiers: [
      PatientIdentifier(system: "https://hospital.example.org/mrn", value: "A12345"),
      PatientIdentifier(system: "urn:oid:1.2.3", value: "T \"7\""),
    ])

  /// The patient's details ride on `created` and `settings` lines, in version 2 (an older
  /// reader would drop them); a line without them stays as it was.
  @Test(arguments: [
    JourneyEvent.Body.created(
      patient: "Santos, Maria", protocolID: "cd19-sle", teamPhone: nil, temperatureUnit: .celsius,
      details: details),
    .settings(teamPhone: nil, temperatureUnit: nil, details: PatientDetails(sex: .unknown)),
    .settings(
      teamPhone: nil, temperatureUnit: nil,
      details: PatientDetails(born: JourneyScript.date("1950-01-31"))),
  ])
  func patientDetailsRoundTripInVersion2(body: JourneyEvent.Body) throws {
    let event = JourneyEvent(id: "e1", recordedAt: Self.stamp, author: Self.nurse, body: body)
    let line = LineCodec.encode(event)
    #expect(line.contains("\"v\":2"))
    #expect(try LineCodec.decodeEvent(line) == event)
    if case .created = body {
      #expect(line.contains(#""born":"1984-03-02""#))
      #expect(
        line.contains(
          #""identifiers":[{"system":"https://hospital.example.org/mrn","value":"A12345"}"#))
      #expect(line.contains(#""sex":"female""#))
    }
  }

  @Test(arguments: [
    (#""born":"1899-12-31""#, "a date of birth 1899-12-31, before 1900-01-01"),
    (
      #""identifiers":[{"system":"mrn","value":"1"}]"#,
      "identifier mrn|1: the system mrn is not a URI"
    ),
    (#""sex":"f""#, "field sex"),
  ])
  func patientDetailsThatCouldNotHaveBeenTypedAreReported(field: String, reason: String) {
    let line =
      #"{"v":2,"id":"c1","ts":"2026-11-22T08:15:00+01:00","by":{"role":"nurse","name":"A"},"#
      + #""type":"created","patient":"M","protocol":"cd19-sle",\#(field)}"#
    #expect {
      _ = try LineCodec.decodeEvent(line)
    } throws: { error in
      (error as? LineCodec.DecodingError)?.reason.contains(reason) == true
    }
  }

  @Test(arguments: [
    Entry.Body.temperature(celsius: 38.2, asTyped: "100.8F"),
    .symptom(name: "chills", severity: 4),
    .note(text: "line one\nline two \u{1b}[31m"),
    .heartRate(bpm: 88),
    .bloodPressure(systolic: 118, diastolic: 76),
    .oxygenSaturation(percent: 97),
    .weight(kilograms: 61.23, asTyped: "135lb"),
    .medication(text: "prednisone 5 mg"),
    .medicationChange(name: "Prednisone", dose: "10 mg/day", change: .start, reason: "flare"),
    .medicationChange(name: "prednisone", dose: "5 mg/day", change: .dose, reason: nil),
    .medicationChange(
      name: "mycophenolate", dose: nil, change: .stop, reason: "washout before leukapheresis"),
    .correction(
      target: "abc", reason: "wrong dose",
      replacement: .medicationChange(
        name: "ivig", dose: "0.4 g/kg", change: .start, reason: "IgG low")),
    .ice(
      ICEScore(
        orientation: 4, naming: 3, commands: 1, writing: 0, attention: 1, sentence: "The sun is out"
      )),
    .grading(
      GradingInput(
        temperature: 38.4, masked: false, hypotension: .vasopressor, oxygen: .lowFlow, ice: 6,
        consciousness: .voice), GradingResult(crs: 3, icans: 2, reasons: ["a", "b"])),
    .labs([
      LabResult(lab: "igg", value: 620, typedValue: 6.2, typedUnit: "g/L"),
      LabResult(lab: "neutrophils", value: 450, typedValue: 450, typedUnit: "/µL"),
    ]),
    .assessment(
      sledai: ["proteinuria", "low-complement"], physicianGlobal: 0.4, prednisoloneMg: 5,
      immunosuppressants: ["mycophenolate"]),
    .assessment(sledai: [], physicianGlobal: nil, prednisoloneMg: nil, immunosuppressants: []),
    .correction(
      target: "abc", reason: "wrong unit",
      replacement: .labs([
        LabResult(lab: "creatinine", value: 1.1, typedValue: 1.1, typedUnit: "mg/dL")
      ])),
    .correction(target: "abc", reason: "typo", replacement: nil),
    .correction(
      target: "abc", reason: "typo", replacement: .temperature(celsius: 37.8, asTyped: "37,8")),
    .correction(
      target: "abc", reason: "wrong arm", replacement: .bloodPressure(systolic: 120, diastolic: 80)),
  ])
  func entriesRoundTrip(body: Entry.Body) throws {
    let observed = Timestamp(
      date: JourneyScript.date("2026-11-21"), secondOfDay: 3600, utcOffset: 3600)
    let entry = Entry(
      id: "x1", recordedAt: Self.stamp, observedAt: observed, author: Self.nurse, body: body)
    let line = LineCodec.encode(entry)
    #expect(!line.contains("\n"))
    #expect(try LineCodec.decodeEntry(line) == entry)
  }

  @Test func aMedicationChangeLineHasItsOwnFields() throws {
    let entry = Entry(
      id: "m1", recordedAt: Self.stamp, observedAt: Self.stamp,
      author: Author(role: .patient, name: "P"),
      body: .medicationChange(name: "mycophenolate", dose: nil, change: .stop, reason: "washout"))
    #expect(
      LineCodec.encode(entry)
        == #"{"at":"2026-11-22T08:15:00+01:00","by":{"name":"P","role":"patient"},"change":"stop","changeReason":"washout","id":"m1","medicine":"mycophenolate","ts":"2026-11-22T08:15:00+01:00","type":"medication-change","v":1}"#
    )
    let unknown =
      #"{"at":"2026-11-22T08:15:00+01:00","by":{"name":"P","role":"patient"},"change":"pause","id":"m1","medicine":"x","ts":"2026-11-22T08:15:00+01:00","type":"medication-change","v":1}"#
    #expect(throws: LineCodec.DecodingError.self) { try LineCodec.decodeEntry(unknown) }
    let noName =
      #"{"by":{"name":"P","role":"patient"},"change":"stop","id":"m1","ts":"2026-11-22T08:15:00+01:00","type":"medication-change","v":1}"#
    #expect(throws: LineCodec.DecodingError.self) { try LineCodec.decodeEntry(noName) }
  }

  /// The home neuro check's line: its answers as words a person reads in the file, the
  /// sentence in `text`, the note in `note`; each answer required, each word checked.
  @Test func aHomeNeuroCheckLineHasItsOwnFields() throws {
    let check = HomeNeuroCheck(
      writing: .changed, sentence: "The sun is warm tday", objectsNamed: 2, date: .right,
      countBack: .wrong, note: "slower")
    let entry = Entry(
      id: "n1", recordedAt: Self.stamp, observedAt: Self.stamp,
      author: Author(role: .caregiver, name: "Tom"), body: .homeNeuroCheck(check))
    let line = LineCodec.encode(entry)
    #expect(
      line
        == #"{"at":"2026-11-22T08:15:00+01:00","by":{"name":"Tom","role":"caregiver"},"countBack":"wrong","dateSaid":"right","id":"n1","note":"slower","objects":2,"text":"The sun is warm tday","ts":"2026-11-22T08:15:00+01:00","type":"home-neuro-check","v":1,"writing":"changed"}"#
    )
    #expect(try LineCodec.decodeEntry(line) == entry)
    for (field, reason) in [
      (#","writing":"changed""#, "home-neuro-check line without writing"),
      (#""objects":2,"#, "home-neuro-check line without objects"),
      (#""dateSaid":"right","#, "home-neuro-check line without dateSaid"),
      (#""countBack":"wrong","#, "home-neuro-check line without countBack"),
    ] {
      let without = line.replacingOccurrences(of: field, with: "")
      #expect(without != line)
      #expect {
        try LineCodec.decodeEntry(without)
      } throws: { error in
        (error as? LineCodec.DecodingError)?.reason == reason
      }
    }
    let unknown = line.replacingOccurrences(of: #""writing":"changed""#, with: #""writing":"odd""#)
    #expect(throws: LineCodec.DecodingError.self) { try LineCodec.decodeEntry(unknown) }
  }

  @Test func theSameRecordGivesTheSameBytes() {
    let event = JourneyEvent(
      id: "e1", recordedAt: Self.stamp, author: Self.nurse,
      body: .planned(phase: .infusion, date: JourneyScript.date("2026-12-01")))
    #expect(
      LineCodec.encode(event)
        == #"{"by":{"name":"Ana \"Nurse\" Weber","role":"nurse"},"date":"2026-12-01","id":"e1","phase":"infusion","ts":"2026-11-22T08:15:00+01:00","type":"planned","v":1}"#
    )
  }

  @Test(arguments: [
    (
      #"{"v":3,"id":"a","ts":"2026-11-22T08:15:00+01:00","by":{"role":"nurse","name":"A"},"type":"planned"}"#,
      "newer CareJourney"
    ),
    (
      #"{"id":"a","ts":"2026-11-22T08:15:00+01:00","by":{"role":"nurse","name":"A"},"type":"planned"}"#,
      "no format version"
    ),
    (
      #"{"v":1,"id":"a","ts":"2026-11-22T08:15:00","by":{"role":"nurse","name":"A"},"type":"planned"}"#,
      "ts"
    ),
    (
      #"{"v":1,"id":"a","ts":"2026-11-22T08:15:00+01:00","by":{"role":"doctor","name":"A"},"type":"planned"}"#,
      "by"
    ),
    (
      #"{"v":1,"id":"a","ts":"2026-11-22T08:15:00+01:00","by":{"role":"nurse","name":"A"},"type":"planned","phase":"infusion"}"#,
      "without date"
    ),
    (
      #"{"v":1,"id":"a","ts":"2026-11-22T08:15:00+01:00","by":{"role":"nurse","name":"A"},"type":"teleport"}"#,
      "unknown journey event type"
    ),
    (
      #"{"v":1,"id":"a","ts":"2026-11-22T08:15:00+01:00","by":{"role":"nurse","name":"A"},"type":"planned","phase":"orbit","date":"2026-12-01"}"#,
      "phase"
    ),
    (#"{"v":"1"}"#, "wrong type"),
    (#"{"v":1,"#, "not valid JSON"),
    // A list is no line: said so, not "field  has the wrong type" with no field.
    (#"[1,2]"#, "not a JSON object"),
  ])
  func unreadableLinesSayWhy(line: String, fragment: String) {
    do {
      _ = try LineCodec.decodeEvent(line)
      Issue.record("decoded \(line)")
    } catch {
      #expect(error.reason.contains(fragment), "\(error.reason)")
    }
  }
}
