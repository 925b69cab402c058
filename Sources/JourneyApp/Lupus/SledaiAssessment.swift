import JourneyCore
import JourneyExport

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
    var lines = [
      tr("SLEDAI-2K %1$s (clinical SLEDAI %2$s)", String(score.total), String(score.clinical))
    ]
    lines += exclusions.map { "  " + tr("%1$s counts only if %2$s.", $0.label, $0.exclusion ?? "") }
    if let listed {
      let dose =
        listed.mg.map { tr("%s mg/day", Language.current.decimals(LabDefinition.format($0))) }
        ?? tr("not known")
      lines.append(tr("Prednisolone-equivalent %1$s (%2$s)", dose, listed.source))
    }
    lines.append(Timeline.remissionText(tr("DORIS 2021 remission"), doris))
    lines.append(Timeline.remissionText(tr("Drug-free remission"), drugFree))
    return lines
  }
}
