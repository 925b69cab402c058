import Foundation
import JourneyCore

extension Theme {
  /// The theme to start with, from the `--theme` option and the environment.
  ///
  /// - `--theme NAME`: the built-in theme of that name.
  /// - `--theme PATH` (the value contains `/` or ends in `.toml`): that theme file, read strictly.
  /// - no `--theme`, and `NO_COLOR` set to anything but an empty string (https://no-color.org):
  ///   `monochrome`.
  /// - otherwise: `default` (`fallback`).
  ///
  /// An explicit `--theme` wins over `NO_COLOR`: the variable is a standing preference for the
  /// whole machine, the option a choice made for this run (no-color.org asks programs to let
  /// such a configuration override it).
  ///
  /// - Parameter readFile: the text of a theme file; by default read from disk.
  /// - Throws: `TOMLFileError` for an unknown name (listing the built-in names) or a file that
  ///   cannot be read or is not a valid theme.
  public static func resolve(
    option: String?, environment: [String: String],
    readFile: (String) throws(TOMLFileError) -> String = Theme.readThemeFile
  ) throws(TOMLFileError) -> Theme {
    guard let option else {
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
        return named("monochrome") ?? minimal
      }
      return fallback
    }
    if option.contains("/") || option.hasSuffix(".toml") {
      return try Theme(toml: readFile(option), fileName: option)
    }
    if let theme = named(option) { return theme }
    throw TOMLFileError(
      file: "--theme",
      reason: tr(
        "there is no built-in theme \"%1$s\"%2$s; for a theme file give its path, e.g. "
          + "./my-theme.toml", option,
        TOMLTableReader.suggestion(for: option, in: builtInNames, noun: "built-in theme")))
  }

  /// Reads a theme file as UTF-8, with an error that says what went wrong in plain words.
  public static func readThemeFile(_ path: String) throws(TOMLFileError) -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw TOMLFileError(file: path, reason: tr("no such theme file"))
    }
    guard !isDirectory.boolValue else {
      throw TOMLFileError(file: path, reason: tr("this is a folder; give the path of a .toml file"))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw TOMLFileError(file: path, reason: tr("the theme file cannot be read (permissions?)"))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw TOMLFileError(file: path, reason: tr("the theme file is not UTF-8 text"))
    }
    return text
  }
}
