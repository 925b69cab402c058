import Foundation
import JourneyCore
import JourneyStore

extension AppContext {
  /// Starts a journey: the protocol copy, then the events `bodies` gives for it (the `created`
  /// event first: phases passed, a planned Day 0), in one locked write, signed by `author`.
  /// Shared by `init` and the Start screen.
  ///
  /// Refused, writing nothing, when the folder holds any part of a journey: `journey.jsonl`
  /// (even a damaged one), day files without it, or a `protocol.toml` (checked again under
  /// the lock, so of two `init`s at once the second writes nothing, not even its protocol).
  @discardableResult
  public func startJourney(
    patient: String, protocolName: String = "cd19-sle", author: Author,
    bodies: (CareProtocol) -> [JourneyEvent.Body]
  ) throws -> CareProtocol {
    let name = patient.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { throw AppError(tr("the patient's name is empty: give it")) }
    try AppContext.requireName(author)
    let (text, care) = try ProtocolSource.load(protocolName)
    let events = bodies(care).map {
      JourneyEvent(id: newID(), recordedAt: now, author: author, body: $0)
    }
    // Each event is checked as it would be on its own: the dates a journey accepts, the
    // transition table's order.
    var started = Journey()
    for event in events { started = try started.checkNew(event, today: today) }
    try start(protocolText: text, events: events)
    return care
  }

  /// Writes the sample journey into a data directory that holds no journey (refused as
  /// ``startJourney`` is). Shared by `demo` and the Start screen.
  @discardableResult
  public func writeDemo() throws -> DemoJourney {
    let (text, care) = try ProtocolSource.load("cd19-sle")
    let demo = DemoJourney(
      today: today, protocol: care, utcOffset: now.utcOffset, secondOfDay: now.secondOfDay)
    try start(protocolText: text, events: demo.events, entries: demo.entries)
    return demo
  }

  /// ``JourneyStore/startJourney(protocolText:events:entries:)``, its refusal as a `AppError`.
  private func start(protocolText: String, events: [JourneyEvent], entries: [Entry] = []) throws {
    do {
      try store.startJourney(protocolText: protocolText, events: events, entries: entries)
    } catch let refusal as JourneyStore.NotStartable {
      throw AppError(refusal.description)
    }
  }
}

extension AppContext {
  /// Starts a journey as the Start screen's plan says: part-way through (the phases passed,
  /// each with its date or marked not entered, and a planned Day 0), every line signed by
  /// `typist`. Refused, writing nothing, as ``startJourney`` is.
  public func start(_ plan: JourneyStartPlan, typist: Author) throws {
    try plan.check(today: currentTime().date)
    try startJourney(patient: plan.patient, author: typist) { care in
      plan.bodies(protocolID: care.id, unit: .celsius)
    }
  }
}
