import Foundation

/// Whether the screens draw accessible frames, for screen readers and braille displays: text
/// only (``PlainText``), charts and the heat map as sentences, the notice in one place at the
/// bottom, nothing redrawn by the clock.
///
/// The one place that decides: `--accessible`, or `CAREJOURNEY_ACCESSIBLE` set to `1` (or
/// `true`, `yes`, `on`) for someone who always wants it.
public enum AccessibleMode {
  /// The environment variable that asks for accessible screens.
  public static let variable = "CAREJOURNEY_ACCESSIBLE"

  /// True when `--accessible` was given or the environment asks for it.
  public static func requested(flag: Bool, environment: [String: String]) -> Bool {
    guard !flag else { return true }
    let value = environment[variable]?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
    return ["1", "true", "yes", "on"].contains(value)
  }
}
