import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

/// The demo journey as export input, on a fixed day: 2026-11-22 09:00 in Berlin (UTC+1), Day +183.
struct DemoExport {
  static let today = LocalDate(year: 2026, month: 11, day: 22)!
  static let now = Timestamp(date: today, secondOfDay: 9 * 3600, utcOffset: 3600)
  static let care: CareProtocol = {
    guard let care = try? CareProtocol.builtIn(named: "cd19-sle") else {
      fatalError("the built-in protocol does not load")
    }
    return care
  }()
  static let demo = DemoJourney(
    today: today, protocol: care, utcOffset: 3600, secondOfDay: 9 * 3600)
  /// Day 0 of the demo.
  static let dayZero = today.adding(days: -DemoJourney.daysSinceInfusion)

  var events = DemoExport.demo.events
  var entries = DemoExport.demo.entries
  var now = DemoExport.now
  var from: LocalDate?
  var to: LocalDate?

  var input: ExportInput {
    ExportInput(
      journey: Journey(events: events), entries: entries, care: DemoExport.care, now: now,
      from: from, to: to)
  }

  static func day(_ offset: Int) -> LocalDate { dayZero.adding(days: offset) }

  /// A moment of a study day, in the demo's offset.
  static func at(_ day: Int, hour: Int) -> Timestamp {
    Timestamp(date: dayZero.adding(days: day), secondOfDay: hour * 3600, utcOffset: 3600)
  }

  /// An entry with a fixed id, observed and written at `hour` of study day `day`.
  static func entry(_ id: String, _ body: Entry.Body, day: Int = 40, hour: Int = 8) -> Entry {
    let at = at(day, hour: hour)
    return Entry(id: id, recordedAt: at, observedAt: at, author: DemoJourney.patient, body: body)
  }

  /// A journey event with a fixed id, written at 10:00 on its day.
  static func event(_ id: String, _ body: JourneyEvent.Body, on date: LocalDate) -> JourneyEvent {
    JourneyEvent(
      id: id, recordedAt: Timestamp(date: date, secondOfDay: 36_000, utcOffset: 3600),
      author: DemoJourney.nurse, body: body)
  }
}

/// Temporary files for exports handed to the validators.
enum TemporaryFile {
  static func write(_ text: String, suffix: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("carejourney-export-\(UUID().uuidString)\(suffix)")
    try Data(text.utf8).write(to: url)
    return url
  }
}
