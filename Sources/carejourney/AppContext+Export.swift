import Foundation
import JourneyCore
import JourneyExport
import JourneyStore

extension AppContext {
  /// What an export reads: the journey and all its entries as loaded, its protocol and the text
  /// of its `protocol.toml`, the time now, and the dates asked for. Shared by `export` and the
  /// screens' export key, so both write the same file from the same data.
  func exportInput(
    _ snapshot: JourneySnapshot, care: CareProtocol, from: LocalDate? = nil, to: LocalDate? = nil
  ) -> ExportInput {
    ExportInput(
      journey: snapshot.journey, entries: snapshot.entries, care: care,
      protocolText: FileManager.default.contents(atPath: store.protocolFile)
        .map { String(decoding: $0, as: UTF8.self) },
      now: currentTime(), from: from, to: to)
  }

  /// An export's text and the problems met reading the journey for it.
  ///
  /// CSV is written a day at a time from the day files (`TimelineDays`), as `timeline` prints,
  /// so ten years are never all held at once (40,000 entries took 70 MB that way); the other
  /// formats need the whole journey and read it all.
  func exportText(_ format: ExportFormat, from: LocalDate? = nil, to: LocalDate? = nil)
    throws -> (text: String, problems: [LineProblem])
  {
    if format == .json {
      var text = ""
      let problems = try streamBackup { text += $0 }
      return (text, problems)
    }
    guard format == .csv else {
      let (snapshot, care) = try loadReadable()
      let text = try format.render(exportInput(snapshot, care: care, from: from, to: to))
      return (text, snapshot.problems)
    }
    var text = ""
    let problems = try streamCSV(from: from, to: to) { text += $0 }
    return (text, problems)
  }

  /// `export csv` handed to `emit` a day's rows at a time, as `timeline --csv` prints them, so
  /// the whole table is never held (ten years took 32 MB as one text). Returns the problems
  /// met reading.
  func streamCSV(
    from: LocalDate? = nil, to: LocalDate? = nil, _ emit: (String) throws -> Void
  ) throws -> [LineProblem] {
    let (snapshot, care) = try loadReadable(readingEntries: false)
    var days = TimelineDays(journey: snapshot.journey, protocol: care, from: from, to: to)
    try emit(CSVExport.rows([], header: true))
    let problems = try store.forEachDay(from: from, to: to) { date, entries in
      let rows = CSVExport.entryRows(days.through(date, entries: entries))
      if !rows.isEmpty { try emit(rows) }
    }
    return snapshot.problems + problems
  }

  /// `export json` handed to `emit` a piece at a time: the entries are read a day at a time and
  /// kept only as their encoded lines, and the document is never held whole (ten years took
  /// 79 MB as one text). The same bytes as ``JSONExport`` renders from a whole `ExportInput`.
  /// Returns the problems met reading.
  func streamBackup(_ emit: (String) throws -> Void) throws -> [LineProblem] {
    let (snapshot, _) = try loadReadable(readingEntries: false)
    try JSONExport.check(snapshot.journey)
    var dated: [(date: LocalDate, order: Int, line: String)] = []
    let problems = try store.forEachDay { _, entries in
      for entry in entries {
        dated.append((entry.observedAt.date, dated.count, LineCodec.encode(entry)))
      }
    }
    // JSONExport.inFileOrder's order (by the date observed, each day's in file order), sorted
    // in place: a sorted copy of ten years' lines cost 3.5 MB of the 40 MB budget.
    dated.sort { $0.date != $1.date ? $0.date < $1.date : $0.order < $1.order }
    let protocolText = FileManager.default.contents(atPath: store.protocolFile)
      .map { String(decoding: $0, as: UTF8.self) }
    try JSONExport.stream(
      journey: snapshot.journey, protocolText: protocolText, entryLines: dated.map(\.line), emit)
    return snapshot.problems + problems
  }

  /// Writes an export to a new file in `folder` named for the format and today
  /// (`carejourney-2026-11-22.csv`), adding `-2`, `-3`... rather than replace a file that is
  /// there. Returns the path written.
  func writeNewExport(_ text: String, format: ExportFormat, in folder: String) throws -> String {
    let stem = folder + "/carejourney-\(currentTime().date)"
    let manager = FileManager.default
    for number in 1...999 {
      let path = stem + (number == 1 ? "" : "-\(number)") + "." + format.fileExtension
      guard !manager.fileExists(atPath: path) else { continue }
      do {
        try WholeFile.write(path, contents: text, replacing: false)
        return path
      } catch {
        // Another program made that name a moment ago: take the next one.
        guard manager.fileExists(atPath: path) else { throw error }
      }
    }
    throw CLIError("\(stem)-2 ... -999.\(format.fileExtension) all exist; move some away")
  }
}
