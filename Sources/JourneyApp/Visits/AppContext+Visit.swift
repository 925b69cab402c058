import JourneyCore

extension AppContext {
  /// Saves a visit's lab values (`NAME=VALUE[UNIT]` each) on `on` (default: today), refusing
  /// the whole visit at the first value that cannot be read or a lab given twice, and reports
  /// what could not be read. Returns the saved entry with its alerts, and the values.
  public func recordVisit(labs: [String], on: String?) throws -> (SavedEntries, [LabResult]) {
    guard !labs.isEmpty else {
      throw AppError(
        tr(
          "nothing to record: give at least one --lab NAME=VALUE[UNIT], "
            + "e.g. `carejourney visit --lab igg=6.2g/L`"))
    }
    let (snapshot, care) = try loadStarted()
    let observed = try observedMoment(on: on, journey: snapshot.journey)
    var results: [LabResult] = []
    for text in labs {
      let result = try Reading.lab(text, care: care)
      guard !results.contains(where: { $0.lab == result.lab }) else {
        throw AppError(tr("%s is given twice: give each lab once per visit", result.lab))
      }
      results.append(result)
    }
    let saved = try journal.save(
      [.labs(results)], observedAt: observed, basis: SaveBasis(snapshot, care: care))
    reportProblems(snapshot.problems)
    return (saved, results)
  }
}
