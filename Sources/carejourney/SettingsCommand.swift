import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney settings`: the team phone, the emergency number and the temperature display unit.
struct SettingsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("settings", CommandAbstract.settings, CommandHelp.settings)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: .init(OptionHelp.settingsTeamPhone)) var teamPhone: String?

  @Option(
    name: [.customLong("region"), .customLong("country")],
    help: .init(OptionHelp.settingsRegion)
  )
  var region: String?

  @Option(help: .init(OptionHelp.settingsEmergencyNumber)) var emergencyNumber: String?

  @Option(help: .init(OptionHelp.settingsUnit)) var unit: String?

  @OptionGroup var details: PatientDetailsOptions

  @Option(name: .customLong("team-lang"), help: .init(OptionHelp.settingsTeamLanguage))
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
