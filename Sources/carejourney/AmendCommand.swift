import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney amend`: corrects an earlier event or entry without erasing it.
struct AmendCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("amend", CommandAbstract.amend, CommandHelp.amend)
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: .init(OptionHelp.amendId)) var id: String

  @Option(help: .init(OptionHelp.amendReason)) var reason: String

  @Option(help: .init(OptionHelp.amendOn)) var on: String?

  @Flag(help: .init(OptionHelp.amendStrike)) var strike = false

  @Option(help: .init(OptionHelp.amendTemp)) var temp: String?
  @Option(help: .init(OptionHelp.amendHr)) var hr: String?
  @Option(help: .init(OptionHelp.amendBp)) var bp: String?
  @Option(help: .init(OptionHelp.amendSpo2)) var spo2: String?
  @Option(help: .init(OptionHelp.amendWeight)) var weight: String?
  @Option(help: .init(OptionHelp.amendSymptom)) var symptom: String?
  @Option(help: .init(OptionHelp.amendMed)) var med: String?
  @Option(help: .init(OptionHelp.amendNote)) var note: String?

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
