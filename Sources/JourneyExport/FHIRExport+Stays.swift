import JourneyCore

extension FHIRExport {
  /// The phases that are procedures done to the patient.
  static let procedurePhases: [Phase: String] = [
    .leukapheresis: "Leukapheresis (collection of the patient's T cells)",
    .lymphodepletion: "Lymphodepleting chemotherapy",
    .infusion: "CAR-T cell infusion (Day 0)",
  ]

  /// An Encounter for each hospital stay and a Procedure for each procedure phase, in the order
  /// the journey went through them, then the ones struck out (`entered-in-error`).
  ///
  /// A stay ends the day the next phase began (the discharge day); the current phase is
  /// `in-progress`. A procedure phase lasts until the day before the next one began (the
  /// lymphodepletion days up to Day 0), and at least its own day. A phase whose date was not
  /// entered (passed before the journey was recorded) has no period to give and is left out.
  func stayResources() -> [FHIRJSON] {
    let stays = input.journey.stays
    var result: [FHIRJSON] = []
    for (i, stay) in stays.enumerated() {
      guard let start = stay.start else { continue }
      let next = stays[(i + 1)...].lazy.compactMap(\.start).first
      let current = i == stays.count - 1
      if stay.phase == .hospitalStay, overlaps(start, next) {
        let readmission = stays[..<i].contains { $0.phase == .hospitalStay }
        result.append(
          encounter(
            id: stay.eventID, status: current ? "in-progress" : "finished", start: start,
            end: next, reason: stay.reason, readmission: readmission))
      }
      if FHIRExport.procedurePhases[stay.phase] != nil {
        let end = next.map { max(start, $0.adding(days: -1)) }
        if overlaps(start, end) {
          result.append(
            procedure(
              stay.phase, id: stay.eventID, status: current ? "in-progress" : "completed",
              start: start, end: end, notes: []))
        }
      }
    }
    for event in input.journey.events {
      guard let fix = input.journey.struckOut[event.id],
        case .phaseEntered(let phase, let on?, let reason, _) = event.body,
        case .corrected(_, let why, _) = fix.body, overlaps(on, on)
      else { continue }
      if phase == .hospitalStay {
        // R4's Encounter has no note: the status alone says it was struck out.
        result.append(
          encounter(
            id: event.id, status: "entered-in-error", start: on, end: nil, reason: reason,
            readmission: false))
      } else if FHIRExport.procedurePhases[phase] != nil {
        let note = FHIRExport.correctionNote(
          "Struck out", by: fix.author, on: fix.recordedAt.date, why)
        result.append(
          procedure(
            phase, id: event.id, status: "entered-in-error", start: on, end: nil, notes: [note]))
      }
    }
    return result
  }

  /// True when the days `start`...`end` (open-ended without an end) meet `from`...`to`.
  func overlaps(_ start: LocalDate, _ end: LocalDate?) -> Bool {
    if let to = input.to, start > to { return false }
    if let from = input.from, let end, end < from { return false }
    return true
  }

  static func period(_ start: LocalDate, _ end: LocalDate?) -> FHIRJSON {
    .members([("start", .string(start.description)), ("end", end.map { .string($0.description) })])
  }

  func encounter(
    id: String, status: String, start: LocalDate, end: LocalDate?, reason: String?,
    readmission: Bool
  ) -> FHIRJSON {
    return entry(
      "Encounter", id,
      [
        ("identifier", FHIRExport.identifier(id)),
        ("status", .string(status)),
        ("class", FHIRExport.coding(System.actCode, "IMP", "inpatient encounter")),
        ("type", .array([.members([("text", .string("Hospital stay after CAR-T cell therapy"))])])),
        ("subject", patientReference),
        ("period", FHIRExport.period(start, end)),
        ("reasonCode", reason.map { .array([.members([("text", .string($0))])]) }),
        (
          "hospitalization",
          readmission
            ? .members([("reAdmission", .members([("text", .string("Readmission"))]))]) : nil
        ),
      ])
  }

  func procedure(
    _ phase: Phase, id: String, status: String, start: LocalDate, end: LocalDate?, notes: [String]
  ) -> FHIRJSON {
    // No verified SNOMED CT code for these procedures: the phase in a local code system.
    let text = FHIRExport.procedurePhases[phase] ?? phase.title
    return entry(
      "Procedure", id,
      [
        ("identifier", FHIRExport.identifier(id)),
        ("status", .string(status)),
        (
          "code",
          FHIRExport.concept(
            [FHIRExport.coding(System.phase, phase.rawValue, phase.title)], text: text)
        ),
        ("subject", patientReference),
        ("performedPeriod", FHIRExport.period(start, end)),
        ("note", FHIRExport.notes(notes)),
      ])
  }
}
