import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney settings`: the team phone, the emergency number and the temperature display unit.
struct SettingsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "settings",
      abstract:
        tr("Change the CAR-T team's phone number, the emergency number or the temperature unit."),
      discussion: CommandHelp.settings)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp(tr("The team's phone number, shown with every alert.")))
  var teamPhone: String?

  @Option(
    name: [.customLong("region"), .customLong("country")],
    help: ArgumentHelp(tr("The region (country) whose emergency number alerts name: EU, UK or US."))
  )
  var region: String?

  @Option(
    help: ArgumentHelp(tr("The emergency number alerts name, when the team cannot be reached.")))
  var emergencyNumber: String?

  @Option(help: ArgumentHelp(tr("C or F.")))
  var unit: String?

  @OptionGroup var details: PatientDetailsOptions

  @Option(
    name: .customLong("team-lang"),
    help: ArgumentHelp(
      tr("The care team's language, shown below the patient's in alerts: en, de, zh-Hans or es.")))
  var teamLanguage: String?

  func run() throws {
    let context = try AppContext(global: global)
    let patient = try details.parsed(today: context.today)
    // `--lang` (a global option) given to `settings` records the patient's language for the
    // journey, as the other options here record theirs.
    let language = global.lang
    let changes: [String?] = [teamPhone, unit, region, emergencyNumber, language, teamLanguage]
    guard changes.contains(where: { $0 != nil }) || !patient.isEmpty else {
      try context.settingsLines().forEach(say)
      return
    }
    try context.changeSettings(
      teamPhone: teamPhone, region: region, emergencyNumber: emergencyNumber, unit: unit,
      details: patient, language: language, teamLanguage: teamLanguage
    ).forEach(say)
  }
}
