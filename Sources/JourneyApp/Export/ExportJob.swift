import Foundation
import JourneyCore
import JourneyExport
import JourneyStore

/// An export of the journey: the one owner of how each format is read and written, for
/// `carejourney export` and the screens' export key alike.
///
/// CSV, the JSON backup, FHIR and the visit report are read a day at a time (the first three
/// handed on in pieces), so ten years are never held at once; iCalendar renders the whole
/// journey from one ``ExportInput`` (``ExportFormat/render(_:)`` picks the writer).
public struct ExportJob: Sendable {
  public let context: AppContext
  public let format: ExportFormat
  public let from: LocalDate?
  public let to: LocalDate?
  /// How CSV is written (``CSVExport/Dialect/excel`` for comma-decimal spreadsheets).
  public var csvDialect: CSVExport.Dialect = .standard
  /// The languages of the visit report, side by side (`export html --lang de,en`); nil for the
  /// patient's, with the care team's beside it when the journey sets another
  /// (``AppContext/languages(for:)``).
  public var languages: [Language]?

  /// An export of `format`, keeping only the dates from `from` to `to` (not for json).
  public init(
    _ context: AppContext, format: ExportFormat, from: LocalDate? = nil, to: LocalDate? = nil
  ) {
    self.context = context
    self.format = format
    self.from = from
    self.to = to
  }

  /// Hands the export to `emit` a piece at a time; returns the problems met reading.
  public func stream(_ emit: (String) throws -> Void) throws -> [LineProblem] {
    switch format {
    case .json: return try writeBackup { try emit(String(decoding: $0, as: UTF8.self)) }
    case .csv: return try streamCSV(emit)
    case .fhir: return try streamFHIR(emit)
    case .html: return try streamReport(emit)
    case .ics:
      // A calendar of the milestones: the journey is all it needs, never the day files.
      let (snapshot, care) = try context.loadReadable(readingEntries: false)
      try emit(try format.render(input(snapshot, care: care)))
      return snapshot.problems
    }
  }

  /// The same, each piece handed on as its UTF-8 bytes: for standard output or a file, where
  /// the FHIR export's 70 MB and the CSV need never be made into strings.
  public func streamBytes(_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws
    -> [LineProblem]
  {
    switch format {
    case .fhir: return try writeFHIR({ input in try ExportFormat.streamFHIR(input, bytes: emit) })
    case .csv: return try writeCSV(emit)
    case .json: return try writeBackup(emit)
    default:
      return try stream { text in
        var text = text
        try text.withUTF8(emit)
      }
    }
  }

  /// The export's whole text and the problems met reading.
  public func text() throws -> (text: String, problems: [LineProblem]) {
    var text = ""
    let problems = try stream { text += $0 }
    return (text, problems)
  }

  /// What the whole-journey formats render: the journey and all its entries as loaded, its
  /// protocol and the text of its `protocol.toml`, the time now, and the dates asked for.
  public func input(_ snapshot: JourneySnapshot, care: CareProtocol) -> ExportInput {
    var input = ExportInput(
      journey: snapshot.journey, entries: snapshot.entries, care: care,
      protocolText: protocolText(), now: context.currentTime(), from: from, to: to)
    input.languages =
      languages ?? (try? context.languages(for: snapshot.journey).shown) ?? [Language.current]
    // The protocol read for the snapshot is kept (ReadProtocols): this reads the file, not
    // the protocol, again.
    input.protocolWarning = try? context.protocolWithWarning(for: snapshot.journey).warning
    return input
  }

  func protocolText() -> String? {
    FileManager.default.contents(atPath: context.store.protocolFile)
      .map { String(decoding: $0, as: UTF8.self) }
  }

  /// `export fhir` written as the day files are read, a day at a time (twice: FHIRExport first
  /// surveys what spans days), each day's resources on the thread that read it, each
  /// Provenance with the SHA-256 the hash chain records for its stored line, so a receiving
  /// system can check a value against the files. Ten years are never held whole.
  func streamFHIR(_ emit: (String) throws -> Void) throws -> [LineProblem] {
    try writeFHIR({ input in try ExportFormat.streamFHIR(input, emit) })
  }

  /// The same, `write` writing the bundle of the input it is given.
  func writeFHIR(_ write: (ExportInput) throws -> Void) throws -> [LineProblem] {
    let (snapshot, care) = try context.loadReadable(readingEntries: false)
    let store = context.store
    let problems = Problems()
    var input = self.input(snapshot, care: care)
    input.lineHashes = (try? store.eventLineHashes()) ?? [:]
    input.days = { from, to, reading, body in
      switch reading {
      case .hashed(let making):
        problems.last = try store.forEachDayHashed(from: from, to: to, making: making, body)
      case .only(let wanted):
        problems.last = try store.forEachDay(from: from, to: to, decodingOnly: wanted, body)
      }
    }
    try write(input)
    return snapshot.problems + problems.last
  }

  /// The problems the last reading of the days met: the whole one, which meets every one
  /// (the survey before it does not decode every line).
  private final class Problems: @unchecked Sendable {
    var last: [LineProblem] = []
  }

  /// `export html`: the day files read a day at a time, only what the report shows kept
  /// (``ExportFormat/renderReport(_:days:)``): ten years of entries took 54 MB held whole.
  func streamReport(_ emit: (String) throws -> Void) throws -> [LineProblem] {
    let (snapshot, care) = try context.loadReadable(readingEntries: false)
    let store = context.store
    var problems: [LineProblem] = []
    let page = try ExportFormat.renderReport(input(snapshot, care: care)) { body in
      problems = try store.forEachDay(body)
    }
    try emit(page)
    return snapshot.problems + problems
  }

  /// `export csv` made a day's rows at a time, as `timeline --csv` prints them, and handed
  /// on in pieces of many days.
  func streamCSV(_ emit: (String) throws -> Void) throws -> [LineProblem] {
    try writeCSV(start: emit) { writer in try emit(writer.take()) }
  }

  /// The same, the pieces as their UTF-8 bytes.
  func writeCSV(_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> [LineProblem] {
    try writeCSV(
      start: { text in
        var text = text
        try text.withUTF8(emit)
      }, { writer in try writer.take(emit) })
  }

  /// The CSV's start (the header) to `start`, then the rows: `hand` takes them from the writer
  /// every ``CSVExport/Writer/pieceSize`` and at the end.
  private func writeCSV(
    start: (String) throws -> Void, _ hand: (inout CSVExport.Writer) throws -> Void
  ) throws -> [LineProblem] {
    let (snapshot, care) = try context.loadReadable(readingEntries: false)
    var days = TimelineDays(journey: snapshot.journey, protocol: care, from: from, to: to)
    var writer = CSVExport.Writer(
      CSVExport.Table(patient: snapshot.journey.patient, care: care, dialect: csvDialect))
    try start(csvDialect.start + writer.header())
    let problems = try context.store.forEachDay(from: from, to: to) { date, entries in
      writer.add(days.through(date, entries: entries), entries: entries, entriesOnly: true)
      if writer.kept >= CSVExport.Writer.pieceSize { try hand(&writer) }
    }
    if writer.kept > 0 { try hand(&writer) }
    return snapshot.problems + problems
  }

  /// `export json`: the entries are written as the day files are read, a day at a time, so
  /// neither they nor the document are ever held whole (ten years took 79 MB as one text, and
  /// 42 MB as a sorted list of lines). Each day's lines are encoded on the thread that read
  /// the day. The same bytes as ``JSONExport`` renders from a whole `ExportInput`: day files
  /// hold the entries observed on their day.
  func writeBackup(_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> [LineProblem] {
    let (snapshot, _) = try context.loadReadable(readingEntries: false)
    try JSONExport.check(snapshot.journey)
    var problems: [LineProblem] = []
    let store = context.store
    try JSONExport.stream(
      journey: snapshot.journey, protocolText: protocolText(),
      lines: { body in
        problems = try store.forEachDay(making: { JSONExport.lines($1) }) { try body($1) }
      }, bytes: emit)
    return snapshot.problems + problems
  }

  /// Writes the export to `path`, whole or not at all (replacing a file there only when
  /// `replacing`); returns the problems met reading.
  public func write(to path: String, replacing: Bool) throws -> [LineProblem] {
    var problems: [LineProblem] = []
    try WholeFile.write(
      path, replacing: replacing, bytes: { emit in problems = try streamBytes(emit) })
    return problems
  }

  /// Writes the export to a new file in `folder` named for the format and today
  /// (`carejourney-2026-11-22.csv`), adding `-2`, `-3`... rather than replace a file that is
  /// there. Returns the path written and the problems met reading.
  public func writeNew(in folder: String) throws -> (path: String, problems: [LineProblem]) {
    let stem = folder + "/carejourney-\(context.currentTime().date)"
    let manager = FileManager.default
    for number in 1...999 {
      let path = stem + (number == 1 ? "" : "-\(number)") + "." + format.fileExtension
      guard !manager.fileExists(atPath: path) else { continue }
      do {
        return (path, try write(to: path, replacing: false))
      } catch {
        // Another program made that name a moment ago: take the next one.
        guard manager.fileExists(atPath: path) else { throw error }
      }
    }
    throw AppError(
      tr("%1$s-2 ... -999.%2$s all exist; move some away", stem, format.fileExtension))
  }
}
