import Foundation
import JourneyCore

/// Everything read from a data directory at one moment.
public struct JourneySnapshot: Sendable {
  public var journey: Journey
  public var entries: [Entry]
  /// Lines that could not be read, and events the journey's rules refused: reported, never
  /// dropped from the files.
  public var problems: [LineProblem]

  /// Makes a snapshot of what was read.
  public init(journey: Journey, entries: [Entry], problems: [LineProblem]) {
    self.journey = journey
    self.entries = entries
    self.problems = problems
  }
}
