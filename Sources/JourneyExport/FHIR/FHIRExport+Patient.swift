import JourneyCore

extension FHIRExport {
  /// The Patient and the Condition the protocol treats, from the journey's start (`created`)
  /// and its `settings`, with the Provenance of each line that gave them.
  func writePatient(_ w: inout JSONWriter) {
    let journey = input.journey
    let details = journey.patientDetails
    let name = PersonName(journey.patient ?? "")
    resource(&w, "Patient", journeyID) { w in
      w.array("identifier") { w in
        w.object { w in
          w.string("system", System.journey)
          w.string("value", journeyID)
        }
        for identifier in details.identifiers {
          w.object { w in
            w.string("use", "official")
            w.string("system", identifier.system)
            w.string("value", identifier.value)
          }
        }
      }
      if journey.patient != nil {
        w.array("name") { w in
          w.object { w in
            w.string("text", name.text)
            w.string("family", name.family)
            w.array("given", name.given) { w, given in w.string(given) }
          }
        }
      }
      w.string("gender", details.sex?.rawValue)
      w.string("birthDate", details.born?.description)
    }
    let condition = input.care.condition
    let created = journey.events.first { if case .created = $0.body { true } else { false } }
    let conditionURL = resource(&w, "Condition", journeyID) { w in
      FHIRExport.concept(
        &w, "code", condition.snomed.map { [Coding(System.snomed, $0, condition.label)] } ?? [],
        text: condition.label)
      subject(&w)
      if let created { author(&w, "recorder", created.author) }
      FHIRExport.notes(
        &w,
        [
          "The condition protocol \(input.care.id) treats (\(input.care.name)), recorded by "
            + "CareJourney from the protocol when the journey began; not a diagnosis made by it."
        ])
    }
    for event in journey.events {
      switch event.body {
      case .created:
        writeProvenance(
          &w, line: event.id, hash: input.lineHashes[event.id], recorded: event.recordedAt,
          author: event.author, targets: [patientURL, conditionURL], activity: .create)
      case .settings(_, _, _, let details, _, _) where !details.isEmpty:
        writeProvenance(
          &w, line: event.id, hash: input.lineHashes[event.id], recorded: event.recordedAt,
          author: event.author, targets: [patientURL], activity: .update)
      default:
        continue
      }
    }
  }

  /// The resource type an author is: the nurse a Practitioner, a caregiver a RelatedPerson;
  /// the patient is the Patient.
  static func authorType(_ author: Author) -> String {
    switch author.role {
    case .patient: "Patient"
    case .caregiver: "RelatedPerson"
    case .nurse: "Practitioner"
    }
  }

  /// A Practitioner for each nurse and a RelatedPerson for each caregiver who wrote a line.
  func writeAuthors(_ w: inout JSONWriter) {
    for author in survey.authors where author.role != .patient {
      resource(&w, FHIRExport.authorType(author), author.name) { w in
        if author.role == .caregiver {
          FHIRExport.reference(&w, "patient", patientURL)
          FHIRExport.textConcepts(&w, "relationship", "Caregiver")
        }
        w.array("name") { w in w.object { w in w.string("text", author.name) } }
        if author.role == .nurse {
          w.array("qualification") { w in
            w.object { w in FHIRExport.concept(&w, "code", [], text: "Nurse") }
          }
        }
      }
    }
  }
}
