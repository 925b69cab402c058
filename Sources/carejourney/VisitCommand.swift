import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney visit`: records the laboratory values of a follow-up visit.
struct VisitCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("visit", CommandAbstract.visit, CommandHelp.visit)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: .init(OptionHelp.visitOn)) var on: String?

  @Option(help: .init(OptionHelp.visitLab)) var lab: [String] = []

  @Flag(help: .init(OptionHelp.visitJson)) var json = false

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
