/// The values a measure red flag looks for: at or above a lower bound, below or at most an upper
/// bound, or between the two (a band, `heart rate 111 to below 131`).
public struct ReadingBounds: Equatable, Sendable {
  /// The value is at or above this.
  public var atLeast: Double?
  /// The value is below this.
  public var below: Double?
  /// The value is at or below this.
  public var atMost: Double?

  public init(atLeast: Double? = nil, below: Double? = nil, atMost: Double? = nil) {
    self.atLeast = atLeast
    self.below = below
    self.atMost = atMost
  }

  /// Whether `value` is inside every bound given. A value a hair under a bound (a °F reading
  /// converted to °C) counts as on it.
  public func contains(_ value: Double) -> Bool {
    if let atLeast, value < atLeast - 1e-9 { return false }
    if let below, value >= below - 1e-9 { return false }
    if let atMost, value > atMost + 1e-9 { return false }
    return true
  }

  /// `38.0 or more`, `below 92`, `at most 35.0`, `111 to below 131`, with `text` writing each
  /// number (in its unit).
  public func describe(_ text: (Double) -> String) -> String {
    let upper = below.map { "below \(text($0))" } ?? atMost.map { "at most \(text($0))" }
    switch (atLeast, upper) {
    case (let low?, let high?): return "\(text(low)) to \(high)"
    case (let low?, nil): return "\(text(low)) or more"
    case (nil, let high?): return high
    case (nil, nil): return "any value"
    }
  }
}
