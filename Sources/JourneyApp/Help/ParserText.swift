import Foundation
import JourneyCore

/// ArgumentParser's own words (the headings of `--help`, `Error:`, "Missing expected
/// argument"…) in the run's language: ArgumentParser writes them in English only, so each line
/// it prints is matched against the sentences it writes and said again through ``tr(_:_:context:)``.
/// What the commands themselves say (abstracts, option help, refusals) is translated already
/// and passes through unchanged.
public enum ParserText {
  /// `line` of ArgumentParser's help or error output, in ``Language/current``.
  public static func translated(_ line: String) -> String {
    guard Language.current != .english else { return line }
    var (head, text) = ("", line)
    for (prefix, word) in prefixes() where text.hasPrefix(prefix) {
      (head, text) = (word, String(text.dropFirst(prefix.count)))
      break
    }
    if let heading = headings()[text] { return head + heading }
    let indent = String(text.prefix { $0 == " " })
    let body = String(text.dropFirst(indent.count))
    for (pattern, say) in sentences() {
      guard let match = match(pattern, in: body) else { continue }
      let rest = String(body.dropFirst(match.length))
      return head + indent + say(match.groups) + rest
    }
    return head + words(text)
  }

  /// Line starts: `Error: `, `Help:  `, `Usage: `, `OVERVIEW: `, `USAGE: `.
  static func prefixes() -> [(String, String)] {
    [
      ("Error: ", tr("Error:", context: "ArgumentParser") + " "),
      ("Help:  ", tr("Help:", context: "ArgumentParser") + "  "),
      ("Usage: ", tr("Usage:", context: "ArgumentParser") + " "),
      ("OVERVIEW: ", tr("OVERVIEW:", context: "ArgumentParser") + " "),
      ("USAGE: ", tr("USAGE:", context: "ArgumentParser") + " "),
    ]
  }

  /// The headings of `--help`'s sections.
  static func headings() -> [String: String] {
    [
      "ARGUMENTS:": tr("ARGUMENTS:", context: "ArgumentParser"),
      "OPTIONS:": tr("OPTIONS:", context: "ArgumentParser"),
      "SUBCOMMANDS:": tr("SUBCOMMANDS:", context: "ArgumentParser"),
    ]
  }

  /// ArgumentParser's sentences, as regular expressions over a line (its indentation taken
  /// off), each with what it says in the run's language; what follows the match is kept.
  static func sentences() -> [(String, ([String]) -> String)] {
    [
      (
        #"See '([^']+)' for more information\."#,
        { tr("See '%s' for more information.", $0[0], context: "ArgumentParser") }
      ),
      (
        #"See '([^']+)' for detailed help\."#,
        { tr("See '%s' for detailed help.", $0[0], context: "ArgumentParser") }
      ),
      (
        #"Missing expected argument '([^']+)'"#,
        { tr("Missing expected argument '%s'", $0[0], context: "ArgumentParser") }
      ),
      (
        #"Missing one of: (.+)$"#,
        { tr("Missing one of: %s", $0[0], context: "ArgumentParser") }
      ),
      (
        #"Unknown option '([^']+)'\. Did you mean '([^']+)'\?"#,
        {
          tr(
            "Unknown option '%1$s'. Did you mean '%2$s'?", $0[0], $0[1],
            context: "ArgumentParser")
        }
      ),
      (
        #"Unknown option '([^']+)'"#,
        { tr("Unknown option '%s'", $0[0], context: "ArgumentParser") }
      ),
      (
        #"Missing value for '([^']+)'"#,
        { tr("Missing value for '%s'", $0[0], context: "ArgumentParser") }
      ),
      (
        #"Unexpected argument '(.*)'$"#,
        { tr("Unexpected argument '%s'", $0[0], context: "ArgumentParser") }
      ),
      (
        #"([0-9]+) unexpected arguments: (.*)$"#,
        { tr("%1$s unexpected arguments: %2$s", $0[0], $0[1], context: "ArgumentParser") }
      ),
      (
        #"The option '([^']+)' does not take any value, but '(.*)' was specified\."#,
        {
          tr(
            "The option '%1$s' does not take any value, but '%2$s' was specified.", $0[0], $0[1],
            context: "ArgumentParser")
        }
      ),
      (
        #"The value '(.*)' is invalid for '([^']+)'\. Please provide one of (.*)\.$"#,
        {
          tr("The value '%1$s' is invalid for '%2$s'", $0[0], $0[1], context: "ArgumentParser")
            + ". "
            + tr("Please provide one of %s.", list($0[2]), context: "ArgumentParser")
        }
      ),
      (
        #"The value '(.*)' is invalid for '([^']+)'"#,
        {
          tr("The value '%1$s' is invalid for '%2$s'", $0[0], $0[1], context: "ArgumentParser")
        }
      ),
      (
        #"Please provide one of the following:$"#,
        { _ in tr("Please provide one of the following:", context: "ArgumentParser") }
      ),
    ]
  }

  /// `'a', 'b' or 'c'` with the language's `or` and `and`.
  static func list(_ text: String) -> String {
    let or = tr("or", context: "ArgumentParser")
    let and = tr("and", context: "ArgumentParser")
    return text.replacingOccurrences(of: "' or '", with: "' " + or + " '")
      .replacingOccurrences(of: "' and '", with: "' " + and + " '")
  }

  /// Words inside a line of `--help`: the help flag's own help, `(default: …)`, `(values: …)`.
  static func words(_ line: String) -> String {
    let help = tr("Show help information.", context: "ArgumentParser")
    let given = tr("default:", context: "ArgumentParser")
    let values = tr("values:", context: "ArgumentParser")
    return line.replacingOccurrences(of: "Show help information.", with: help)
      .replacingOccurrences(of: "(default:", with: "(" + given)
      .replacingOccurrences(of: "; default:", with: "; " + given)
      .replacingOccurrences(of: "(values:", with: "(" + values)
  }

  /// The captured groups when `pattern` matches at the start of `text`, and the match's length.
  static func match(_ pattern: String, in text: String) -> (groups: [String], length: Int)? {
    guard let expression = expressions.expression(pattern),
      let found = expression.firstMatch(
        in: text, range: NSRange(text.startIndex..., in: text))
    else { return nil }
    let groups = (1..<found.numberOfRanges).map { index -> String in
      Range(found.range(at: index), in: text).map { String(text[$0]) } ?? ""
    }
    let length = Range(found.range, in: text).map { text[$0].count } ?? 0
    return (groups, length)
  }

  /// Each pattern compiled once: `--help` prints dozens of lines, each tried against them all.
  static let expressions = Expressions()

  /// Compiled regular expressions by pattern, anchored at the start of a line.
  final class Expressions: @unchecked Sendable {
    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]

    func expression(_ pattern: String) -> NSRegularExpression? {
      lock.withLock {
        if let known = compiled[pattern] { return known }
        let expression = try? NSRegularExpression(pattern: "^" + pattern)
        compiled[pattern] = expression
        return expression
      }
    }
  }
}
