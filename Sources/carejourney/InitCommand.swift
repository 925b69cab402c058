import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney init`: starts a journey in an empty data directory.
struct InitCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("init", CommandAbstract.`init`, CommandHelp.`init`)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: .init(OptionHelp.initPatient)) var patient: String

  @Option(help: .init(OptionHelp.initProtocol, valueName: "name|file"))
  var `protocol`: String = "cd19-sle"

  @Option(help: .init(OptionHelp.initOn)) var on: String?

  @Option(help: .init(OptionHelp.initTeamPhone)) var teamPhone: String?

  @Option(help: .init(OptionHelp.initUnit)) var unit: String = "C"

  @OptionGroup var details: PatientDetailsOptions

  func run() throws {
    let context = try AppContext(global: global)
    try context.initJourney(
      patient: patient, protocolName: `protocol`, on: on, teamPhone: teamPhone, unit: unit,
      details: try details.parsed(today: context.today)
    ).forEach(say)
  }
}
