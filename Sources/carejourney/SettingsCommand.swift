import ArgumentParser
import JourneyCore

/// `carejourney settings`: the team phone and the temperature display unit.
struct SettingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "settings",
    abstract: "Change the CAR-T team's phone number or the unit temperatures are shown in.",
    discussion: """
      Temperatures are always stored in °C with the reading as typed; this only changes how
      they are shown. With no option, prints the current settings.

      Example: carejourney settings --team-phone "+49 9131 85-33010" --unit F
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "The team's phone number, shown with every alert.")
  var teamPhone: String?

  @Option(help: "C or F.")
  var unit: String?

  func run() throws {
    let context = try AppContext(global: global)
    try TextLimits.check(names: ["--team-phone": teamPhone])
    let (snapshot, _) = try context.loadStarted()
    guard teamPhone != nil || unit != nil else {
      let journey = snapshot.journey
      say("Team phone: \(journey.teamPhone ?? "not set")")
      say("Temperatures shown in °\(journey.temperatureUnit.rawValue)")
      return
    }
    var temperatureUnit: TemperatureUnit?
    if let unit {
      guard let parsed = TemperatureUnit(rawValue: unit.uppercased()) else {
        throw CLIError("--unit \(unit) is not a unit: use C or F")
      }
      temperatureUnit = parsed
    }
    if let teamPhone, teamPhone.trimmingCharacters(in: .whitespaces).isEmpty {
      throw CLIError("--team-phone is empty: give the number your team answers on")
    }
    let event = JourneyEvent(
      id: context.newID(), recordedAt: context.now, author: context.author,
      body: .settings(teamPhone: teamPhone, temperatureUnit: temperatureUnit))
    try context.store.recordEvents { _ in [event] }
    say("Saved the settings.")
  }
}
