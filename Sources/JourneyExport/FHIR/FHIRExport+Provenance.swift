import JourneyCore

extension FHIRExport {
  /// What a line did to the record (HL7 v3 DataOperation).
  enum Activity: String {
    case create = "CREATE"
    case update = "UPDATE"
    case nullify = "NULLIFY"

    var display: String {
      switch self {
      case .create: "create"
      case .update: "revise"
      case .nullify: "nullify"
      }
    }
  }

  /// The Provenance of one stored line: the resources it gave (`target`), when it was written
  /// and by whom (agent type `author`), and the line itself as the `source` entity: its id as
  /// an identifier, and the SHA-256 the hash chain records for it when the export read it from
  /// the files (the next line's `prev`: the hash of the line as it was written). A correction names what it revises: the replaced resources as `revision` entities,
  /// or, when they are not in the bundle (outside the date range), the corrected line's id.
  func writeProvenance(
    _ w: inout JSONWriter, line: String, hash: String?, recorded: Timestamp, author: Author,
    targets: [String], activity: Activity, revises: (line: String, urls: [String])? = nil
  ) {
    resource(&w, "Provenance", line) { w in
      FHIRExport.references(&w, "target", targets)
      w.timestamp("recorded", recorded)
      w.fragment("activity", Fragments.activity(activity))
      w.fragment(
        "agent", fragments.agents[author] ?? Fragments.agent(authorURL(author), author))
      w.array("entity") { w in
        w.object { w in
          if let hash {
            w.array("extension") { w in
              w.object { w in
                w.string("url", System.lineHash)
                w.string("valueString", hash)
              }
            }
          }
          w.string("role", "source")
          FHIRExport.lineReference(&w, line)
        }
        guard let revises else { return }
        if revises.urls.isEmpty {
          w.object { w in
            w.string("role", "revision")
            FHIRExport.lineReference(&w, revises.line)
          }
        }
        for url in revises.urls {
          w.object { w in
            w.string("role", "revision")
            FHIRExport.reference(&w, "what", url)
          }
        }
      }
    }
  }

  /// `"what": {"identifier": {…line id…}, "display": "CareJourney line …"}`: a stored line,
  /// which is no resource of the bundle.
  static func lineReference(_ w: inout JSONWriter, _ line: String) {
    w.object("what") { w in
      w.object("identifier") { w in
        w.string("system", System.line)
        w.string("value", line)
      }
      w.string("display", "CareJourney line ", line)
    }
  }
}
