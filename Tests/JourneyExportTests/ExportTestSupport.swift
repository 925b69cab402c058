import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

/// The demo journey as export input, at a fixed moment (no clock, no files).
enum DemoInput {
  static let now = Timestamp(date: date("2026-11-22"), secondOfDay: 9 * 3600, utcOffset: 3600)

  static func date(_ text: String) -> LocalDate {
    guard let date = LocalDate(parsing: text) else { fatalError("bad test date \(text)") }
    return date
  }
  static let protocolText = CareProtocol.builtInText(named: "cd19-sle") ?? ""
  static let care: CareProtocol = {
    guard let care = try? CareProtocol(toml: protocolText) else { fatalError("built-in protocol") }
    return care
  }()
  static let demo = DemoJourney(today: now.date, protocol: care, utcOffset: 3600)

  /// The demo with `extra` entries after its own.
  static func input(
    entries extra: [Entry] = [], from: LocalDate? = nil, to: LocalDate? = nil
  ) -> ExportInput {
    ExportInput(
      journey: Journey(events: demo.events), entries: demo.entries + extra, care: care,
      protocolText: protocolText, now: now, from: from, to: to)
  }

  /// An entry written by the nurse at 10:00 on `date`.
  static func entry(_ id: String, on date: LocalDate, _ body: Entry.Body) -> Entry {
    let at = Timestamp(date: date, secondOfDay: 10 * 3600, utcOffset: 3600)
    return Entry(id: id, recordedAt: at, observedAt: at, author: DemoJourney.nurse, body: body)
  }
}

/// Reads RFC 4180 text back into rows of cells: quoted cells, doubled quotes, CRLF row ends.
/// Returns nil for text that is not well-formed (a bare CR or LF outside quotes, a stray quote).
func parseCSV(_ text: String) -> [[String]]? {
  var rows: [[String]] = []
  var row: [String] = []
  var cell = ""
  var quoted = false
  var scalars = Array(text.unicodeScalars)[...]
  while let c = scalars.popFirst() {
    if quoted {
      if c == "\"" {
        if scalars.first == "\"" {
          scalars.removeFirst()
          cell.unicodeScalars.append("\"")
        } else {
          quoted = false
          guard scalars.first == "," || scalars.first == "\r" || scalars.isEmpty else { return nil }
        }
      } else {
        cell.unicodeScalars.append(c)
      }
    } else if c == "\"" {
      guard cell.isEmpty else { return nil }
      quoted = true
    } else if c == "," {
      row.append(cell)
      cell = ""
    } else if c == "\r" {
      guard scalars.popFirst() == "\n" else { return nil }
      row.append(cell)
      rows.append(row)
      (row, cell) = ([], "")
    } else if c == "\n" {
      return nil
    } else {
      cell.unicodeScalars.append(c)
    }
  }
  guard !quoted, row.isEmpty, cell.isEmpty else { return nil }  // the last row ends in CRLF
  return rows
}
