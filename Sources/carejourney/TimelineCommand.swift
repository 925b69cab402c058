import ArgumentParser
import Foundation
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

  @Flag(help: "Print CSV (RFC 4180) with a header row; journey events included.")
  var csv = false

  func validate() throws {
    if json && csv { throw ValidationError("choose one of --json and --csv") }
  }

  func run() throws {
    let context = try AppContext(global: global)
    let (snapshot, care) = try context.loadReadable()
    let start = try from.map { try context.date($0, option: "--from") }
    let end = try to.map { try context.date($0, option: "--to") }
    let items = Timeline.items(
      journey: snapshot.journey, entries: snapshot.entries, protocol: care, from: start, to: end)
    if json {
      print(try JSONOutput.string(items.map(TimelineRow.init)))
    } else if csv {
      print(CSVExport.table(items), terminator: "")
    } else {
      context.reportProblems(snapshot.problems)
      var lastDate: LocalDate?
      for item in items {
        if item.date != lastDate {
          say("\(item.date)  \(item.day.label) · \(item.phase.title)")
          lastDate = item.date
        }
        let time = item.time?.clockText ?? "     "
        let struck = item.struckOut ? "[struck out] " : ""
        var line = "  \(time)  \(struck)\(item.text)  — \(item.author)"
        if let correction = item.correction { line += " (\(correction))" }
        say(line)
      }
      if items.isEmpty { say("Nothing recorded in that range.") }
    }
  }
}

/// One timeline item in JSON output (CSV: `CSVExport` in JourneyExport).
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
  }
}
