import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney log`: logs readings, symptoms and notes for a day.
struct LogCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("log", CommandAbstract.log, CommandHelp.log)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: .init(OptionHelp.logAt)) var at: String?

  @Option(help: .init(OptionHelp.logTemp)) var temp: String?

  @Option(help: .init(OptionHelp.logHr)) var hr: String?

  @Option(help: .init(OptionHelp.logBp)) var bp: String?

  @Option(help: .init(OptionHelp.logSpo2)) var spo2: String?

  @Option(help: .init(OptionHelp.logWeight)) var weight: String?

  @Option(help: .init(OptionHelp.logSymptom)) var symptom: [String] = []

  @Option(help: .init(OptionHelp.logMed)) var med: [String] = []

  @Option(help: .init(OptionHelp.logNote)) var note: String?

  func run() throws {
    let context = try AppContext(global: global)
    let typed = TypedReadings(
      temp: temp, hr: hr, bp: bp, spo2: spo2, weight: weight, symptoms: symptom, meds: med,
      note: note)
    let saved = try context.log(typed, at: at)
    (saved.lines() + AlertText.lines(saved.alerts)).forEach(say)
  }
}
