import Foundation
import JourneyCore
import JourneyExport
import JourneyStore

extension ExportJob {
  /// `carejourney export`: an export of `format` from what was typed, checked before anything
  /// is read: the dates (`--from`, `--to`), a file at `out` that is not to be replaced, the
  /// report's languages (`--lang de,en`), and `excel` for csv alone.
  public init(
    _ context: AppContext, format: ExportFormat, from: String?, to: String?, out: String?,
    replacing: Bool, excel: Bool, languageTags: [String]
  ) throws {
    let (start, end) = try context.dateRange(from: from, to: to)
    if let out, !replacing, FileManager.default.fileExists(atPath: out) {
      throw AppError(tr("%s exists: choose another --out, or add --force to replace it", out))
    }
    self.init(context, format: format, from: start, to: end)
    if excel { csvDialect = .excel }
    if format == .html, !languageTags.isEmpty {
      languages = try languageTags.compactMap {
        try AppContext.languageTag($0, option: "--lang").flatMap(Language.init(tag:))
      }
    }
  }

  /// After the export: the problems met reading reported, and a backup's warning that what
  /// could not be read is not in it; returns where the file went (`out`), to say.
  public func finished(problems: [LineProblem], out: String?) -> String? {
    context.reportProblems(problems)
    if format == .json, !problems.isEmpty {
      context.warn(
        tr("what could not be read is not in this backup; keep a copy of the data folder too"))
    }
    return out.map { tr("Wrote %1$s to %2$s.", format.rawValue, $0) }
  }
}
