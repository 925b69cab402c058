import JourneyCore
import JourneyStore

/// What new entries are judged against: the journey, its protocol and the entries read before.
public struct SaveBasis: Sendable {
  public var journey: Journey
  public var care: CareProtocol
  /// The entries already saved that the red flags may compare with.
  public var entries: [Entry]
  /// Problems met reading them (unreadable lines), for the caller to report.
  public var problems: [LineProblem]
  /// Whether `entries` is every entry of the journey (else only the recent days).
  public var complete: Bool

  /// A basis the caller has read itself (the screens keep it in memory).
  public init(
    journey: Journey, care: CareProtocol, entries: [Entry], problems: [LineProblem] = [],
    complete: Bool
  ) {
    self.journey = journey
    self.care = care
    self.entries = entries
    self.problems = problems
    self.complete = complete
  }
}
