import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore
import JourneyExport
import JourneyStore

extension ExportFormat: ExpressibleByArgument {}

/// `carejourney export`: the journey in a format another program reads.
struct ExportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "export",
      abstract: tr("Write the journey as CSV, JSON, FHIR R4, iCalendar or an HTML visit report."),
      discussion: CommandHelp.export)
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp(tr("csv, json, fhir, ics or html.")))
  var format: ExportFormat

  @Option(help: ArgumentHelp(tr("First date, YYYY-MM-DD (not for json).")))
  var from: String?

  @Option(help: ArgumentHelp(tr("Last date, YYYY-MM-DD (not for json).")))
  var to: String?

  @Option(help: ArgumentHelp(tr("The file to write (default: standard output).")))
  var out: String?

  @Flag(help: ArgumentHelp(tr("Replace --out if it exists.")))
  var force = false

  @Flag(
    help: ArgumentHelp(
      tr(
        "csv for a spreadsheet in a comma-decimal locale: a UTF-8 byte-order mark, ';' between "
          + "cells, decimal commas.")))
  var excel = false

  func validate() throws {
    if excel && format != .csv {
      throw ValidationError(tr("--excel is for csv only: leave it out, or export csv"))
    }
    if format == .json && (from != nil || to != nil) {
      throw ValidationError(JSONExport.rangeRefusal)
    }
  }

  func run() throws {
    let context = try AppContext(global: global, languages: format == .html)
    let (start, end) = try context.dateRange(from: from, to: to)
    if let out, !force, FileManager.default.fileExists(atPath: out) {
      throw AppError(tr("%s exists: choose another --out, or add --force to replace it", out))
    }
    var job = ExportJob(context, format: format, from: start, to: end)
    if excel { job.csvDialect = .excel }
    // `--lang de,en`: the visit report in both, side by side.
    if format == .html, !global.languageTags.isEmpty {
      job.languages = try global.languageTags.compactMap {
        try AppContext.languageTag($0, option: "--lang").flatMap(Language.init(tag:))
      }
    }
    let problems: [LineProblem]
    if let out {
      problems = try job.write(to: out, replacing: force)
    } else {
      // On a terminal, control and bidi characters show escaped, as every other output does
      // (an OSC 52 in a note would set the clipboard); a file or a pipe gets the exact text.
      // JSON escapes control characters itself; on a terminal, DEL, C1 and bidi are too.
      let terminal = Console.current.outputIsTerminal
      if !terminal, let outBytes = Console.current.outBytes {
        // A file or a pipe: the pieces as they are (a bundle's and a CSV's never made into
        // strings).
        problems = try job.streamBytes(outBytes)
      } else {
        problems = try job.stream { piece in
          guard terminal else { return output(piece, terminator: "") }
          output(
            format == .json ? SafeText.jsonEscaped(piece) : SafeText.visibleLines(piece),
            terminator: "")
        }
      }
    }
    context.reportProblems(problems)
    if format == .json, !problems.isEmpty {
      printError(
        tr("warning:") + " "
          + tr("what could not be read is not in this backup; keep a copy of the data folder too"))
    }
    if let out { printError(tr("Wrote %1$s to %2$s.", format.rawValue, out)) }
  }
}
