import JourneyCore

extension FHIRExport {
  /// What the first reading of the days finds that spans days: who wrote lines, which lines a
  /// later one corrects, and the medication plan. Small beside the entries: ten years hold a
  /// few dozen corrections and medication changes.
  struct Survey {
    /// Every author of an event or entry, in the order first met.
    var authors: [Author] = []
    /// The correcting entry of each corrected line, by the corrected line's id.
    var fixes: [String: Entry] = [:]
    /// The medication changes as they stand after corrections, oldest first.
    var medicationChanges: [Entry] = []

    init(_ input: ExportInput) throws {
      var seen = Set<Author>()
      func meet(_ author: Author) {
        if seen.insert(author).inserted { authors.append(author) }
      }
      for event in input.journey.events { meet(event.author) }
      var planLines: [Entry] = []
      let filter = SurveyFilter()
      let wanted: @Sendable (LocalDate, UnsafeBufferPointer<UInt8>) -> Bool = {
        filter.wants($0, $1)
      }
      try input.forEachDay(from: nil, to: nil, only: wanted) { _, day in
        for entry in day {
          meet(entry.author)
          switch entry.body {
          case .correction(let target, _, _):
            fixes[target] = entry
            planLines.append(entry)
          case .medicationChange:
            planLines.append(entry)
          default:
            continue
          }
        }
      }
      medicationChanges = MedicationList.changes(in: planLines)
    }
  }

  /// What the writing of the days has met that later lines refer to.
  struct Emitted {
    /// The `urn:uuid:` of the medication plan's statements each medication change line gave.
    var planURLs: [String: [String]]
    /// The resources written for each line a later line corrects, by the corrected line's id.
    var corrected: [String: [String]] = [:]
  }
}
