import TOMLKit

/// Why a TOML file (a protocol or a theme) was refused: which file, which table, which key, and
/// what would have been accepted.
///
/// One type for every hand-edited TOML file, so the protocol loader and the theme loader word
/// their messages alike. The message is written for the person editing the file, e.g.
/// `cd19-sle.toml: milestone "x": phase "lymphodeplete" is not a phase (phases: screening, …)`
/// or `my.toml: [roles.urgent]: fg "redd" is not a colour; did you mean "red"? (colours: …)`.
public struct TOMLFileError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What was being read: the file as named to the loader (`cd19-sle.toml`, `./my.toml`), or
  /// the option (`--theme`) when its value itself was the problem.
  public var file: String
  /// The table the problem is in (`milestone "flu-day-minus-5"`, `milestone #3`,
  /// `[roles.urgent]`); nil for the top level and for syntax errors.
  public var table: String?
  /// The key at fault (`phase`, `fg`), when there is one.
  public var key: String?
  /// The line of a TOML syntax error, when the parser says.
  public var line: Int?
  /// The column of a TOML syntax error, when the parser says.
  public var column: Int?
  /// What is wrong and what is allowed, without the place.
  public var reason: String

  /// An error in `file`, at `table` and `key` when given.
  public init(
    file: String, table: String? = nil, key: String? = nil, line: Int? = nil,
    column: Int? = nil, reason: String
  ) {
    self.file = file
    self.table = table
    self.key = key
    self.line = line
    self.column = column
    self.reason = reason
  }

  /// The error for text that is not TOML at all, with the line and column when the parser
  /// gives them. The one place a TOMLKit parse error becomes a message.
  init(file: String, syntaxError error: any Error) {
    if let error = error as? TOMLParseError {
      self.init(
        file: file, line: error.source.begin.line, column: error.source.begin.column,
        reason: tr("TOML syntax error: %s", error.description))
    } else {
      self.init(file: file, reason: tr("TOML syntax error: %s", "\(error)"))
    }
  }

  /// The whole message: file (and line and column), table, then the reason.
  public var message: String {
    var place = file
    if let line {
      place += tr(", line %s", String(line), context: "file place")
      if let column { place += tr(", column %s", String(column), context: "file place") }
    }
    if let table { place += ": \(table)" }
    return "\(place): \(reason)"
  }

  /// The same as `message`.
  public var description: String { message }
}
