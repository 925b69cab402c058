import JourneyStore
import TerminalUI

extension SyncNotices {
  /// The conflict copies and the lines left out for a differing duplicate id among `problems`.
  init(problems: [LineProblem]) {
    self.init(
      conflictCopies: problems.filter { $0.kind == .conflictCopy }.count,
      differingLines: problems.filter { $0.kind == .differingDuplicate }.count)
  }
}
