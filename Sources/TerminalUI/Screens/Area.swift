import JourneyCore

/// A rectangle of the screen a screen draws in.
public struct Area: Equatable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int
}
