extension TimelineScreen {
  /// What the Timeline keeps while another screen is shown: the order, the filter, the search
  /// and the selected row.
  public struct State: Equatable, Sendable {
    public var newestFirst = true
    public var filter: TimelineFilter = .all
    /// The text searched for; empty shows every row.
    public var search = ""
    /// The selected row of the listing.
    public var row = 0

    public init() {}
  }
}
