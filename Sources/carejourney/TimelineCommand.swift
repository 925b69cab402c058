import ArgumentParser
import Foundation
import JourneyCore

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
    let (snapshot, care) = try context.loadReadable()
    let start = try from.map { try context.date($0, option: "--from") }
    let end = try to.map { try context.date($0, option: "--to") }
    let items = Timeline.items(
      journey: snapshot.journey, entries: snapshot.entries, protocol: care, from: start, to: end)
    if json {
      print(try JSONOutput.string(items.map(TimelineRow.init)))
    } else if csv {
      print(CSV.table(header: TimelineRow.csvHeader, rows: items.map { TimelineRow($0).csvCells }), terminator: "")
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

  static let csvHeader = [
    "date", "time", "day", "phase", "type", "text", "value", "unit", "severity", "author_role",
    "author_name", "struck_out", "correction", "id",
  ]

  var csvCells: [String] {
    [
      date.description, time ?? "", dayLabel ?? "", phase.rawValue, type, text,
      value.map { String($0) } ?? "", unit ?? "", severity.map(String.init) ?? "",
      author.role.rawValue, author.name, struckOut ? "yes" : "no", correction ?? "", id,
    ]
  }
}

/// RFC 4180 CSV, safe to open in a spreadsheet.
enum CSV {
  static func table(header: [String], rows: [[String]]) -> String {
    ([header] + rows).map { $0.map(cell).joined(separator: ",") + "\r\n" }.joined()
  }

  /// Quotes when needed; a cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
  /// tab, carriage return first) gets a leading apostrophe (OWASP CSV injection guidance).
  static func cell(_ text: String) -> String {
    var value = text
    if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      value = "'" + value
    }
    if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return value
  }
}
