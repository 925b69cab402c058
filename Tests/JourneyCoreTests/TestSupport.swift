@testable import JourneyCore

/// Builds journeys event by event for tests, with fixed ids and times.
struct JourneyScript {
  var events: [JourneyEvent] = []
  let nurse = Author(role: .nurse, name: "Ana")
  let patient = Author(role: .patient, name: "Maria")

  static func date(_ text: String) -> LocalDate {
    guard let date = LocalDate(parsing: text) else { fatalError("bad test date \(text)") }
    return date
  }

  init(startedOn: String = "2026-09-01") {
    add(
      .created(patient: "Maria", protocolID: "test", teamPhone: "+49 1", temperatureUnit: .celsius),
      on: startedOn)
  }

  /// A journey recorded on `recordedOn` whose screening began as `began` says.
  init(began: JourneyStart, recordedOn: String) {
    add(
      .created(
        patient: "Maria", protocolID: "test", teamPhone: "+49 1", temperatureUnit: .celsius,
        began: began),
      on: recordedOn)
  }

  mutating func add(_ body: JourneyEvent.Body, on date: String, by author: Author? = nil) {
    let stamp = Timestamp(
      date: JourneyScript.date(date), secondOfDay: 9 * 3600, utcOffset: 3600)
    events.append(
      JourneyEvent(
        id: "e\(events.count + 1)", recordedAt: stamp, author: author ?? nurse, body: body))
  }

  mutating func enter(_ phase: Phase, _ date: String, reason: String? = nil) {
    add(
      .phaseEntered(phase: phase, on: JourneyScript.date(date), reason: reason, note: nil), on: date
    )
  }

  var journey: Journey { Journey(events: events) }

  /// The dates used to walk the normal path, one phase a week from 2026-09-01.
  static let pathDates: [Phase: String] = [
    .leukapheresis: "2026-09-08", .manufacturing: "2026-09-15", .lymphodepletion: "2026-09-22",
    .infusion: "2026-09-29", .hospitalStay: "2026-10-06", .postDischarge: "2026-10-13",
    .followUp: "2026-10-20", .completed: "2026-10-27",
  ]

  /// A journey that has walked the normal path up to `phase`.
  static func at(_ phase: Phase) -> JourneyScript {
    var script = JourneyScript()
    for step in Phase.allCases where step != .screening && step != .withdrawn && step <= phase {
      script.enter(step, pathDates[step] ?? "2026-09-01")
    }
    return script
  }
}
