import JourneyCore

extension CSVExport {
  /// Writes the rows of one `export csv` or one `timeline --csv`, a day's at a time, as
  /// ``CSVExport/rows(_:header:_:entries:)`` writes them, remembering the cells that repeat
  /// across years of rows: the numbers and the values as typed (ten years of daily readings
  /// hold a few hundred distinct ones), the author's two cells, the patient's, a day's date
  /// and label. Forty thousand rows then cost little more than copying their bytes.
  public struct Writer {
    /// What every row shares.
    public let table: Table
    /// The bytes of the rows written and not yet taken, kept between calls for their capacity.
    private var bytes: [UInt8] = []
    /// The patient's cell.
    private let patient: [UInt8]
    /// Numbers met before, as cells (``CSVExport/number(_:_:)``), by their bits.
    private var numbers: [UInt64: [UInt8]] = [:]
    /// Values as typed met before: how each typed text reads beside its stored value.
    private var typedValues: [TypedKey: Typed] = [:]
    /// The author of the row before and its `author_role` and `author_name` cells.
    private var author: (author: Author, cells: [UInt8])?
    /// The date and day number of the row before and its `date` and `day` cells.
    private var day: (on: LocalDate, number: Int?, date: [UInt8], label: [UInt8])?
    /// Cells remembered at most of each kind (a history with unusually many is written as
    /// before, cell by cell).
    static let limit = 4096

    /// A value as typed, by what its cells depend on.
    private struct TypedKey: Hashable {
      var weight: Bool
      var typed: String
      var stored: Double
    }

    /// How a typed text reads beside the stored value: as typed, or (not read back, or not
    /// the stored value) the stored value and unit.
    private enum Typed {
      case stored
      case typed(value: Double, unit: String)
    }

    public init(_ table: Table = Table()) {
      self.table = table
      var patient: [UInt8] = []
      CSVExport.cell(table.patient ?? "", table.dialect, into: &patient)
      self.patient = patient
      // A piece and the day that fills it, without growing the buffer by steps.
      bytes.reserveCapacity(Writer.pieceSize + (1 << 14))
    }

    /// The header row.
    public func header() -> String {
      var header: [UInt8] = []
      CSVExport.row(CSVExport.header, table.dialect, into: &header)
      return String(decoding: header, as: UTF8.self)
    }

    /// One row per item (per lab value for a visit's labs), in the order given; only the
    /// logged entries' (items with a time of day) when `entriesOnly`, as `export csv` writes.
    /// `entries` are those the items were made from, for the values shown one by one.
    public mutating func rows(
      _ items: [TimelineItem], entries: [Entry] = [], entriesOnly: Bool = false
    ) -> String {
      bytes.removeAll(keepingCapacity: true)
      add(items, entries: entries, entriesOnly: entriesOnly)
      return take()
    }

    /// The same rows kept after those not yet taken, to be taken many days at a time
    /// (``take()``, ``take(_:)``): ten years are then written in a hundred pieces, not 3,650.
    public mutating func add(
      _ items: [TimelineItem], entries: [Entry] = [], entriesOnly: Bool = false
    ) {
      for item in items where !entriesOnly || item.time != nil {
        write(item, body: Writer.body(of: item, in: entries))
      }
    }

    /// How many bytes of rows are kept, not yet taken.
    public var kept: Int { bytes.count }

    /// A piece worth handing on: 16 KB of rows, a week or so.
    public static let pieceSize = 1 << 14

    /// The rows kept, as text; none are kept after.
    public mutating func take() -> String {
      defer { bytes.removeAll(keepingCapacity: true) }
      return bytes.withUnsafeBufferPointer { JSONWriter.text($0) }
    }

    /// The rows kept, handed to `body` as their UTF-8 bytes; none are kept after.
    public mutating func take(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
      defer { bytes.removeAll(keepingCapacity: true) }
      try bytes.withUnsafeBufferPointer { try body($0) }
    }

    /// What the row of `item` shows one by one, or as typed: the body of the entry it was made
    /// from (the replacement, for a correction's row), for blood pressure, labs, temperatures
    /// and weights; nil for every other item. With two lines of one id, the later one's.
    static func body(of item: TimelineItem, in entries: [Entry]) -> Entry.Body? {
      switch item.kind {
      case .bloodPressure, .labs, .temperature, .weight: break
      default: return nil
      }
      for entry in entries.reversed() where entry.id == item.id {
        switch entry.body {
        case .bloodPressure, .labs, .temperature, .weight: return entry.body
        case .correction(_, _, let replacement?): return replacement
        default: continue
        }
      }
      return nil
    }

    /// An item's rows, cells in ``CSVExport/header`` order: one, or one per lab value.
    mutating func write(_ item: TimelineItem, body: Entry.Body?) {
      switch body {
      case .labs(let results):
        let dialect = table.dialect
        for result in results {
          let definition = table.care?.lab(named: result.lab)
          let shown =
            definition.map { (result.value, $0.unit) } ?? (result.typedValue, result.typedUnit)
          let value = CSVExport.number(shown.0, dialect)
          start(item)
          put((definition?.label ?? result.lab) + " " + value + " " + shown.1)
          put(value)
          put(shown.1)
          middle(item)
          separator(2)
          put(result.lab)
          var range = ""
          var flag = ""
          if let definition {
            range = definition.rangeText(between: " - ") { CSVExport.number($0, dialect) } ?? ""
            switch definition.status(of: result.value) {
            case .high: flag = "H"
            case .low: flag = "L"
            case .normal, .noRange: break
            }
          }
          put(range)
          put(flag)
          putPatient()
          putNumber(result.typedValue)
          put(result.typedUnit)
          end()
        }
      case .bloodPressure(let systolic, let diastolic):
        start(item)
        put(item.text)
        separator()
        put(item.unit ?? "")
        middle(item)
        put(String(systolic))
        put(String(diastolic))
        separator(3)
        putPatient()
        separator(2)
        end()
      default:
        start(item)
        put(item.text)
        separator()
        if let value = item.value { number(value) }
        put(item.unit ?? "")
        middle(item)
        separator(5)
        putPatient()
        putTyped(item, body: body)
        end()
      }
    }

    /// The cells up to `type` (columns 0 to 4), which every row of an item shares.
    private mutating func start(_ item: TimelineItem) {
      if item.undated {
        separator()
      } else {
        if day?.on != item.date || day?.number != item.day.number {
          var date: [UInt8] = []
          var label: [UInt8] = []
          CSVExport.cell(item.date.description, table.dialect, into: &date)
          CSVExport.cell(item.day.dayLabel ?? "", table.dialect, into: &label)
          day = (item.date, item.day.number, date, label)
        }
        if let day { bytes.append(contentsOf: day.date) }
        separator()
      }
      if let time = item.time {
        time.withUTF8 { CSVExport.cell($0, table.dialect, into: &bytes) }
      }
      separator()
      if !item.undated, let day { bytes.append(contentsOf: day.label) }
      put(item.phase.rawValue)
      put(item.kind.rawValue)
    }

    /// The cells from `severity` to `entered_on` (columns 8 to 14).
    private mutating func middle(_ item: TimelineItem) {
      put(item.severity.map(String.init) ?? "")
      separator()
      if author?.author != item.author {
        var cells: [UInt8] = []
        CSVExport.cell(item.author.role.rawValue, table.dialect, into: &cells)
        cells.append(table.dialect.separator)
        CSVExport.cell(item.author.name, table.dialect, into: &cells)
        author = (item.author, cells)
      }
      if let author { bytes.append(contentsOf: author.cells) }
      put(item.struckOut ? "yes" : "no")
      put(item.correction ?? "")
      put(item.id)
      put(item.enteredOn?.description ?? "")
    }

    /// A cell after the one before.
    private mutating func put(_ text: String) {
      bytes.append(table.dialect.separator)
      CSVExport.cell(text, table.dialect, into: &bytes)
    }

    /// `count` separators: before a cell, or empty cells.
    private mutating func separator(_ count: Int = 1) {
      for _ in 0..<count { bytes.append(table.dialect.separator) }
    }

    private mutating func putPatient() {
      bytes.append(table.dialect.separator)
      bytes.append(contentsOf: patient)
    }

    /// A number's cell after the one before.
    private mutating func putNumber(_ value: Double) {
      separator()
      number(value)
    }

    /// A number's cell (``CSVExport/number(_:_:)``), from memory when met before.
    private mutating func number(_ value: Double) {
      if let cell = numbers[value.bitPattern] {
        bytes.append(contentsOf: cell)
        return
      }
      var cell: [UInt8] = []
      CSVExport.cell(CSVExport.number(value, table.dialect), table.dialect, into: &cell)
      if numbers.count < Writer.limit { numbers[value.bitPattern] = cell }
      bytes.append(contentsOf: cell)
    }

    /// The `typed_value` and `typed_unit` cells (``CSVExport/typed(_:body:)``), each typed
    /// text read once.
    private mutating func putTyped(_ item: TimelineItem, body: Entry.Body?) {
      let key: TypedKey
      switch body {
      case .temperature(let celsius, let asTyped):
        key = TypedKey(weight: false, typed: asTyped, stored: celsius)
      case .weight(let kilograms, let asTyped):
        key = TypedKey(weight: true, typed: asTyped, stored: kilograms)
      default:
        putStored(item)
        return
      }
      var typed = typedValues[key]
      if typed == nil {
        let read: Typed =
          switch body {
          case .temperature(let celsius, let asTyped):
            CSVExport.typedTemperature(asTyped, celsius: celsius).map {
              .typed(value: $0.value, unit: $0.unit)
            } ?? .stored
          case .weight(let kilograms, let asTyped):
            CSVExport.typedWeight(asTyped, kilograms: kilograms).map {
              .typed(value: $0.value, unit: $0.unit)
            } ?? .stored
          default: .stored
          }
        if typedValues.count < Writer.limit { typedValues[key] = read }
        typed = read
      }
      switch typed {
      case .typed(let value, let unit)?:
        putNumber(value)
        put(unit)
      case .stored?, nil:
        putStored(item)
      }
    }

    /// The stored value and unit as the typed ones; empty without a value.
    private mutating func putStored(_ item: TimelineItem) {
      separator()
      guard let value = item.value else {
        separator()
        return
      }
      number(value)
      put(item.unit ?? "")
    }

    private mutating func end() {
      bytes.append(UInt8(ascii: "\r"))
      bytes.append(UInt8(ascii: "\n"))
    }
  }
}
