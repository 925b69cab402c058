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
