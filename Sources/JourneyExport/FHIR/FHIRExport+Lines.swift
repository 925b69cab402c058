import JourneyCore

extension FHIRExport {
  /// How a stored line stands after the corrections made to it.
  enum LineStatus {
    /// As written, never corrected.
    case final
    /// A correction's new values.
    case corrected
    /// Struck out or replaced by a later line: kept for the record, nothing to base care on.
    case enteredInError

    /// The Observation status (`final`, `corrected`, `entered-in-error`).
    var observation: String {
      switch self {
      case .final: "final"
      case .corrected: "corrected"
      case .enteredInError: "entered-in-error"
      }
    }

    /// The status of an event that happened (`completed`), as Communication and
    /// MedicationStatement have it.
    var event: String { self == .enteredInError ? "entered-in-error" : "completed" }
  }

  /// One stored line as its resources are written: the line (a correction's new values under
  /// the correcting line's id), how it stands, the notes that say so, and what it corrects.
  struct Line {
    var entry: Entry
    var status: LineStatus = .final
    var notes: [String] = []
    /// `urn:uuid:` of the resources a correction's new values replace.
    var derivedFrom: [String] = []

    var id: String { entry.id }
  }

  /// The resources of one stored line, then its Provenance.
  ///
  /// A strike-out writes no resource of its own: the line it strikes carries
  /// `entered-in-error` and the note, and the strike-out's Provenance (activity `NULLIFY`)
  /// names it. A replacement writes the new values with status `corrected`, `derivedFrom` the
  /// replaced resources, and a Provenance (activity `UPDATE`) with them as `revision`.
  ///
  /// `hash` is the stored line's SHA-256, empty when it is not known (then left out).
  ///
  /// Returns the `urn:uuid:`s of the resources written for a line a later line corrects (what
  /// that correction revises); nil for any other line.
  func writeLine(
    _ entry: Entry, hash: String, emitted: Emitted, into w: inout JSONWriter
  ) -> [String]? {
    let hash = hash.isEmpty ? nil : hash
    var line = Line(entry: entry)
    var body = entry.body
    var activity = Activity.create
    var revises: (line: String, urls: [String])?
    if case .correction(let target, let reason, let replacement) = entry.body {
      let old = emitted.corrected[target] ?? emitted.planURLs[target] ?? []
      revises = (target, old)
      guard let replacement else {
        if !old.isEmpty {
          writeProvenance(
            &w, line: entry.id, hash: hash, recorded: entry.recordedAt, author: entry.author,
            targets: old, activity: .nullify, revises: revises)
        }
        return nil
      }
      body = replacement
      line.status = .corrected
      line.derivedFrom = old
      line.notes.append(
        FHIRExport.correctionNote(
          "Correction of line \(target)", by: entry.author, on: entry.recordedAt.date, reason))
      activity = .update
    }
    let fix = survey.fixes.isEmpty ? nil : survey.fixes[entry.id]
    if let fix, case .correction(_, let reason, let replacement) = fix.body {
      line.status = .enteredInError
      let what = replacement == nil ? "Struck out" : "Replaced (line \(fix.id))"
      line.notes.append(
        FHIRExport.correctionNote(what, by: fix.author, on: fix.recordedAt.date, reason))
    }
    let urls: [String]
    if case .medicationChange = body {
      // The plan's statements were written first; this line is one of their sources.
      urls = emitted.planURLs[revises?.line ?? entry.id] ?? []
    } else {
      urls = resources(of: body, line, &w)
    }
    if !urls.isEmpty {
      writeProvenance(
        &w, line: entry.id, hash: hash, recorded: entry.recordedAt, author: entry.author,
        targets: urls, activity: activity, revises: revises)
    }
    return fix != nil ? urls : nil
  }

  /// Writes the resources one line's values give; returns their `urn:uuid:`s.
  func resources(of body: Entry.Body, _ line: Line, _ w: inout JSONWriter) -> [String] {
    switch body {
    case .temperature, .heartRate, .bloodPressure, .oxygenSaturation, .weight:
      return [vitalSign(body, line, &w)]
    case .symptom(let name, let severity):
      return [symptom(name, severity: severity, line, &w)]
    case .labs(let results):
      return results.map { lab($0, line, &w) }
    case .medication(let text):
      return [medicationTaken(text, line, &w)]
    case .note(let text):
      return [note(text, line, &w)]
    case .acknowledgement(let alert, let text):
      return [note("Alert \(alert) answered: \(text)", line, &w)]
    case .ice(let score):
      return [ice(score, line, &w)]
    case .homeNeuroCheck(let check):
      return [homeNeuroCheck(check, line, &w)]
    case .grading(let input, let result):
      return grading(input, result, line, &w)
    case .assessment(let sledai, let pga, let prednisolone, let immunosuppressants):
      return assessment(
        sledai: sledai, physicianGlobal: pga, prednisoloneMg: prednisolone,
        immunosuppressants: immunosuppressants, line, &w)
    case .medicationChange, .correction:
      return []
    }
  }

  /// A note as a `Communication` from its author about the patient.
  func note(_ text: String, _ line: Line, _ w: inout JSONWriter) -> String {
    resource(&w, "Communication", line.id) { w in
      FHIRExport.identifier(&w, line.id)
      w.string("status", line.status.event)
      w.array("category") { w in
        w.object { w in
          FHIRExport.concept(
            &w, [Coding(System.note, "journey-note", "Note in the patient's journey")],
            text: "Note")
        }
      }
      subject(&w)
      w.timestamp("sent", line.entry.observedAt)
      author(&w, "sender", line.entry.author)
      w.array("payload") { w in w.object { w in w.string("contentString", text) } }
      FHIRExport.notes(&w, line.notes)
    }
  }
}
