import Foundation
import JourneyCore
import JourneyStore
import TerminalUI

/// An export running on a thread of its own, so the screens' keys keep answering while ten
/// years are written (`export fhir` took seconds); the loop asks ``outcome`` on its ticks.
final class ExportTask: @unchecked Sendable {
  private let lock = NSLock()
  private var result: AppState.Notice?
  let format: ExportFormat

  /// Starts writing `job` to a new file in `folder`; what it says is in the screens'
  /// language (``Language/current`` when it starts: a thread of its own does not inherit it).
  init(_ job: ExportJob, in folder: String) {
    format = job.format
    let language = Language.current
    Thread.detachNewThread { [self] in
      let notice = Language.$current.withValue(language) { ExportTask.run(job, in: folder) }
      lock.withLock { result = notice }
    }
  }

  /// Writes the export and says how it went.
  static func run(_ job: ExportJob, in folder: String) -> AppState.Notice {
    do {
      let (path, problems) = try job.writeNew(in: folder)
      let lines = LineProblem.lineCount(problems)
      let text =
        lines == 0
        ? tr("Exported %1$s to %2$s.", job.format.rawValue, path)
        : tr(
          "Exported %1$s to %2$s (%3$s left out; see carejourney verify).",
          job.format.rawValue, path,
          trn("%d unreadable line", "%d unreadable lines", count: lines))
      return AppState.Notice(kind: .info, text: text)
    } catch {
      return AppState.Notice(kind: .error, text: tr("Not saved: %s", "\(error)"))
    }
  }

  /// How the export ended, once it has; nil while it runs.
  var outcome: AppState.Notice? { lock.withLock { result } }
}
