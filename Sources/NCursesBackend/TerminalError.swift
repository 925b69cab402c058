/// Why the screens could not start; the message says what to do instead.
///
/// Callers `catch` by ``code`` and show ``message`` as it is: it names the problem and the
/// command-line way round it.
public struct TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The kinds of failure, for callers that react differently to each.
  public enum Code: Equatable, Sendable {
    /// `TERM` is unset or empty.
    case terminalTypeMissing
    /// `TERM=dumb`: no cursor addressing, so no screens.
    case dumbTerminal
    /// `TERM` names a terminal this system's terminfo does not know.
    case unknownTerminal
    /// Standard input or output is not a terminal (a pipe or a file).
    case notATerminal
    /// Something else failed while starting ncurses (opening a stream).
    case startFailed
  }

  public let code: Code
  public let message: String

  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  public var description: String { message }

  /// The way round every start failure: the same engine without the screens.
  static let commandLineHint = "or use the command line: carejourney status"

  static let terminalTypeMissing = TerminalError(
    .terminalTypeMissing,
    "TERM is not set, so the screens cannot be drawn; run in a terminal such as xterm-256color "
      + "(export TERM=xterm-256color), \(commandLineHint)")

  static let dumbTerminal = TerminalError(
    .dumbTerminal,
    "TERM=dumb cannot draw screens; use a terminal such as xterm-256color, \(commandLineHint)")

  static func unknownTerminal(_ name: String) -> TerminalError {
    TerminalError(
      .unknownTerminal,
      "TERM=\(name) is not known to this system's terminfo; use a terminal such as "
        + "xterm-256color, \(commandLineHint)")
  }

  static let notATerminal = TerminalError(
    .notATerminal,
    "the screens need a terminal, but input or output is redirected; run carejourney directly "
      + "in a terminal, \(commandLineHint)")

  static func startFailed(_ what: String) -> TerminalError {
    TerminalError(.startFailed, "could not start the screens: \(what); \(commandLineHint)")
  }
}
