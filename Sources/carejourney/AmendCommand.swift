import ArgumentParser
import JourneyCore

/// `carejourney amend`: corrects an earlier journey event without erasing it.
struct AmendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "amend",
    abstract: "Correct an earlier event: move it to another date, or strike it out.",
    discussion: """
      The old event stays in the file and in the timeline, marked, with who corrected it, when
      and why: as on a paper chart. Ids are shown by `carejourney timeline --json`.

      Examples:
        carejourney amend 3f9a0c1d2e4b5a69 --on 2026-11-18 --reason "entered on the wrong day"
        carejourney amend 3f9a0c1d2e4b5a69 --strike --reason "signed by mistake"
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The id of the event to correct.")
  var id: String

  @Option(help: "Why (always recorded).")
  var reason: String

  @Option(help: "The correct date, YYYY-MM-DD.")
  var on: String?

  @Flag(help: "Strike the event out: it no longer counts, but stays visible.")
  var strike = false

  func validate() throws {
    if (on == nil) == !strike {
      throw ValidationError("give either --on DATE (move it) or --strike (strike it out)")
    }
    if reason.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--reason is empty: say why the event is corrected")
    }
  }

  func run() throws {
    let context = try AppContext(global: global)
    let (snapshot, _) = try context.loadStarted()
    let date = try on.map { try context.date($0, option: "--on") }
    let event = JourneyEvent(
      id: context.newID(), recordedAt: context.now, author: context.author,
      body: .corrected(target: id, reason: reason, on: date))
    try context.store.recordEvents { journey in
      guard let old = journey.events.first(where: { $0.id == id }) else {
        throw CLIError(
          "\(id) is not an event of this journey; `carejourney timeline --json` shows the ids")
      }
      if case .corrected = old.body {
        throw CLIError("\(id) is itself a correction; correct the original event instead")
      }
      if journey.struckOut[id] != nil { throw CLIError("\(id) is already struck out") }
      _ = try journey.checkNew(event, today: context.today)
      return [event]
    }
    context.reportProblems(snapshot.problems)
    print(date.map { "Moved \(id) to \($0)." } ?? "Struck out \(id); it stays visible, marked.")
  }
}
