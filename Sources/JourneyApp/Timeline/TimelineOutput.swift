import JourneyCore
import JourneyExport

/// Prints timeline items as they come, a day at a time, exactly as printing them all at once
/// would.
public struct TimelineOutput {
  /// Plain text for people, a JSON array, or CSV with a header row.
  public enum Format: Sendable { case text, json, csv }

  let format: Format
  /// Writes the CSV rows, naming the patient and protocol of its table.
  private var csv: CSVExport.Writer
  private var printed = 0
  private var lastDate: LocalDate?
  /// True when standard output is a terminal: CSV then shows control and bidi characters
  /// escaped (`^[`), as every other output does; piped or redirected, it is exact.
  private let terminal: Bool
  /// Writes to standard output, as given.
  private let write: (String) -> Void

  /// An output in `format` to `write`; `terminal` when that is a terminal.
  public init(
    format: Format, terminal: Bool, table: CSVExport.Table = CSVExport.Table(),
    write: @escaping (String) -> Void
  ) {
    self.format = format
    self.terminal = terminal
    self.csv = CSVExport.Writer(table)
    self.write = write
    if format == .csv { printCSV(csv.header()) }
  }

  /// CSV text, made visible when it goes to a terminal.
  private func printCSV(_ text: String) {
    write(terminal ? SafeText.visibleLines(text) : text)
  }

  /// A line for people, its control and bidi characters made visible.
  private func say(_ line: String) {
    write(SafeText.visible(line) + "\n")
  }

  /// Prints the next items, in time order after those printed before; `entries` are those
  /// they were made from (CSV shows blood pressure and each lab value from them).
  public mutating func print(_ items: [TimelineItem], entries: [Entry] = []) throws {
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
      write(text)
    case .csv:
      // Printed many days at a time (``finish()`` prints the rest).
      csv.add(items, entries: entries)
      if csv.kept >= CSVExport.Writer.pieceSize { printCSV(csv.take()) }
    case .text:
      for item in items {
        if item.date != lastDate {
          say("\(item.date.shown)  \(item.day.label) · \(item.phase.title)")
          lastDate = item.date
        }
        let time = item.time?.clockText ?? "     "
        let struck = item.struckOut ? tr("[struck out]") + " " : ""
        var line = "  \(time)  \(struck)\(item.text)  — \(item.author)"
        if let device = item.device { line += " " + tr("on %s", device, context: "a computer") }
        if let correction = item.correction { line += " (\(correction))" }
        if let late = item.lateEntryText { line += " · " + late }
        say(line)
      }
    }
    printed += items.count
  }

  /// Ends the output: closes the JSON array, prints the last CSV rows, or says nothing was
  /// recorded.
  public mutating func finish() {
    switch format {
    case .json: write(printed == 0 ? "[\n\n]\n" : "\n]\n")
    case .csv: if csv.kept > 0 { printCSV(csv.take()) }
    case .text: if printed == 0 { say(tr("Nothing recorded in that range.")) }
    }
  }
}
