/// Why a protocol file was refused: which file, which table, which key, and what is allowed.
///
/// The message is written for the person editing the file at a centre, e.g.
/// `cd19-sle.toml: milestone "x": phase "lymphodeplete" is not a phase (phases: screening, …)`.
public struct ProtocolError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file as named to the loader (`cd19-sle.toml`).
  public var fileName: String
  /// The table the problem is in (`milestone "flu-day-minus-5"`, `milestone #3`,
  /// `[acute-window]`); nil for the top level and for syntax errors.
  public var table: String?
  /// The key at fault (`phase`), when there is one.
  public var key: String?
  /// Where a TOML syntax error was found, when the parser says.
  public var line: Int?
  public var column: Int?
  /// What is wrong and what is allowed, without the place.
  public var reason: String

  public init(
    fileName: String, table: String? = nil, key: String? = nil, line: Int? = nil,
    column: Int? = nil, reason: String
  ) {
    self.fileName = fileName
    self.table = table
    self.key = key
    self.line = line
    self.column = column
    self.reason = reason
  }

  /// The whole message: file (and line), table, then the reason.
  public var message: String {
    var place = fileName
    if let line {
      place += ", line \(line)"
      if let column { place += ", column \(column)" }
    }
    if let table { place += ": \(table)" }
    return "\(place): \(reason)"
  }

  public var description: String { message }
}
