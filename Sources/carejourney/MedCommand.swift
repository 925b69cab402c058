import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney med`: the medication plan — starts, dose changes and stops — and what was being
/// taken on a day.
struct MedCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "med",
      abstract: tr(
        "Record medicines started, dose changes and stops; list what was taken on a day."),
      discussion: CommandHelp.med,
      subcommands: [Start.self, Dose.self, Stop.self, List.self])
  }

  /// The medicine, the day and the reason: what every change takes.
  struct ChangeOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(tr("The medicine, e.g. prednisone.")))
    var medicine: String

    @Option(help: ArgumentHelp(tr("The day of the change, YYYY-MM-DD (default: today).")))
    var on: String?

    @Option(help: ArgumentHelp(tr("Why.")))
    var reason: String?

    func record(_ change: Entry.MedicationChange, dose: String?) throws {
      let context = try AppContext(global: global)
      try context.recordMedicationChange(
        change, medicine: medicine, dose: dose, on: on, reason: reason
      ).forEach(say)
    }
  }

  struct Start: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "start",
        abstract: tr("Record a medicine started."),
        discussion: CommandHelp.medStart)
    }

    @OptionGroup var change: ChangeOptions

    @Option(help: ArgumentHelp(tr("The dose as you would write it, e.g. \"10 mg/day\".")))
    var dose: String?

    func run() throws { try change.record(.start, dose: dose) }
  }

  struct Dose: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "dose",
        abstract: tr("Record a new dose of a medicine being taken (a taper step)."),
        discussion: CommandHelp.medDose)
    }

    @OptionGroup var change: ChangeOptions

    @Option(help: ArgumentHelp(tr("The new dose, e.g. \"5 mg/day\".")))
    var dose: String

    func run() throws { try change.record(.dose, dose: dose) }
  }

  struct Stop: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "stop",
        abstract: tr("Record a medicine stopped."),
        discussion: CommandHelp.medStop)
    }

    @OptionGroup var change: ChangeOptions

    func run() throws { try change.record(.stop, dose: nil) }
  }

  struct List: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "list",
        abstract: tr("What was being taken on a day."),
        discussion: CommandHelp.medList)
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(tr("The day, YYYY-MM-DD (default: today).")))
    var on: String?

    @Flag(
      help: ArgumentHelp(
        tr("Print one JSON object: the date and each medicine with dose and since.")))
    var json = false

    func run() throws {
      let context = try AppContext(global: global)
      let date = try on.map { try context.date($0, option: "--on") }
      let day = try context.medicationDay(on: date)
      if json {
        output(try JSONOutput.string(day.report))
      } else {
        day.lines.forEach(say)
      }
    }
  }
}
