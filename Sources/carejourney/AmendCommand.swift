import ArgumentParser
import JourneyApp
import JourneyCore
import JourneyStore

/// `carejourney amend`: corrects an earlier event or entry without erasing it.
struct AmendCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "amend",
      abstract: tr("Correct an earlier event or entry: new values, another date, or struck out."),
      discussion: CommandHelp.amend)
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp(tr("The id of the event or entry to correct.")))
  var id: String

  @Option(help: ArgumentHelp(tr("Why (always recorded).")))
  var reason: String

  @Option(help: ArgumentHelp(tr("The correct date of a journey event, YYYY-MM-DD.")))
  var on: String?

  @Flag(help: ArgumentHelp(tr("Strike it out: it no longer counts, but stays visible.")))
  var strike = false

  @Option(help: ArgumentHelp(tr("A corrected temperature."))) var temp: String?
  @Option(help: ArgumentHelp(tr("A corrected heart rate."))) var hr: String?
  @Option(help: ArgumentHelp(tr("A corrected blood pressure."))) var bp: String?
  @Option(help: ArgumentHelp(tr("A corrected SpO2."))) var spo2: String?
  @Option(help: ArgumentHelp(tr("A corrected weight."))) var weight: String?
  @Option(help: ArgumentHelp(tr("A corrected symptom, NAME=SEVERITY."))) var symptom: String?
  @Option(help: ArgumentHelp(tr("A corrected medication."))) var med: String?
  @Option(help: ArgumentHelp(tr("A corrected note."))) var note: String?

  var newValueCount: Int {
    [temp, hr, bp, spo2, weight, symptom, med, note].compactMap { $0 }.count
  }

  func validate() throws {
    let ways = (on == nil ? 0 : 1) + (strike ? 1 : 0) + (newValueCount > 0 ? 1 : 0)
    if ways != 1 || newValueCount > 1 {
      throw ValidationError(
        tr(
          "give exactly one of: a new value (e.g. --temp 37.8), --on DATE (move an event), or "
            + "--strike (strike it out)"))
    }
    if reason.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError(tr("--reason is empty: say why it is corrected"))
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
