import JourneyCore

/// A SLEDAI-2K score with DORIS 2021 and drug-free remission checked (`sledai`), as text or as
/// JSON, and the entry saved when it was recorded.
public struct SledaiAssessment {
  public let score: SLEDAI2K.Score
  /// The descriptors given that count only once an exclusion is ruled out.
  public let exclusions: [SLEDAI2K.Descriptor]
  /// Today's dose from the medication list, when no dose was given and there is a journey.
  public let listed: MedicationList.PrednisoloneDose?
  public let prednisoloneMg: Double?
  public let doris: Remission.Result
  public let drugFree: Remission.Result
  /// The entry saved (`--record`).
  public let saved: SavedEntries?

  /// What `sledai --json` prints.
  public var report: SledaiReport {
    SledaiReport(
      score: score, prednisoloneMg: prednisoloneMg, doris: doris, drugFree: drugFree,
      exclusions: exclusions)
  }

  /// What `sledai` prints after the saved lines.
  public var lines: [String] {
    var lines = ["SLEDAI-2K \(score.total) (clinical SLEDAI \(score.clinical))"]
    lines += exclusions.map { "  \($0.label) counts only if \($0.exclusion ?? "")." }
    if let listed {
      let dose = listed.mg.map { "\(LabDefinition.format($0)) mg/day" } ?? "not known"
      lines.append("Prednisolone-equivalent \(dose) (\(listed.source))")
    }
    lines.append(Timeline.remissionText("DORIS 2021 remission", doris))
    lines.append(Timeline.remissionText("Drug-free remission", drugFree))
    return lines
  }
}
