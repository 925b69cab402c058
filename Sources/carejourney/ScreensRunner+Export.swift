import Foundation
import JourneyExport
import JourneyStore
import TerminalUI

extension ScreensRunner {
  /// The export key's effect: reads the journey as `carejourney export` does and writes the
  /// format named to a new file in the home folder (`~/carejourney-2026-11-22.csv`, never
  /// replacing one: `-2`, `-3`...). The notice gives the full path, or why nothing was saved.
  func export(_ name: String) -> [Action] {
    guard let format = ExportFormat(rawValue: name) else {
      let names = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
      return [.failed("Not saved: \(name) is not a format; type one of \(names).")]
    }
    guard let home = context.environment["HOME"], home.hasPrefix("/") else {
      return [.failed("Not saved: HOME is not set, so there is no home folder to save to.")]
    }
    do {
      let (text, problems) = try context.exportText(format)
      let path = try context.writeNewExport(text, format: format, in: home)
      let lines = LineProblem.lineCount(problems)
      let left = lines == 0 ? "" : " (\(lines) unreadable lines left out; see carejourney verify)"
      return [.saved("Exported \(format.rawValue) to \(path)\(left).")]
    } catch {
      return [.failed("Not saved: \(error)")]
    }
  }
}
