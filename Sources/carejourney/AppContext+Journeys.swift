import Foundation
import JourneyCore
import JourneyStore

extension AppContext {
  /// Starts a journey: the protocol copy, then the events `bodies` gives for it (the `created`
  /// event first: phases passed, a planned Day 0), in one locked write, signed by `author`.
  /// Shared by `init` and the Start screen.
  @discardableResult
  func startJourney(
    patient: String, protocolName: String = "cd19-sle", author: Author,
    bodies: (CareProtocol) -> [JourneyEvent.Body]
  ) throws -> CareProtocol {
    let name = patient.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { throw CLIError("the patient's name is empty: give it") }
    if store.hasJourney {
      throw CLIError(
        "\(store.directory.root) already holds a journey; use another --data directory for a "
          + "new one")
    }
    let (text, care) = try InitCommand.loadProtocol(protocolName)
    try store.writeNewFile(store.protocolFile, contents: text)
    let events = bodies(care).map {
      JourneyEvent(id: newID(), recordedAt: now, author: author, body: $0)
    }
    try store.recordEvents { journey in
      guard !journey.isStarted else {
        throw CLIError("another terminal started this journey a moment ago; nothing was written")
      }
      // Each event is checked as it would be on its own: the dates a journey accepts, the
      // transition table's order.
      var started = journey
      for event in events { started = try started.checkNew(event, today: today) }
      return events
    }
    return care
  }

  /// Writes the sample journey into an empty data directory. Shared by `demo` and the Start
  /// screen.
  @discardableResult
  func writeDemo() throws -> DemoJourney {
    let (text, care) = try InitCommand.loadProtocol("cd19-sle")
    let demo = DemoJourney(
      today: today, protocol: care, utcOffset: now.utcOffset, secondOfDay: now.secondOfDay)
    try store.writeNewFile(store.protocolFile, contents: text)
    try store.recordEvents { journey in
      guard !journey.isStarted else { throw CLIError("another terminal started a journey here") }
      return demo.events
    }
    try store.appendEntries(demo.entries)
    return demo
  }
}
