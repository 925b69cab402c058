import JourneyCore
import JourneyExport

extension AppContext {
  /// Prints the timeline from `start` to `end` (either open) day by day to `output`: ten years
  /// are printed without holding them (40,000 entries and their rows took 70 MB at once). In
  /// text, what could not be read is reported after it.
  public func printTimeline(
    from start: LocalDate?, to end: LocalDate?, format: TimelineOutput.Format, terminal: Bool,
    write: @escaping (String) -> Void
  ) throws {
    let (snapshot, care) = try loadReadable(readingEntries: false)
    var days = TimelineDays(journey: snapshot.journey, protocol: care, from: start, to: end)
    var output = TimelineOutput(
      format: format, terminal: terminal,
      table: CSVExport.Table(patient: snapshot.journey.patient, care: care), write: write)
    let problems = try store.forEachDay(from: start, to: end) { date, entries in
      try output.print(days.through(date, entries: entries), entries: entries)
    }
    try output.print(days.rest())
    output.finish()
    if format == .text { reportProblems(snapshot.problems + problems) }
  }
}
