import JourneyCore
import JourneyStore

extension AppContext {
  /// Prints problems found while reading, so nothing unreadable goes unnoticed, and warns
  /// when other users of the computer may change or read the data folder.
  ///
  /// Counts lines (each once, however many problems it has) apart from whole-file problems
  /// such as a day file in the wrong folder.
  public func reportProblems(_ problems: [LineProblem]) {
    if let warning = store.directory.permissionWarning() { warn(warning) }
    guard !problems.isEmpty else { return }
    warn(
      tr("%s; run `carejourney verify` for the list", AppContext.problemSummary(problems)))
  }

  /// "2 lines could not be read and 1 other problem was found; all were left as they are".
  public static func problemSummary(_ problems: [LineProblem]) -> String {
    let lines = LineProblem.lineCount(problems)
    let others = problems.filter { $0.line == 0 }.count
    let read = trn("%d line could not be read", "%d lines could not be read", count: lines)
    let found = trn(
      "%d other problem was found", "%d other problems were found", count: others)
    let what =
      lines > 0 && others > 0
      ? tr("%1$s and %2$s", read, found, context: "problems") : lines > 0 ? read : found
    return tr("%s; they were left as they are", what)
  }
}
