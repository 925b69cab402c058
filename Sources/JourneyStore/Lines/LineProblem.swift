/// One thing wrong in the data directory, found while reading: a line or a whole file.
///
/// Problems are reported, never fatal: the reader skips what it cannot use and keeps the rest,
/// so one bad line never stops CareJourney from starting.
public struct LineProblem: Hashable, Sendable, CustomStringConvertible {
  /// The file, relative to the data directory (`days/2026/2026-11-22.jsonl`).
  public let file: String
  /// The 1-based line number, or 0 when the problem concerns the whole file.
  public let line: Int
  /// What is wrong, in plain words.
  public let reason: String
  /// What kind of problem it is: what the screens and `status` count apart.
  public let kind: Kind

  /// Makes a problem report.
  public init(file: String, line: Int, reason: String, kind: Kind = .damage) {
    self.file = file
    self.line = line
    self.reason = reason
    self.kind = kind
  }

  /// `file:line: reason`, the form compilers use, so editors can jump to it.
  public var description: String { "\(file):\(line): \(reason)" }

  /// How many lines (not whole files) `problems` are about, each line counted once however many
  /// problems it has: the "N lines could not be read" of warnings.
  public static func lineCount(_ problems: [LineProblem]) -> Int {
    Set(problems.lazy.filter { $0.line > 0 }.map { "\($0.line):\($0.file)" }).count
  }

  /// How many lines (not whole files) of `problems` could not be read: ``lineCount(_:)`` of
  /// the damaged ones, leaving out lines not shown because another line has their id.
  public static func unreadableCount(_ problems: [LineProblem]) -> Int {
    lineCount(problems.filter { $0.kind == .damage })
  }
}
