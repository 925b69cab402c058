import JourneyCore
import JourneyStore

extension Verifier.Report {
  /// What `verify` prints: each problem as `file:line: reason`, then the counts.
  public var text: [String] {
    let fileCount = trn("%d file", "%d files", count: files)
    let lineCount = trn("%d line", "%d lines", count: lines)
    let count = trn("%d problem", "%d problems", count: problems.count)
    return problems.map(\.description)
      + [tr("%1$s, %2$s checked, %3$s", fileCount, lineCount, count)]
  }
}
