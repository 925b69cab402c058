import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore
import JourneyExport
import JourneyStore

extension ExportFormat: ExpressibleByArgument {}

/// `carejourney export`: the journey in a format another program reads.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the journey as CSV, JSON, FHIR R4, iCalendar or an HTML visit report.",
    discussion: CommandHelp.export)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "csv, json, fhir, ics or html.")
  var format: ExportFormat

  @Option(help: "First date, YYYY-MM-DD (not for json).")
  var from: String?

  @Option(help: "Last date, YYYY-MM-DD (not for json).")
  var to: String?

  @Option(help: "The file to write (default: standard output).")
  var out: String?

  @Flag(help: "Replace --out if it exists.")
  var force = false

  @Flag(
    help:
      "csv for a spreadsheet in a comma-decimal locale: a UTF-8 byte-order mark, ';' between cells, decimal commas."
  )
  var excel = false

  func validate() throws {
    if excel && format != .csv {
      throw ValidationError("--excel is for csv only: leave it out, or export csv")
    }
    if format == .json && (from != nil || to != nil) {
      throw ValidationError(JSONExport.rangeRefusal)
    }
  }

  func run() throws {
    let context = try AppContext(global: global)
    let (start, end) = try context.dateRange(from: from, to: to)
    if let out, !force, FileManager.default.fileExists(atPath: out) {
      throw AppError("\(out) exists: choose another --out, or add --force to replace it")
    }
    var job = ExportJob(context, format: format, from: start, to: end)
    if excel { job.csvDialect = .excel }
    let problems: [LineProblem]
    if let out {
      problems = try job.write(to: out, replacing: force)
    } else {
      // On a terminal, control and bidi characters show escaped, as every other output does
      // (an OSC 52 in a note would set the clipboard); a file or a pipe gets the exact text.
      // JSON escapes control characters itself; on a terminal, DEL, C1 and bidi are too.
      let terminal = Console.current.outputIsTerminal
      problems = try job.stream { piece in
        guard terminal else { return output(piece, terminator: "") }
        output(
          format == .json ? SafeText.jsonEscaped(piece) : SafeText.visibleLines(piece),
          terminator: "")
      }
    }
    context.reportProblems(problems)
    if format == .json, !problems.isEmpty {
      printError(
        "warning: what could not be read is not in this backup; keep a copy of the data folder too")
    }
    if let out { printError("Wrote \(format.rawValue) to \(out).") }
  }
}
