import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney log`: logs readings, symptoms and notes for a day.
struct LogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log",
    abstract: "Log a temperature, symptoms or a note.",
    discussion: CommandHelp.log)

  @OptionGroup var global: GlobalOptions

  @Option(help: "When it was observed, YYYY-MM-DDTHH:MM (default: now).")
  var at: String?

  @Option(help: "Body temperature.")
  var temp: String?

  @Option(help: "Heart rate, beats per minute.")
  var hr: String?

  @Option(help: "Blood pressure, SYSTOLIC/DIASTOLIC mmHg, e.g. 118/76.")
  var bp: String?

  @Option(help: "Oxygen saturation, %.")
  var spo2: String?

  @Option(help: "Body weight: 61.5kg or 135lb.")
  var weight: String?

  @Option(help: "A symptom and its severity, NAME=SEVERITY; repeat for more.")
  var symptom: [String] = []

  @Option(help: "A medicine taken, e.g. \"prednisone 5 mg\"; repeat for more.")
  var med: [String] = []

  @Option(help: "A free note.")
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
