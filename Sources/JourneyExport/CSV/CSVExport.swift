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
/// value its lab, the protocol's reference range (`≤ 150` with one limit) and the flag (H, L),
/// the patient, and the value and unit as typed (`100.8` `[degF]` beside the stored `38.22`
/// `Cel`; see ``typed(_:body:)``). An event whose date was not entered has an empty date.
///
/// Numbers are written as a person reads them: at most two decimals, no trailing zeros, no
/// `36.300000000000004` and no `92.0`. A visit's labs are one row per value, each with the
/// line's id. ``Dialect/excel`` writes for spreadsheets in comma-decimal locales.
public enum CSVExport {
  /// The header row's names, in column order.
  public static let header = [
    "date", "time", "day", "phase", "type", "text", "value", "unit", "severity", "author_role",
    "author_name", "struck_out", "correction", "id", "entered_on", "systolic", "diastolic", "lab",
    "reference_range", "flag", "patient", "typed_value", "typed_unit",
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
  /// (`timeline --csv`, `export csv`, which keep one ``Writer`` for all the days).
  ///
  /// Written as bytes into one buffer: ten years of entries make half a million cells, and
  /// joining them as strings took a quarter of `timeline --csv`.
  /// `entries` are those the items were made from (a day's, or more), for the values shown
  /// one by one (blood pressure, labs); without them such an item is one row, as described.
  public static func rows(
    _ items: [TimelineItem], header withHeader: Bool = false, _ table: Table = Table(),
    entries: [Entry] = []
  ) -> String {
    var writer = Writer(table)
    let header = withHeader ? writer.header() : ""
    return header + writer.rows(items, entries: entries)
  }

  /// The rows `export csv` writes for some items: logged entries only (journey events, which
  /// carry no time of day, are left out; the phase column says where each entry stands).
  public static func entryRows(
    _ items: [TimelineItem], _ table: Table = Table(), entries: [Entry] = []
  ) -> String {
    var writer = Writer(table)
    return writer.rows(items, entries: entries, entriesOnly: true)
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
    guard !text.isEmpty else { return }
    text.withContiguousUTF8 { cell($0, dialect, into: &bytes) }
  }

  /// ``cell(_:_:into:)`` of text given as its UTF-8 bytes.
  static func cell(
    _ utf8: UnsafeBufferPointer<UInt8>, _ dialect: Dialect = .standard, into bytes: inout [UInt8]
  ) {
    guard let base = utf8.baseAddress, !utf8.isEmpty else { return }
    // The bytes that make a cell quoted, all below 64, as bits: `"`, line breaks, `;`, and
    // `,` unless it is a decimal comma (``Dialect/excel``).
    var quoting: UInt64 = 1 << 0x22 | 1 << 0x0A | 1 << 0x0D | 1 << 0x3B
    if dialect != .excel { quoting |= 1 << 0x2C }
    let first = base[0]
    let formula = first < 0x41 && formulaStarts.contains(first)
    var quoted = false
    for index in 0..<utf8.count {
      let byte = base[index]
      if byte < 64 && quoting & (1 << UInt64(byte)) != 0 {
        quoted = true
        break
      }
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

  /// The first characters that make a spreadsheet read a cell as a formula (OWASP).
  static let formulaStarts: [UInt8] = Array("=+-@\t\r".utf8)
}
