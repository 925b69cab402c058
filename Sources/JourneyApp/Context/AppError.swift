import JourneyCore

/// A refusal the user can act on: one line saying what was wrong and what to type instead.
///
/// The message is made safe to print (``SafeText/visible(_:)``): it often echoes what was typed.
public struct AppError: Error, CustomStringConvertible, Equatable {
  public let description: String

  /// A refusal with `message`, control and bidi characters made visible.
  public init(_ message: String) { description = SafeText.visible(message) }

  /// No journey in the folder yet: how to start one.
  public static func noJourney(_ root: String) -> AppError {
    AppError(
      tr(
        "no journey in %s yet: start one with `carejourney init --patient NAME`, "
          + "or try the sample with `carejourney demo`", root))
  }
}
