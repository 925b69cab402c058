/// The grades and the findings that set them. A nil grade means ASTCT gives none for this input
/// (a masked fever with no hypotension or hypoxia): the care team grades, the app does not guess.
public struct GradingResult: Codable, Equatable, Sendable {
  public var crs: Int?
  public var icans: Int?
  /// One sentence per grade: the finding that set it, or why there is no number.
  public var reasons: [String]

  public init(crs: Int?, icans: Int?, reasons: [String]) {
    self.crs = crs
    self.icans = icans
    self.reasons = reasons
  }
}
