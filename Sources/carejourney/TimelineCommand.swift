import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore
import JourneyExport

/// `carejourney timeline`: the journey day by day.
struct TimelineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract: "Show journey events and logged entries in time order.",
    discussion: """
      Struck-out entries stay listed, marked as such, with the correction's reason.

      Examples:
        carejourney timeline --from 2026-11-01
        carejourney timeline --csv > journey.csv
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "First date, YYYY-MM-DD.")
  var from: String?

  @Option(help: "Last date, YYYY-MM-DD.")
  var to: String?

  @Flag(help: "Print a JSON array.")
  var json = false

  @Flag(help: "Print CSV (RFC 4180) with a header row.")
  var csv = false

  func validate() throws {
    if json && csv { throw ValidationError("choose one of --json and --csv") }
  }

  func run() throws {
    let context = try AppContext(global: global)
    let (start, end) = try context.dateRange(from: from, to: to)
    let (snapshot, care) = try context.loadReadable(readingEntries: false)
    // Day by day: ten years are printed without holding them (40,000 entries and their rows
    // took 70 MB at once).
    var days = TimelineDays(journey: snapshot.journey, protocol: care, from: start, to: end)
    var output = TimelineOutput(
      format: json ? .json : csv ? .csv : .text,
      table: CSVExport.Table(patient: snapshot.journey.patient, care: care))
    let problems = try context.store.forEachDay(from: start, to: end) { date, entries in
      try output.print(days.through(date, entries: entries), entries: entries)
    }
    try output.print(days.rest())
    output.finish()
    if !json && !csv { context.reportProblems(snapshot.problems + problems) }
  }
}

/// Prints timeline items as they come, a day at a time, exactly as printing them all at once
/// would.
struct TimelineOutput {
  enum Format { case text, json, csv }

  let format: Format
  /// The patient and protocol the CSV rows name.
  let table: CSVExport.Table
  private var printed = 0
  private var lastDate: LocalDate?
  /// True when standard output is a terminal: CSV then shows control and bidi characters
  /// escaped (`^[`), as every other output does; piped or redirected, it is exact.
  private let terminal = Console.current.outputIsTerminal

  init(format: Format, table: CSVExport.Table = CSVExport.Table()) {
    self.format = format
    self.table = table
    if format == .csv { printCSV(CSVExport.rows([], header: true, table)) }
  }

  /// CSV text, made visible when it goes to a terminal.
  private func printCSV(_ text: String) {
    output(terminal ? SafeText.visibleLines(text) : text, terminator: "")
  }

  /// Prints items; `entries` are those they were made from (CSV shows blood pressure and each
  /// lab value from them).
  mutating func print(_ items: [TimelineItem], entries: [Entry] = []) throws {
    guard !items.isEmpty else { return }
    switch format {
    case .json:
      // The array JSONOutput writes: each object indented by two spaces, a comma between.
      var text = printed == 0 ? "[\n" : ",\n"
      for (index, item) in items.enumerated() {
        let object = try JSONOutput.string(TimelineRow(item))
        if index > 0 { text += ",\n" }
        text += object.split(separator: "\n", omittingEmptySubsequences: false)
          .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
      }
      output(text, terminator: "")
    case .csv:
      printCSV(CSVExport.rows(items, table, entries: entries))
    case .text:
      for item in items {
        if item.date != lastDate {
          say("\(item.date)  \(item.day.label) · \(item.phase.title)")
          lastDate = item.date
        }
        let time = item.time?.clockText ?? "     "
        let struck = item.struckOut ? "[struck out] " : ""
        var line = "  \(time)  \(struck)\(item.text)  — \(item.author)"
        if let correction = item.correction { line += " (\(correction))" }
        if let late = item.lateEntryText { line += " · " + late }
        say(line)
      }
    }
    printed += items.count
  }

  func finish() {
    switch format {
    case .json: output(printed == 0 ? "[\n\n]" : "\n]")
    case .csv: break
    case .text: if printed == 0 { say("Nothing recorded in that range.") }
    }
  }
}

/// One timeline item in JSON and CSV output.
struct TimelineRow: Encodable {
  var id: String
  var date: LocalDate
  @NullWhenAbsent var time: String?
  @NullWhenAbsent var day: Int?
  @NullWhenAbsent var dayLabel: String?
  var phase: Phase
  var type: String
  var text: String
  @NullWhenAbsent var value: Double?
  @NullWhenAbsent var unit: String?
  @NullWhenAbsent var severity: Int?
  var author: Author
  var struckOut: Bool
  @NullWhenAbsent var correction: String?
  /// The day the line was written, when later than the day it describes (a late entry).
  @NullWhenAbsent var enteredOn: LocalDate?
  /// True when no date was entered for it: `date` is then the day it was written.
  var undated: Bool

  init(_ item: TimelineItem) {
    id = item.id
    date = item.date
    time = item.time?.description
    day = item.day.number
    dayLabel = item.day.dayLabel
    phase = item.phase
    type = item.kind.rawValue
    text = item.text
    value = item.value
    unit = item.unit
    severity = item.severity
    author = item.author
    struckOut = item.struckOut
    correction = item.correction
    enteredOn = item.enteredOn
    undated = item.undated
  }

}
