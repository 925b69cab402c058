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
    warn(AppContext.problemSummary(problems) + "; run `carejourney verify` for the list")
  }

  /// "2 lines could not be read and 1 other problem was found; all were left as they are".
  public static func problemSummary(_ problems: [LineProblem]) -> String {
    let lines = LineProblem.lineCount(problems)
    let others = problems.filter { $0.line == 0 }.count
    var parts: [String] = []
    if lines > 0 {
      parts.append(lines == 1 ? "1 line could not be read" : "\(lines) lines could not be read")
    }
    if others > 0 {
      parts.append(
        others == 1 ? "1 other problem was found" : "\(others) other problems were found")
    }
    return parts.joined(separator: " and ") + "; they were left as they are"
  }
}
