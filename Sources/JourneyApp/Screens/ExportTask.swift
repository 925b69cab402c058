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

  /// Starts writing `job` to a new file in `folder`.
  init(_ job: ExportJob, in folder: String) {
    format = job.format
    Thread.detachNewThread { [self] in
      let notice: AppState.Notice
      do {
        let (path, problems) = try job.writeNew(in: folder)
        let lines = LineProblem.lineCount(problems)
        let left = lines == 0 ? "" : " (\(lines) unreadable lines left out; see carejourney verify)"
        notice = AppState.Notice(
          kind: .info, text: "Exported \(job.format.rawValue) to \(path)\(left).")
      } catch {
        notice = AppState.Notice(kind: .error, text: "Not saved: \(error)")
      }
      lock.withLock { result = notice }
    }
  }

  /// How the export ended, once it has; nil while it runs.
  var outcome: AppState.Notice? { lock.withLock { result } }
}
