import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney visit`: records the laboratory values of a follow-up visit.
struct VisitCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "visit",
      abstract: tr(
        "Record a follow-up visit's lab values, each with its unit and reference range."),
      discussion: CommandHelp.visit)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp(tr("The visit's date, YYYY-MM-DD (default: today).")))
  var on: String?

  @Option(
    help: ArgumentHelp(tr("A lab value, NAME=VALUE[UNIT], e.g. igg=6.2g/L; repeat for more.")))
  var lab: [String] = []

  @Flag(help: ArgumentHelp(tr("Print the saved visit as one JSON object.")))
  var json = false

  func run() throws {
    let context = try AppContext(global: global)
    let (saved, results) = try context.recordVisit(labs: lab, on: on)
    if json, let entry = saved.entries.first {
      output(
        try JSONOutput.string(
          VisitReport(entry: entry, results: results, alerts: saved.alerts, care: saved.basis.care))
      )
      return
    }
    (saved.lines(withTime: false) + AlertText.lines(saved.alerts)).forEach(say)
  }
}
