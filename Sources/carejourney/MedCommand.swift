import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney med`: the medication plan — starts, dose changes and stops — and what was being
/// taken on a day.
struct MedCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init(
      "med", CommandAbstract.med, CommandHelp.med,
      subcommands: [Start.self, Dose.self, Stop.self, List.self])
  }

  /// The medicine, the day and the reason: what every change takes.
  struct ChangeOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Argument(help: .init(OptionHelp.medChangeMedicine)) var medicine: String

    @Option(help: .init(OptionHelp.medChangeOn)) var on: String?

    @Option(help: .init(OptionHelp.medChangeReason)) var reason: String?

    func record(_ change: Entry.MedicationChange, dose: String?) throws {
      let context = try AppContext(global: global)
      try context.recordMedicationChange(
        change, medicine: medicine, dose: dose, on: on, reason: reason
      ).forEach(say)
    }
  }

  struct Start: ParsableCommand {
    static var configuration: CommandConfiguration {
      .init("start", CommandAbstract.medStart, CommandHelp.medStart)
    }

    @OptionGroup var change: ChangeOptions

    @Option(help: .init(OptionHelp.medStartDose)) var dose: String?

    func run() throws { try change.record(.start, dose: dose) }
  }

  struct Dose: ParsableCommand {
    static var configuration: CommandConfiguration {
      .init("dose", CommandAbstract.medDose, CommandHelp.medDose)
    }

    @OptionGroup var change: ChangeOptions

    @Option(help: .init(OptionHelp.medDoseDose)) var dose: String

    func run() throws { try change.record(.dose, dose: dose) }
  }

  struct Stop: ParsableCommand {
    static var configuration: CommandConfiguration {
      .init("stop", CommandAbstract.medStop, CommandHelp.medStop)
    }

    @OptionGroup var change: ChangeOptions

    func run() throws { try change.record(.stop, dose: nil) }
  }

  struct List: ParsableCommand {
    static var configuration: CommandConfiguration {
      .init("list", CommandAbstract.medList, CommandHelp.medList)
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: .init(OptionHelp.medListOn)) var on: String?

    @Flag(help: .init(OptionHelp.medListJson)) var json = false

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
