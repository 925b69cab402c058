import JourneyStore

/// What `verify --json` prints.
public struct VerifyReport: Encodable {
  struct Problem: Encodable {
    var file: String
    var line: Int
    var reason: String
  }
  var files: Int
  var lines: Int
  var problems: [Problem]

  public init(_ report: Verifier.Report) {
    files = report.files
    lines = report.lines
    problems = report.problems.map { Problem(file: $0.file, line: $0.line, reason: $0.reason) }
  }
}
