extension TrendsScreen {
  /// What the Trends screen keeps while another screen is shown.
  public struct State: Equatable, Sendable {
    /// The period of the temperature chart and the heat map: 7, 30 or 90 days.
    public var days = 30
    /// The lab shown (a protocol lab id); nil for temperatures and symptoms.
    public var lab: String?

    public init() {}
  }
}
