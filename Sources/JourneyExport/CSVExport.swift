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
/// (a late entry, as a paper chart marks one), then the columns added for issue 18 (after the
/// older ones, so those keep their places): blood pressure as systolic and diastolic, for a lab
/// value its lab, the protocol's reference range and the flag (H, L), and the patient. An event
/// whose date was not entered has an empty date.
///
/// Numbers are written as a person reads them: at most two decimals, no trailing zeros, no
/// `36.300000000000004` and no `92.0`. A visit's labs are one row per value, each with the
/// line's id. ``Dialect/excel`` writes for spreadsheets in comma-decimal locales.
public enum CSVExport {
  /// The header row's names, in column order.
  public static let header = [
    "date", "time", "day", "phase", "type", "text", "value", "unit", "severity", "author_role",
    "author_name", "struck_out", "correction", "id", "entered_on", "systolic", "diastolic", "lab",
    "reference_range", "flag", "patient",
  ]

  /// How the cells are separated and numbers written.
  public enum Dialect: Sendable {
    /// RFC 4180: commas, decimal points, no byte-order mark.
    case standard
    /// For a spreadsheet in a comma-decimal locale (German, French, ...): a UTF-8 byte-order
    /// mark (so Excel reads UTF-8), `;` between cells and a decimal comma (`38,5`).
    case excel

    var separator: UInt8 { self == .excel ? UInt8(ascii: ";") : UInt8(ascii: ",") }
    /// What goes before the header.
    public var start: String { self == .excel ? "\u{FEFF}" : "" }
  }

  /// What every row shares: the patient, the protocol (lab labels and ranges), the dialect.
  public struct Table: Sendable {
    public var patient: String?
    public var care: CareProtocol?
    public var dialect: Dialect

    public init(patient: String? = nil, care: CareProtocol? = nil, dialect: Dialect = .standard) {
      self.patient = patient
      self.care = care
      self.dialect = dialect
    }
  }

  /// One row per logged entry (journey events such as phase changes are left out: the phase
  /// column says where each entry stands), within the export's dates.
  static func render(_ input: ExportInput, dialect: Dialect = .standard) -> String {
    let items = Timeline.items(
      journey: input.journey, entries: input.entries, protocol: input.care, from: input.from,
      to: input.to)
    let table = Table(patient: input.journey.patient, care: input.care, dialect: dialect)
    return dialect.start + rows([], header: true, table)
      + entryRows(items, table, entries: input.entries)
  }

  /// The header and one row per item, in the order given.
  public static func table(_ items: [TimelineItem], _ table: Table = Table()) -> String {
    rows(items, header: true, table)
  }

  /// One row per item (per lab value for a visit's labs), after the header row when asked: a
  /// day's rows at a time, so years of history are written without holding them all
  /// (`timeline --csv`, `export csv`).
  ///
  /// Written as bytes into one buffer: ten years of entries make half a million cells, and
  /// joining them as strings took a quarter of `timeline --csv`.
  /// `entries` are those the items were made from (a day's, or more), for the values shown
  /// one by one (blood pressure, labs); without them such an item is one row, as described.
  public static func rows(
    _ items: [TimelineItem], header withHeader: Bool = false, _ table: Table = Table(),
    entries: [Entry] = []
  ) -> String {
    var bodies: [String: Entry.Body] = [:]
    for entry in entries {
      switch entry.body {
      case .bloodPressure, .labs: bodies[entry.id] = entry.body
      case .correction(_, _, let replacement?): bodies[entry.id] = replacement
      default: continue
      }
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(160 * (items.count + 1))
    if withHeader { row(header, table.dialect, into: &bytes) }
    for item in items {
      for cells in cells(item, table, body: bodies[item.id]) {
        row(cells, table.dialect, into: &bytes)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The rows `export csv` writes for some items: logged entries only (journey events, which
  /// carry no time of day, are left out; the phase column says where each entry stands).
  public static func entryRows(
    _ items: [TimelineItem], _ table: Table = Table(), entries: [Entry] = []
  ) -> String {
    rows(items.filter { $0.time != nil }, table, entries: entries)
  }

  /// An item's rows of cells, in ``header`` order: one, or one per lab value.
  static func cells(_ item: TimelineItem, _ table: Table, body: Entry.Body?) -> [[String]] {
    let number = { (value: Double) in CSVExport.number(value, table.dialect) }
    var base = [
      item.undated ? "" : item.date.description, item.time?.description ?? "",
      item.undated ? "" : item.day.dayLabel ?? "",
      item.phase.rawValue, item.kind.rawValue, item.text, item.value.map(number) ?? "",
      item.unit ?? "", item.severity.map(String.init) ?? "", item.author.role.rawValue,
      item.author.name, item.struckOut ? "yes" : "no", item.correction ?? "", item.id,
      item.enteredOn?.description ?? "", "", "", "", "", "", table.patient ?? "",
    ]
    switch body {
    case .bloodPressure(let systolic, let diastolic):
      base[6] = ""
      base[15] = String(systolic)
      base[16] = String(diastolic)
      return [base]
    case .labs(let results):
      return results.map { result in
        var cells = base
        let definition = table.care?.lab(named: result.lab)
        let shown =
          definition.map { (result.value, $0.unit) } ?? (result.typedValue, result.typedUnit)
        cells[5] = (definition?.label ?? result.lab) + " " + number(shown.0) + " " + shown.1
        cells[6] = number(shown.0)
        cells[7] = shown.1
        cells[17] = result.lab
        if let definition {
          cells[18] = [definition.low, definition.high]
            .map { $0.map(number) ?? "" }.joined(separator: " - ")
          if definition.low == nil && definition.high == nil { cells[18] = "" }
          switch definition.status(of: result.value) {
          case .high: cells[19] = "H"
          case .low: cells[19] = "L"
          case .normal, .noRange: break
          }
        }
        return cells
      }
    default:
      return [base]
    }
  }

  /// A number as a person reads it: at most two decimals, no trailing zeros; with a decimal
  /// comma for ``Dialect/excel``.
  static func number(_ value: Double, _ dialect: Dialect) -> String {
    let text = DecimalText.format(value, places: 2, trimmed: true)
    return dialect == .excel ? text.replacingOccurrences(of: ".", with: ",") : text
  }

  /// A row: its cells, the dialect's separator between, CRLF after.
  static func row(_ cells: [String], _ dialect: Dialect, into bytes: inout [UInt8]) {
    for (index, text) in cells.enumerated() {
      if index > 0 { bytes.append(dialect.separator) }
      cell(text, dialect, into: &bytes)
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
  ///
  /// Standard CSV quotes a `;` too, so a spreadsheet guessing the separator reads the same
  /// cells; ``Dialect/excel`` leaves a `,` (a decimal comma) unquoted.
  static func cell(_ text: String, _ dialect: Dialect = .standard, into bytes: inout [UInt8]) {
    var text = text
    let comma: UInt8 = dialect == .excel ? UInt8(ascii: ";") : UInt8(ascii: ",")
    text.withUTF8 { utf8 in
      let formula = utf8.first.map(formulaStarts.contains) ?? false
      let quoted = utf8.contains {
        $0 == UInt8(ascii: "\"") || $0 == comma || $0 == UInt8(ascii: "\n")
          || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: ";")
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
