import ArgumentParser
import JourneyApp
import JourneyCore
import JourneyStore

/// `carejourney amend`: corrects an earlier event or entry without erasing it.
struct AmendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "amend",
    abstract: "Correct an earlier event or entry: new values, another date, or struck out.",
    discussion: """
      The old line stays in the file, in the timeline and in exports, struck through, with who
      corrected it, when and why: as on a paper chart. Ids are shown by `log` and by
      `carejourney timeline --json`.
      An entry (a reading) takes one new value of its own kind, or --strike.
      A journey event (phase entered, milestone signed, plan) takes --on DATE, or --strike.
      Correcting a line needs the role that may write it: a nurse's signature, ICE score or
      grading is corrected with --role nurse.

      Examples:
        carejourney amend 3f9a0c1d2e4b5a69 --temp 37.8 --reason "typed 38.7 by mistake"
        carejourney amend 3f9a0c1d2e4b5a69 --strike --reason "logged for the wrong patient"
        carejourney amend 77b1e0a4c2d94f10 --on 2026-11-18 --reason "entered on the wrong day"
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The id of the event or entry to correct.")
  var id: String

  @Option(help: "Why (always recorded).")
  var reason: String

  @Option(help: "The correct date of a journey event, YYYY-MM-DD.")
  var on: String?

  @Flag(help: "Strike it out: it no longer counts, but stays visible.")
  var strike = false

  @Option(help: "A corrected temperature.") var temp: String?
  @Option(help: "A corrected heart rate.") var hr: String?
  @Option(help: "A corrected blood pressure.") var bp: String?
  @Option(help: "A corrected SpO2.") var spo2: String?
  @Option(help: "A corrected weight.") var weight: String?
  @Option(help: "A corrected symptom, NAME=SEVERITY.") var symptom: String?
  @Option(help: "A corrected medication.") var med: String?
  @Option(help: "A corrected note.") var note: String?

  var newValueCount: Int {
    [temp, hr, bp, spo2, weight, symptom, med, note].compactMap { $0 }.count
  }

  func validate() throws {
    let ways = (on == nil ? 0 : 1) + (strike ? 1 : 0) + (newValueCount > 0 ? 1 : 0)
    if ways != 1 || newValueCount > 1 {
      throw ValidationError(
        "give exactly one of: a new value (e.g. --temp 37.8), --on DATE (move an event), or "
          + "--strike (strike it out)")
    }
    if reason.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--reason is empty: say why it is corrected")
    }
  }

  func run() throws {
    let context = try AppContext(global: global)
    let typed = TypedReadings(
      temp: temp, hr: hr, bp: bp, spo2: spo2, weight: weight,
      symptoms: symptom.map { [$0] } ?? [], meds: med.map { [$0] } ?? [], note: note)
    try context.amend(id, reason: reason, on: on, strike: strike, typed: typed).forEach(say)
  }
}
