extension Remission {
  /// A visit's assessment scored: SLEDAI-2K, and DORIS and drug-free remission judged on it.
  public struct Visit: Equatable, Sendable {
    public var score: SLEDAI2K.Score
    public var assessment: Assessment
    public var doris: Result
    public var drugFree: Result
  }

  /// Scores what an `assessment` entry holds against the protocol's cut-offs; throws for
  /// descriptors SLEDAI-2K does not know (a file edited by hand).
  public static func visit(
    sledai: [String], physicianGlobal: Double?, prednisoloneMg: Double?,
    immunosuppressants: [String], settings: RemissionSettings
  ) throws(SLEDAI2K.Error) -> Visit {
    let score = try SLEDAI2K.score(sledai)
    let assessment = Assessment(
      clinicalSLEDAI: score.clinical, physicianGlobal: physicianGlobal,
      prednisoloneMg: prednisoloneMg, immunosuppressants: immunosuppressants)
    return Visit(
      score: score, assessment: assessment, doris: doris(assessment, settings: settings),
      drugFree: drugFree(assessment, settings: settings))
  }
}
