import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore
import JourneyStore

/// `carejourney init`: starts a journey in an empty data directory.
struct InitCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "init",
      abstract: tr("Start a new journey."),
      discussion: CommandHelp.`init`)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp(tr("The patient's name.")))
  var patient: String

  @Option(
    help: ArgumentHelp(
      tr("A built-in protocol (cd19-sle) or a protocol file (TOML)."), valueName: "name|file"))
  var `protocol`: String = "cd19-sle"

  @Option(help: ArgumentHelp(tr("The day screening began, YYYY-MM-DD (default: today).")))
  var on: String?

  @Option(help: ArgumentHelp(tr("The CAR-T team's phone number, shown with every alert.")))
  var teamPhone: String?

  @Option(help: ArgumentHelp(tr("Show temperatures in C or F (always stored in °C).")))
  var unit: String = "C"

  @OptionGroup var details: PatientDetailsOptions

  func run() throws {
    let context = try AppContext(global: global)
    try TextLimits.check(names: ["--patient": patient, "--team-phone": teamPhone])
    let name = patient.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else {
      throw AppError(tr("--patient is empty: give the patient's name"))
    }
    guard let temperatureUnit = TemperatureUnit(rawValue: unit.uppercased()) else {
      throw AppError(tr("--unit %s is not a unit: use C or F", unit))
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
    let root = context.store.directory.root
    if let began {
      say(
        tr(
          "Started the journey for %1$s in %2$s (%3$s), in screening since %4$s.", name, root,
          care.name(in: .current), began.shown))
      say(
        tr(
          "Next: record what happened since, in any order: `carejourney advance PHASE --on DATE`, "
            + "`sign MILESTONE --on DATE`, `log --at DATETIME`."))
    } else {
      say(tr("Started the journey for %1$s in %2$s (%3$s).", name, root, care.name(in: .current)))
      say(tr("Next: plan the infusion with `carejourney plan infusion YYYY-MM-DD`."))
    }
    if teamPhone == nil { say(tr("Warning: %s", CareContact.noTeamPhoneWarning)) }
  }
}
