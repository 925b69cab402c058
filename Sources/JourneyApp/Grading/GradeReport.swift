import JourneyCore

/// What `grade --json` prints: every key present, null where ASTCT gives no grade.
public struct GradeReport: Encodable {
  @NullWhenAbsent var crs: Int?
  @NullWhenAbsent var icans: Int?
  var reasons: [String]

  public init(_ result: GradingResult) {
    crs = result.crs
    icans = result.icans
    reasons = result.reasons
  }

}
