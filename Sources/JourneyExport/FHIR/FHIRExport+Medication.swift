import JourneyCore

extension FHIRExport {
  /// A `MedicationStatement` for each course of the medication plan that meets the date range
  /// (`active` while taken, `completed` once its dose changed or it was stopped), the dose as
  /// written in `dosage.text`. Medicines are text as written: no verified RxNorm or ATC list is
  /// at hand, and a guessed code would be worse than none. Returns the statements each change
  /// line gave, for its Provenance.
  func writeMedicationPlan(_ w: inout JSONWriter) -> [String: [String]] {
    var urls: [String: [String]] = [:]
    for course in plan where overlaps(course.start, course.end) {
      let url = resource(&w, "MedicationStatement", course.lineID) { w in
        FHIRExport.identifier(&w, course.lineID)
        w.string("status", course.end == nil ? "active" : "completed")
        FHIRExport.concept(&w, "medicationCodeableConcept", [], text: course.name)
        subject(&w)
        w.object("effectivePeriod") { w in
          w.string("start", course.start.description)
          w.string("end", course.end?.description)
        }
        author(&w, "informationSource", course.author)
        FHIRExport.notes(&w, course.notes)
        dosage(&w, course.dose)
      }
      for line in course.lines { urls[line, default: []].append(url) }
    }
    return urls
  }

  /// A medicine logged as taken: a `MedicationStatement` of that moment, the text as written.
  func medicationTaken(_ text: String, _ line: Line, _ w: inout JSONWriter) -> String {
    resource(&w, "MedicationStatement", line.id) { w in
      FHIRExport.identifier(&w, line.id)
      w.string("status", line.status == .enteredInError ? "entered-in-error" : "completed")
      FHIRExport.concept(&w, "medicationCodeableConcept", [], text: text)
      subject(&w)
      w.timestamp("effectiveDateTime", line.entry.observedAt)
      w.timestamp("dateAsserted", line.entry.recordedAt)
      author(&w, "informationSource", line.entry.author)
      FHIRExport.references(&w, "derivedFrom", line.derivedFrom)
      FHIRExport.notes(&w, line.notes)
      dosage(&w, text)
    }
  }

  /// `"dosage": [{"text": …}]` when a dose was written.
  func dosage(_ w: inout JSONWriter, _ text: String?) {
    guard let text else { return }
    w.array("dosage") { w in w.object { w in w.string("text", text) } }
  }
}
