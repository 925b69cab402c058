/// Why a theme could not be used: which file (or the `--theme` option), which table, which key,
/// and what would have been accepted.
///
/// Written for the person editing a theme file, e.g.
/// `my.toml: [roles.urgent]: fg "redd" is not a colour; did you mean "red"? (colours: …)`.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What was being read: the file as named to the loader (`default.toml`, `./my.toml`), or
  /// `--theme` when the option's value itself was the problem.
  public var source: String
  /// The table the problem is in (`[roles.urgent]`); nil at the top level and for syntax errors.
  public var table: String?
  /// The key at fault (`fg`), when there is one.
  public var key: String?
  /// Where a TOML syntax error was found, when the parser says.
  public var line: Int?
  public var column: Int?
  /// What is wrong and what is allowed, without the place.
  public var reason: String

  public init(
    source: String, table: String? = nil, key: String? = nil, line: Int? = nil,
    column: Int? = nil, reason: String
  ) {
    self.source = source
    self.table = table
    self.key = key
    self.line = line
    self.column = column
    self.reason = reason
  }

  /// The whole message: source (and line), table, then the reason.
  public var message: String {
    let position = [line.map { "line \($0)" }, column.map { "column \($0)" }].compactMap { $0 }
    let place = ([source] + position).joined(separator: ", ")
    return [place, table, reason].compactMap { $0 }.joined(separator: ": ")
  }

  public var description: String { message }
}
