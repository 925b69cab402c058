import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney settings`: the team phone, the emergency number and the temperature display unit.
struct SettingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "settings",
    abstract:
      "Change the CAR-T team's phone number, the emergency number or the temperature unit.",
    discussion: """
      Every urgent alert names the team's number and, for when the team cannot be reached, the \
      emergency number: the protocol's default region's (112 in the EU) until --region or \
      --emergency-number says otherwise. Temperatures are always stored in °C with the \
      reading as typed; --unit only changes how they are shown. With no option, prints the \
      current settings.

      Examples:
        carejourney settings --team-phone "+49 9131 85-33010" --unit F
        carejourney settings --region UK
        carejourney settings --emergency-number 112
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "The team's phone number, shown with every alert.")
  var teamPhone: String?

  @Option(
    name: [.customLong("region"), .customLong("country")],
    help: "The region (country) whose emergency number alerts name: EU, UK or US.")
  var region: String?

  @Option(help: "The emergency number alerts name, when the team cannot be reached.")
  var emergencyNumber: String?

  @Option(help: "C or F.")
  var unit: String?

  func run() throws {
    let context = try AppContext(global: global)
    guard teamPhone != nil || unit != nil || region != nil || emergencyNumber != nil else {
      try context.settingsLines().forEach(say)
      return
    }
    try context.changeSettings(
      teamPhone: teamPhone, region: region, emergencyNumber: emergencyNumber, unit: unit
    ).forEach(say)
  }
}
