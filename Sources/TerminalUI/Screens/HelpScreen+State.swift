extension HelpScreen {
  /// Where Help was opened from, and how far it is scrolled.
  public struct State: Equatable, Sendable {
    /// The screen to go back to (a form or prompt open there is kept, and Help lists its keys).
    public var previous: AppState.Screen = .today
    /// The first help line shown (PgUp/PgDn scroll).
    public var row = 0

    public init() {}
  }
}
