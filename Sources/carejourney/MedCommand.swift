import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney med`: the medication plan — starts, dose changes and stops — and what was being
/// taken on a day.
struct MedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "med",
    abstract: "Record medicines started, dose changes and stops; list what was taken on a day.",
    discussion: """
      Each change is an entry of its day, shown in the timeline. `med list` folds them into \
      what was being taken on a day: a medicine started on a day is taken that day, one \
      stopped on a day is not. Names match ignoring case. A wrong change is corrected with \
      `carejourney amend ID --strike --reason TEXT`. A dose taken is logged with \
      `carejourney log --med TEXT`.

      Examples:
        carejourney med start prednisone --dose "10 mg/day" --on 2026-09-01
        carejourney med dose prednisone --dose "5 mg/day" --on 2026-09-15
        carejourney med stop mycophenolate --reason "washout before leukapheresis"
        carejourney med start aciclovir --dose "400 mg twice daily"
        carejourney med list --on 2026-10-05
        carejourney med list --json
      """,
    subcommands: [Start.self, Dose.self, Stop.self, List.self])

  /// The medicine, the day and the reason: what every change takes.
  struct ChangeOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Argument(help: "The medicine, e.g. prednisone.")
    var medicine: String

    @Option(help: "The day of the change, YYYY-MM-DD (default: today).")
    var on: String?

    @Option(help: "Why.")
    var reason: String?

    func record(_ change: Entry.MedicationChange, dose: String?) throws {
      let context = try AppContext(global: global)
      try context.recordMedicationChange(
        change, medicine: medicine, dose: dose, on: on, reason: reason
      ).forEach(say)
    }
  }

  struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "start",
      abstract: "Record a medicine started.",
      discussion: """
        Refused when the medicine is already being taken on that day (use `med dose`).

        Examples:
          carejourney med start prednisone --dose "10 mg/day" --on 2026-09-01
          carejourney med start ivig --dose "0.4 g/kg" --reason "IgG 3.1 g/L"
        """)

    @OptionGroup var change: ChangeOptions

    @Option(help: "The dose as you would write it, e.g. \"10 mg/day\".")
    var dose: String?

    func run() throws { try change.record(.start, dose: dose) }
  }

  struct Dose: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "dose",
      abstract: "Record a new dose of a medicine being taken (a taper step).",
      discussion: """
        Refused when the medicine is not being taken on that day (use `med start`).

        Examples:
          carejourney med dose prednisone --dose "5 mg/day" --on 2026-09-15
          carejourney med dose prednisone --dose "2.5 mg/day" --reason "taper"
        """)

    @OptionGroup var change: ChangeOptions

    @Option(help: "The new dose, e.g. \"5 mg/day\".")
    var dose: String

    func run() throws { try change.record(.dose, dose: dose) }
  }

  struct Stop: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stop",
      abstract: "Record a medicine stopped.",
      discussion: """
        Refused when the medicine is not being taken on that day.

        Examples:
          carejourney med stop mycophenolate --reason "washout before leukapheresis"
          carejourney med stop prednisone
        """)

    @OptionGroup var change: ChangeOptions

    func run() throws { try change.record(.stop, dose: nil) }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "What was being taken on a day.",
      discussion: """
        Examples:
          carejourney med list
          carejourney med list --on 2026-10-05 --json
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The day, YYYY-MM-DD (default: today).")
    var on: String?

    @Flag(help: "Print one JSON object: the date and each medicine with dose and since.")
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
