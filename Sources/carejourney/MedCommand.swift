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
      try MedCommand.record(
        change, medicine: medicine, dose: dose, on: on, reason: reason, global: global)
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
      let date = try on.map { try context.date($0, option: "--on") } ?? context.today
      let (snapshot, care) = try context.loadReadable()
      let taking = MedicationList.taking(on: date, entries: snapshot.entries)
      context.reportProblems(snapshot.problems)
      if json {
        output(try JSONOutput.string(MedListReport(date: date, taking: taking)))
        return
      }
      let day = StudyDay(date: date, journey: snapshot.journey, protocol: care)
      guard !taking.isEmpty else {
        say("On \(date) (\(day.label)) no medicines were being taken (none started with `med start`)")
        return
      }
      say("On \(date) (\(day.label)):")
      for medicine in taking {
        var line = "  \(medicine.name)"
        if let dose = medicine.dose { line += " \(dose)" }
        line += " — since \(medicine.since)"
        if medicine.doseSince != medicine.since, medicine.dose != nil {
          line += ", this dose since \(medicine.doseSince)"
        }
        say(line)
      }
    }
  }

  /// Checks and saves one change, refusing it whole with one line when it does not fit the plan.
  static func record(
    _ change: Entry.MedicationChange, medicine: String, dose: String?, on: String?,
    reason: String?, global: GlobalOptions
  ) throws {
    let context = try AppContext(global: global)
    let name = medicine.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else {
      throw AppError("the medicine's name is empty: name it, e.g. `carejourney med \(change.rawValue) prednisone`")
    }
    try TextLimits.check(freeText: ["--reason": reason], names: ["the medicine's name": name, "--dose": dose])
    let dose = dose?.trimmingCharacters(in: .whitespaces)
    if let dose, dose.isEmpty {
      throw AppError("--dose is empty: write the dose, e.g. \"5 mg/day\", or leave --dose out")
    }
    let reason = reason?.trimmingCharacters(in: .whitespaces)
    if let reason, reason.isEmpty {
      throw AppError("--reason is empty: say why, or leave --reason out")
    }
    let (snapshot, care) = try context.loadStarted()
    let observed = try context.observedMoment(on: on, journey: snapshot.journey)
    let date = observed.date
    let current = MedicationList.medicine(named: name, on: date, entries: snapshot.entries)
    switch (change, current) {
    case (.start, let taken?):
      throw AppError(
        "\(taken.name) is already being taken on \(date) (since \(taken.since)): "
          + "record a new dose with `carejourney med dose \(taken.name) --dose TEXT`")
    case (.dose, nil), (.stop, nil):
      throw AppError(
        "\(name) is not being taken on \(date): start it with `carejourney med start \(name)`, "
          + "or see `carejourney med list --on \(date)`")
    default: break
    }
    if change == .dose, let taken = current, taken.dose == dose {
      throw AppError("\(taken.name) is already at \(dose ?? "") on \(date): nothing changes")
    }
    // Keep the name as it was first written, so the timeline reads the same all along.
    let saved = try context.journal.save(
      [.medicationChange(name: current?.name ?? name, dose: dose, change: change, reason: reason)],
      observedAt: observed, basis: SaveBasis(snapshot, care: care))
    context.reportProblems(snapshot.problems)
    saved.lines(withTime: false).forEach(say)
  }
}

/// What `med list --json` prints.
struct MedListReport: Encodable {
  struct Medicine: Encodable {
    var name: String
    @NullWhenAbsent var dose: String?
    var since: LocalDate
    var doseSince: LocalDate
  }

  var date: LocalDate
  var medicines: [Medicine]

  init(date: LocalDate, taking: [MedicationList.Medicine]) {
    self.date = date
    medicines = taking.map {
      Medicine(name: $0.name, dose: $0.dose, since: $0.since, doseSince: $0.doseSince)
    }
  }
}
