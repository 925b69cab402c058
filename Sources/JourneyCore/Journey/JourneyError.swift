/// Why a change to the journey was refused. The message says what was wrong and what is allowed.
public struct JourneyError: Error, Equatable, CustomStringConvertible {
  /// The kind of refusal, so callers can tell them apart.
  public enum Code: String, Sendable {
    case notStarted
    case alreadyStarted
    case transitionNotAllowed
    case reasonRequired
    case dateBeforeLastTransition
    case dateInFuture
    /// Dated before the journey began (or more than a few decades back).
    case dateBeforeJourney
    /// A plan dated more than a few years ahead.
    case dateTooFarAhead
    /// Dated before the phase it must follow (an infusion before lymphodepletion).
    case dateOutOfOrder
    /// A date that must be given was not (the infusion, for a patient past it).
    case dateMissing
    case unknownMilestone
    case alreadySigned
    case nurseOnly
    case unknownEvent
    case notCorrectable
  }

  public let code: Code
  public let message: String

  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  public var description: String { message }
}
