import JourneyCore

/// CSV (RFC 4180) of timeline rows, safe to open in a spreadsheet: the one writer behind
/// `carejourney export csv` (one row per logged entry) and `carejourney timeline --csv` (journey
/// events too).
///
/// Rows end in CRLF; a cell holding a comma, a quote or a line break is quoted, its quotes
/// doubled. The text is UTF-8 with no byte-order mark. Each row carries the date, the time with
/// its UTC offset, the day label (`Day +7`), the phase on that day, the type, the text, the value
/// with its UCUM unit, the severity, the author, whether a correction struck it out and why, the
/// line's id, and, for a line written on a later day than it describes, the day it was entered
/// (a late entry, as a paper chart marks one; last, so the columns before keep their places). An
/// event whose date was not entered has an empty date.
public enum CSVExport {
  /// The header row's names, in column order.
  public static let header = [
    "date", "time", "day", "phase", "type", "text", "value", "unit", "severity", "author_role",
    "author_name", "struck_out", "correction", "id", "entered_on",
  ]

  /// One row per logged entry (journey events such as phase changes are left out: the phase
  /// column says where each entry stands), within the export's dates.
  static func render(_ input: ExportInput) -> String {
    let items = Timeline.items(
      journey: input.journey, entries: input.entries, protocol: input.care, from: input.from,
      to: input.to)
    return rows([], header: true) + entryRows(items)
  }

  /// The header and one row per item, in the order given.
  public static func table(_ items: [TimelineItem]) -> String {
    rows(items, header: true)
  }

  /// One row per item, after the header row when asked: a day's rows at a time, so years of
  /// history are written without holding them all (`timeline --csv`, `export csv`).
  ///
  /// Written as bytes into one buffer: ten years of entries make half a million cells, and
  /// joining them as strings took a quarter of `timeline --csv`.
  public static func rows(_ items: [TimelineItem], header withHeader: Bool = false) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(160 * (items.count + 1))
    if withHeader { row(header, into: &bytes) }
    for item in items { row(cells(item), into: &bytes) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The rows `export csv` writes for some items: logged entries only (journey events, which
  /// carry no time of day, are left out; the phase column says where each entry stands).
  public static func entryRows(_ items: [TimelineItem]) -> String {
    rows(items.filter { $0.time != nil })
  }

  /// An item's cells, in ``header`` order.
  static func cells(_ item: TimelineItem) -> [String] {
    [
      item.undated ? "" : item.date.description, item.time?.description ?? "",
      item.undated ? "" : item.day.dayLabel ?? "",
      item.phase.rawValue, item.kind.rawValue, item.text, item.value.map { String($0) } ?? "",
      item.unit ?? "", item.severity.map(String.init) ?? "", item.author.role.rawValue,
      item.author.name, item.struckOut ? "yes" : "no", item.correction ?? "", item.id,
      item.enteredOn?.description ?? "",
    ]
  }

  /// A row: its cells, a comma between, CRLF after.
  static func row(_ cells: [String], into bytes: inout [UInt8]) {
    for (index, text) in cells.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      cell(text, into: &bytes)
    }
    bytes.append(UInt8(ascii: "\r"))
    bytes.append(UInt8(ascii: "\n"))
  }

  /// A cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break.
  ///
  /// A cell a spreadsheet would run as a formula (first character `=`, `+`, `-`, `@`, tab or
  /// carriage return) gets a leading apostrophe, as the OWASP CSV injection guidance advises.
  /// Bytes are looked at, not characters: every character that matters is ASCII.
  static func cell(_ text: String) -> String {
    var bytes: [UInt8] = []
    cell(text, into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// ``cell(_:)`` appended to `bytes`.
  static func cell(_ text: String, into bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { utf8 in
      let formula = utf8.first.map(formulaStarts.contains) ?? false
      let quoted = utf8.contains {
        $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\n")
          || $0 == UInt8(ascii: "\r")
      }
      guard formula || quoted else {
        bytes.append(contentsOf: utf8)
        return
      }
      if quoted { bytes.append(UInt8(ascii: "\"")) }
      if formula { bytes.append(UInt8(ascii: "'")) }
      guard quoted else {
        bytes.append(contentsOf: utf8)
        return
      }
      for byte in utf8 {
        bytes.append(byte)
        if byte == UInt8(ascii: "\"") { bytes.append(byte) }
      }
      bytes.append(UInt8(ascii: "\""))
    }
  }

  /// The first characters that make a spreadsheet read a cell as a formula (OWASP).
  static let formulaStarts: [UInt8] = Array("=+-@\t\r".utf8)
}
