import ArgumentParser
import Foundation
import JourneyCore
import JourneyExport
import JourneyStore

extension ExportFormat: ExpressibleByArgument {}

/// `carejourney export`: the journey in a format another program reads.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the journey as CSV, JSON, FHIR R4, iCalendar or an HTML visit report.",
    discussion: """
      Formats:
        csv   one row per entry (RFC 4180), for a spreadsheet
        json  the whole journey, for `carejourney import` (backup, a new machine)
        fhir  an HL7 FHIR R4 Bundle for another clinic's system
        ics   planned milestones and follow-up visits for a calendar (RFC 5545)
        html  a printable one-page visit report for the clinic

      Without --out the export goes to standard output. An existing file is never replaced \
      unless --force is given.

      --from and --to keep only those dates, except for json: a backup is always the whole \
      journey (every event and entry, corrections included, and the protocol), so that \
      `carejourney import` restores all of it; json refuses a range.

      Examples:
        carejourney export csv --out journey.csv
        carejourney export html --from 2026-11-01 --out visit-report.html
        carejourney export json --out backup.json
        carejourney --data ~/new-journey import backup.json
      """)

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

  func validate() throws {
    if format == .json && (from != nil || to != nil) {
      throw ValidationError(JSONExport.rangeRefusal)
    }
  }

  func run() throws {
    let context = try AppContext(global: global)
    let (start, end) = try context.dateRange(from: from, to: to)
    if let out, !force, FileManager.default.fileExists(atPath: out) {
      throw CLIError("\(out) exists: choose another --out, or add --force to replace it")
    }
    if format == .json {
      let problems: [LineProblem]
      if let out {
        var read: [LineProblem] = []
        try WholeFile.write(out, replacing: force) { emit in read = try context.streamBackup(emit) }
        problems = read
      } else {
        // JSON escapes control characters itself; on a terminal, DEL, C1 and bidi are too.
        let terminal = isatty(STDOUT_FILENO) == 1
        problems = try context.streamBackup {
          print(terminal ? SafeText.jsonEscaped($0) : $0, terminator: "")
        }
      }
      context.reportProblems(problems)
      if !problems.isEmpty {
        printError(
          "warning: what could not be read is not in this backup; keep a copy of the data folder too")
      }
      if let out { printError("Wrote json to \(out).") }
      return
    }
    if format == .csv {
      // A day's rows at a time, as the backup is streamed.
      let problems: [LineProblem]
      if let out {
        var read: [LineProblem] = []
        try WholeFile.write(out, replacing: force) { emit in
          read = try context.streamCSV(from: start, to: end, emit)
        }
        problems = read
      } else {
        let terminal = isatty(STDOUT_FILENO) == 1
        problems = try context.streamCSV(from: start, to: end) {
          print(terminal ? SafeText.visibleLines($0) : $0, terminator: "")
        }
      }
      context.reportProblems(problems)
      if let out { printError("Wrote csv to \(out).") }
      return
    }
    let (text, problems) = try context.exportText(format, from: start, to: end)
    context.reportProblems(problems)
    guard let out else {
      // On a terminal, control and bidi characters show escaped, as every other output does
      // (an OSC 52 in a note would set the clipboard); a file or a pipe gets the exact text.
      let shown = isatty(STDOUT_FILENO) == 1 ? SafeText.visibleLines(text) : text
      print(shown, terminator: "")
      return
    }
    try WholeFile.write(out, contents: text, replacing: force)
    printError("Wrote \(format.rawValue) to \(out).")
  }
}
