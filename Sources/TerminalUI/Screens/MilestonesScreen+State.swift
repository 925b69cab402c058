extension MilestonesScreen {
  /// What the Milestones screen keeps while another screen is shown.
  public struct State: Equatable, Sendable {
    /// The selected line of ``MilestonesScreen/listing(_:)``.
    public var row = 0
    /// The milestones from before CareJourney, listed one by one (else one line counts them).
    public var beforeOpen = false

    public init() {}
  }
}
