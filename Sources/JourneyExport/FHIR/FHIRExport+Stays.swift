import JourneyCore

extension FHIRExport {
  /// The phases that are procedures done to the patient.
  static let procedurePhases: [Phase: String] = [
    .leukapheresis: "Leukapheresis (collection of the patient's T cells)",
    .lymphodepletion: "Lymphodepleting chemotherapy",
    .infusion: "CAR-T cell infusion (Day 0)",
  ]

  /// An Encounter for each hospital stay and a Procedure for each procedure phase, in the order
  /// the journey went through them, then the ones struck out (`entered-in-error`); each with
  /// the Provenance of the line that entered the phase.
  ///
  /// A stay ends the day the next phase began (the discharge day); the current phase is
  /// `in-progress`. A procedure phase lasts until the day before the next one began (the
  /// lymphodepletion days up to Day 0), and at least its own day. A phase whose date was not
  /// entered (passed before the journey was recorded) has no period to give and is left out.
  func writeStays(_ w: inout JSONWriter) {
    let stays = input.journey.stays
    for (i, stay) in stays.enumerated() {
      guard let start = stay.start else { continue }
      let next = stays[(i + 1)...].lazy.compactMap(\.start).first
      let current = i == stays.count - 1
      var urls: [String] = []
      if stay.phase == .hospitalStay, overlaps(start, next) {
        let readmission = stays[..<i].contains { $0.phase == .hospitalStay }
        urls.append(
          encounter(
            &w, id: stay.eventID, status: current ? "in-progress" : "finished", start: start,
            end: next, reason: stay.reason, readmission: readmission))
      }
      if FHIRExport.procedurePhases[stay.phase] != nil {
        let end = next.map { max(start, $0.adding(days: -1)) }
        if overlaps(start, end) {
          urls.append(
            procedure(
              &w, stay.phase, id: stay.eventID, status: current ? "in-progress" : "completed",
              start: start, end: end, author: stay.author, notes: []))
        }
      }
      writeEventProvenance(&w, stay.eventID, targets: urls)
    }
    for event in input.journey.events {
      guard let fix = input.journey.struckOut[event.id],
        case .phaseEntered(let phase, let on?, let reason, _) = event.body,
        case .corrected(_, let why, _) = fix.body, overlaps(on, on)
      else { continue }
      var urls: [String] = []
      if phase == .hospitalStay {
        // R4's Encounter has no note: the status and the Provenance say it was struck out.
        urls.append(
          encounter(
            &w, id: event.id, status: "entered-in-error", start: on, end: nil, reason: reason,
            readmission: false))
      } else if FHIRExport.procedurePhases[phase] != nil {
        let note = FHIRExport.correctionNote(
          "Struck out", by: fix.author, on: fix.recordedAt.date, why)
        urls.append(
          procedure(
            &w, phase, id: event.id, status: "entered-in-error", start: on, end: nil,
            author: event.author, notes: [note]))
      }
      writeEventProvenance(&w, event.id, targets: urls)
      guard !urls.isEmpty else { continue }
      writeProvenance(
        &w, line: fix.id, hash: input.lineHashes[fix.id], recorded: fix.recordedAt,
        author: fix.author, targets: urls, activity: .nullify, revises: (event.id, urls))
    }
  }

  /// The Provenance of a journey event that gave `targets`, when it gave any.
  func writeEventProvenance(_ w: inout JSONWriter, _ id: String, targets: [String]) {
    guard !targets.isEmpty, let event = input.journey.events.first(where: { $0.id == id })
    else { return }
    writeProvenance(
      &w, line: id, hash: input.lineHashes[id], recorded: event.recordedAt, author: event.author,
      targets: targets, activity: .create)
  }

  /// True when the days `start`...`end` (open-ended without an end) meet `from`...`to`.
  func overlaps(_ start: LocalDate, _ end: LocalDate?) -> Bool {
    if let to = input.to, start > to { return false }
    if let from = input.from, let end, end < from { return false }
    return true
  }

  static func period(
    _ w: inout JSONWriter, _ key: StaticString, _ start: LocalDate, _ end: LocalDate?
  ) {
    w.object(key) { w in
      w.string("start", start.description)
      w.string("end", end?.description)
    }
  }

  func encounter(
    _ w: inout JSONWriter, id: String, status: String, start: LocalDate, end: LocalDate?,
    reason: String?, readmission: Bool
  ) -> String {
    resource(&w, "Encounter", id) { w in
      FHIRExport.identifier(&w, id)
      w.string("status", status)
      w.object("class") { w in
        w.string("system", System.actCode)
        w.string("code", "IMP")
        w.string("display", "inpatient encounter")
      }
      FHIRExport.textConcepts(&w, "type", "Hospital stay after CAR-T cell therapy")
      subject(&w)
      FHIRExport.period(&w, "period", start, end)
      FHIRExport.textConcepts(&w, "reasonCode", reason)
      if readmission {
        w.object("hospitalization") { w in
          w.object("reAdmission") { w in w.string("text", "Readmission") }
        }
      }
    }
  }

  func procedure(
    _ w: inout JSONWriter, _ phase: Phase, id: String, status: String, start: LocalDate,
    end: LocalDate?, author: Author, notes: [String]
  ) -> String {
    // No verified SNOMED CT code for these procedures: the phase in a local code system.
    let text = FHIRExport.procedurePhases[phase] ?? phase.title
    return resource(&w, "Procedure", id) { w in
      FHIRExport.identifier(&w, id)
      w.string("status", status)
      FHIRExport.concept(
        &w, "code", [Coding(System.phase, phase.rawValue, phase.title)], text: text)
      subject(&w)
      FHIRExport.period(&w, "performedPeriod", start, end)
      self.author(&w, "recorder", author)
      FHIRExport.notes(&w, notes)
    }
  }
}
