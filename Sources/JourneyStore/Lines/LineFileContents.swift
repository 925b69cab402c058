/// What ``LineFile/read(_:relativeName:)`` found in one file: its lines and its problems.
public struct LineFileContents: Equatable, Sendable {
  /// The non-blank lines that are valid UTF-8, in file order, a torn last line included.
  public let lines: [StoredLine]
  /// Lines that could not be returned as text, and a torn last line.
  public let problems: [LineProblem]

  /// Makes the contents of a file.
  public init(lines: [StoredLine], problems: [LineProblem]) {
    self.lines = lines
    self.problems = problems
  }

  /// A missing file: nothing, and nothing wrong.
  public static let empty = LineFileContents(lines: [], problems: [])
}
