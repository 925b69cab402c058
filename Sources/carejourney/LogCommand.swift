import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney log`: logs readings, symptoms and notes for a day.
struct LogCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "log",
      abstract: tr("Log a temperature, symptoms or a note."),
      discussion: CommandHelp.log)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp(tr("When it was observed, YYYY-MM-DDTHH:MM (default: now).")))
  var at: String?

  @Option(help: ArgumentHelp(tr("Body temperature.")))
  var temp: String?

  @Option(help: ArgumentHelp(tr("Heart rate, beats per minute.")))
  var hr: String?

  @Option(help: ArgumentHelp(tr("Blood pressure, SYSTOLIC/DIASTOLIC mmHg, e.g. 118/76.")))
  var bp: String?

  @Option(help: ArgumentHelp(tr("Oxygen saturation, %%.")))
  var spo2: String?

  @Option(help: ArgumentHelp(tr("Body weight: 61.5kg or 135lb.")))
  var weight: String?

  @Option(help: ArgumentHelp(tr("A symptom and its severity, NAME=SEVERITY; repeat for more.")))
  var symptom: [String] = []

  @Option(help: ArgumentHelp(tr("A medicine taken, e.g. \"prednisone 5 mg\"; repeat for more.")))
  var med: [String] = []

  @Option(help: ArgumentHelp(tr("A free note.")))
  var note: String?

  func run() throws {
    let context = try AppContext(global: global)
    let typed = TypedReadings(
      temp: temp, hr: hr, bp: bp, spo2: spo2, weight: weight, symptoms: symptom, meds: med,
      note: note)
    let saved = try context.log(typed, at: at)
    (saved.lines() + AlertText.lines(saved.alerts)).forEach(say)
  }
}
