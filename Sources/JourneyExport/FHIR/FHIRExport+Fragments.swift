import JourneyCore

extension FHIRExport {
  /// What every resource of a kind repeats, written once and copied (``JSONWriter/Fragment``):
  /// ten years give 40,000 Observations and as many Provenances, each naming the patient, its
  /// author, its category or activity in the same bytes.
  struct Fragments {
    typealias Fragment = JSONWriter.Fragment

    /// `{"reference": …}` to the Patient.
    let subject: Fragment
    /// `{"reference": …, "display": "Ana Weber (nurse)"}` for each author met.
    let authors: [Author: Fragment]
    /// A Provenance's `agent` list for each author met: the author, agent type `author`.
    let agents: [Author: Fragment]
    /// The `code` of a symptom's Observation, by the protocol's symptom id.
    let symptoms: [String: Fragment]

    init(patientURL: String, authorURLs: [Author: String], care: CareProtocol) {
      subject = Fragment { w in FHIRExport.reference(&w, patientURL) }
      var authors: [Author: Fragment] = [:]
      var agents: [Author: Fragment] = [:]
      for (author, url) in authorURLs {
        authors[author] = Fragment { w in
          FHIRExport.reference(&w, url, display: author.description)
        }
        agents[author] = Fragments.agent(url, author)
      }
      self.authors = authors
      self.agents = agents
      var symptoms: [String: Fragment] = [:]
      for symptom in care.symptoms {
        symptoms[symptom.id] = Fragments.symptomCode(id: symptom.id, label: symptom.label)
      }
      self.symptoms = symptoms
    }

    /// `[{"type": author, "who": {"reference": …, "display": …}}]`.
    static func agent(_ url: String, _ author: Author) -> Fragment {
      Fragment { w in
        w.array { w in
          w.object { w in
            FHIRExport.concept(
              &w, "type", [Coding(System.participantType, "author", "Author")], text: nil)
            FHIRExport.reference(&w, "who", url, display: author.description)
          }
        }
      }
    }

    /// A CodeableConcept as a value.
    static func concept(_ codings: [Coding], text: String?) -> Fragment {
      Fragment { w in w.object { w in FHIRExport.concept(&w, codings, text: text) } }
    }

    /// The `code` of a symptom's Observation: its id in the local code system, and its label.
    static func symptomCode(id: String, label: String) -> Fragment {
      concept([Coding(System.symptom, id, label)], text: label)
    }

    /// An Observation's `category` list.
    static func category(_ category: Category) -> Fragment {
      switch category {
      case .vitalSigns: vitalSigns
      case .laboratory: laboratory
      case .survey: survey
      case .exam: exam
      }
    }

    static let vitalSigns = categoryList(.vitalSigns)
    static let laboratory = categoryList(.laboratory)
    static let survey = categoryList(.survey)
    static let exam = categoryList(.exam)

    static func categoryList(_ category: Category) -> Fragment {
      Fragment { w in
        w.array { w in
          w.object { w in
            FHIRExport.concept(
              &w, [Coding(System.observationCategory, category.rawValue, category.display)],
              text: nil)
          }
        }
      }
    }

    /// A Provenance's `activity`.
    static func activity(_ activity: Activity) -> Fragment {
      switch activity {
      case .create: create
      case .update: update
      case .nullify: nullify
      }
    }

    static let create = activityConcept(.create)
    static let update = activityConcept(.update)
    static let nullify = activityConcept(.nullify)

    static func activityConcept(_ activity: Activity) -> Fragment {
      concept([Coding(System.dataOperation, activity.rawValue, activity.display)], text: nil)
    }

    /// A symptom's severity 0–4 as a CodeableConcept (PRO-CTCAE wording), by severity.
    static let severities: [Fragment] = Timeline.severityLabels.indices.map(severity)

    static func severity(_ severity: Int) -> Fragment {
      let words =
        Timeline.severityLabels.indices.contains(severity)
        ? Timeline.severityLabels[severity] : String(severity)
      return concept([Coding(System.severity, String(severity), words)], text: words)
    }
  }
}
