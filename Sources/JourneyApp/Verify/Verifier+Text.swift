import JourneyStore

extension Verifier.Report {
  /// What `verify` prints: each problem as `file:line: reason`, then the counts.
  public var text: [String] {
    let fileCount = files == 1 ? "1 file" : "\(files) files"
    let lineCount = lines == 1 ? "1 line" : "\(lines) lines"
    let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
    return problems.map(\.description) + ["\(fileCount), \(lineCount) checked, \(count)"]
  }
}
