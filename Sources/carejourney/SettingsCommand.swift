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

      --born, --sex and --identifier give the patient's date of birth, sex and hospital or \
      trial numbers, for another clinic's system to match the records on; identifiers given \
      replace the ones before (give all of them).

      Examples:
        carejourney settings --team-phone "+49 9131 85-33010" --unit F
        carejourney settings --born 1984-03-02 --sex female
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

  @OptionGroup var details: PatientDetailsOptions

  func run() throws {
    let context = try AppContext(global: global)
    try TextLimits.check(names: ["--team-phone": teamPhone, "--emergency-number": emergencyNumber])
    let patient = try details.parsed(today: context.today)
    let (snapshot, care) = try context.loadStarted(readingEntries: false)
    guard teamPhone != nil || unit != nil || region != nil || emergencyNumber != nil
      || !patient.isEmpty
    else {
      let journey = snapshot.journey
      let contact = CareContact(journey: journey, protocol: care)
      say("Team phone: \(journey.teamPhone ?? "not set")")
      let whence =
        journey.emergencyNumber == nil
        ? "the protocol's default, region \(care.emergency.region)" : "set for this journey"
      say(
        "Emergency number: \(contact.emergencyText) (\(whence); regions: "
          + "\(care.emergency.listText))")
      say("Temperatures shown in °\(journey.temperatureUnit.rawValue)")
      let known = journey.patientDetails.changeTexts
      say("Patient: " + (known.isEmpty ? "no date of birth, sex or identifier given" : known.joined(separator: ", ")))
      if journey.teamPhone == nil { say("Warning: \(CareContact.noTeamPhoneWarning)") }
      return
    }
    var temperatureUnit: TemperatureUnit?
    if let unit {
      guard let parsed = TemperatureUnit(rawValue: unit.uppercased()) else {
        throw AppError("--unit \(unit) is not a unit: use C or F")
      }
      temperatureUnit = parsed
    }
    if let teamPhone, teamPhone.trimmingCharacters(in: .whitespaces).isEmpty {
      throw AppError("--team-phone is empty: give the number your team answers on")
    }
    let emergency = try SettingsCommand.emergency(
      region: region, number: emergencyNumber, care: care)
    try context.journal.record(checked: false) { _ in
      .settings(
        teamPhone: teamPhone, temperatureUnit: temperatureUnit, emergencyNumber: emergency,
        details: patient)
    }
    say("Saved the settings.")
    if let emergency {
      say("Urgent alerts now say: if the team cannot be reached, call \(emergency).")
    }
  }

  /// The emergency number from `--region` (looked up in the protocol) or `--emergency-number`
  /// (digits, spaces, + and -); nil when neither is given.
  static func emergency(region: String?, number: String?, care: CareProtocol) throws -> String? {
    switch (region, number) {
    case (nil, nil):
      return nil
    case (.some, .some):
      throw AppError("give --region or --emergency-number, not both")
    case (let region?, nil):
      guard let found = care.emergency.number(forRegion: region) else {
        throw AppError(
          "--region \(region) is not a region of this protocol (regions: "
            + "\(care.emergency.listText)); give the number itself with --emergency-number")
      }
      return found
    case (nil, let number?):
      let trimmed = number.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty, trimmed.contains(where: \.isNumber),
        trimmed.allSatisfy({ $0.isNumber || $0 == " " || $0 == "+" || $0 == "-" })
      else {
        throw AppError(
          "--emergency-number \(number) is not a phone number: digits, spaces, + and - only, "
            + "e.g. 112")
      }
      return trimmed
    }
  }
}
