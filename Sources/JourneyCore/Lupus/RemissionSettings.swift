/// The cut-offs for DORIS 2021 remission, from the protocol's `[remission]` table.
///
/// DORIS prints both "≤ 5 mg/day" (abstract) and "< 5 mg/day" (statement table), so the
/// prednisolone cut-off is the centre's to set; the default is at or below 5 mg/day.
public struct RemissionSettings: Equatable, Sendable {
  /// Prednisolone (or equivalent) at or below this, mg/day, meets DORIS.
  public var prednisoloneMaxMg: Double
  /// A physician global assessment (0–3) below this meets DORIS.
  public var physicianGlobalBelow: Double

  public init(prednisoloneMaxMg: Double = 5, physicianGlobalBelow: Double = 0.5) {
    self.prednisoloneMaxMg = prednisoloneMaxMg
    self.physicianGlobalBelow = physicianGlobalBelow
  }
}
