import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore
import JourneyStore

/// `carejourney init`: starts a journey in an empty data directory.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Start a new journey.",
    discussion: """
      Writes journey.jsonl and a copy of the protocol (protocol.toml) into the data directory.
      The journey starts in screening, today, or on the day screening began (--on). Record
      what happened since with `advance --on`, `sign --on`, `log --at` and `visit --on`, in
      any order (phases in order). What you write is signed with the patient's name unless
      --role, --name or the person the screens remember say otherwise.

      So that another clinic's system can match the records to the patient, give the date of \
      birth, the sex and any hospital or trial number (SYSTEM|VALUE, the system a URI naming \
      who issued it; --identifier may be given several times); `settings` changes them later. \
      Write the name as "Family, Given" to mark the family name for those systems.

      Examples:
        carejourney init --patient "Jane Doe" --team-phone "+49 9131 85-0"
        carejourney init --patient "Jane Doe" --on 2026-10-01
        carejourney init --patient "Doe, Jane" --born 1984-03-02 --sex female \\
          --identifier "https://hospital.example.org/mrn|A12345"
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "The patient's name.")
  var patient: String

  @Option(
    help: ArgumentHelp(
      "A built-in protocol (cd19-sle) or a protocol file (TOML).", valueName: "name|file"))
  var `protocol`: String = "cd19-sle"

  @Option(help: "The day screening began, YYYY-MM-DD (default: today).")
  var on: String?

  @Option(help: "The CAR-T team's phone number, shown with every alert.")
  var teamPhone: String?

  @Option(help: "Show temperatures in C or F (always stored in °C).")
  var unit: String = "C"

  @OptionGroup var details: PatientDetailsOptions

  func run() throws {
    let context = try AppContext(global: global)
    try TextLimits.check(names: ["--patient": patient, "--team-phone": teamPhone])
    let name = patient.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { throw AppError("--patient is empty: give the patient's name") }
    guard let temperatureUnit = TemperatureUnit(rawValue: unit.uppercased()) else {
      throw AppError("--unit \(unit) is not a unit: use C or F")
    }
    let details = try self.details.parsed(today: context.today)
    let began = try on.map { try context.date($0, option: "--on") }
    if let began { try Journey.startWindow(today: context.today).check(began, "--on \(began)") }
    let care = try context.startJourney(
      patient: name, protocolName: `protocol`, author: context.author(startingFor: name)
    ) { care in
      [
        .created(
          patient: name, protocolID: care.id, teamPhone: teamPhone,
          temperatureUnit: temperatureUnit, began: began.map { .on($0) } ?? .dayRecorded,
          details: details)
      ]
    }
    let since = began.map { ", in screening since \($0)" } ?? ""
    let root = context.store.directory.root
    say("Started the journey for \(name) in \(root) (\(care.name))\(since).")
    if began != nil {
      say(
        "Next: record what happened since, in any order: `carejourney advance PHASE --on DATE`, "
          + "`sign MILESTONE --on DATE`, `log --at DATETIME`.")
    } else {
      say("Next: plan the infusion with `carejourney plan infusion YYYY-MM-DD`.")
    }
    if teamPhone == nil { say("Warning: \(CareContact.noTeamPhoneWarning)") }
  }
}
