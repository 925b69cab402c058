import JourneyCore

extension AppContext {
  /// The journey's settings as `settings` prints them with no option.
  public func settingsLines() throws -> [String] {
    let (snapshot, care) = try loadStarted(readingEntries: false)
    let journey = snapshot.journey
    let contact = CareContact(journey: journey, protocol: care)
    let whence =
      journey.emergencyNumber == nil
      ? "the protocol's default, region \(care.emergency.region)" : "set for this journey"
    var lines = [
      "Team phone: \(journey.teamPhone ?? "not set")",
      "Emergency number: \(contact.emergencyText) (\(whence); regions: "
        + "\(care.emergency.listText))",
      "Temperatures shown in °\(journey.temperatureUnit.rawValue)",
    ]
    let known = journey.patientDetails.changeTexts
    lines.append(
      "Patient: "
        + (known.isEmpty
          ? "no date of birth, sex or identifier given" : known.joined(separator: ", ")))
    let choice = try languageChoice(for: journey)
    let team = try languages(for: journey).team
    lines.append(
      "Language: \(choice.language.tag) (\(choice.language.nativeName); \(choice.whence))")
    lines.append(
      "Care team's language: \(team.tag) (\(team.nativeName)"
        + (journey.teamLanguage == nil ? "; the patient's, none set)" : ")"))
    if journey.teamPhone == nil { lines.append("Warning: \(CareContact.noTeamPhoneWarning)") }
    return lines
  }

  /// Changes the team phone, the emergency number (from `region` or `emergencyNumber`) or the
  /// temperature display unit (`C` or `F`), or the patient's date of birth, sex and
  /// identifiers (`details`, checked already); returns the lines to print.
  public func changeSettings(
    teamPhone: String?, region: String?, emergencyNumber: String?, unit: String?,
    details: PatientDetails = PatientDetails(), language: String? = nil,
    teamLanguage: String? = nil
  ) throws -> [String] {
    let languageTag = try AppContext.languageTag(language, option: "--lang")
    let teamTag = try AppContext.languageTag(teamLanguage, option: "--team-lang")
    try TextLimits.check(names: ["--team-phone": teamPhone, "--emergency-number": emergencyNumber])
    let (_, care) = try loadStarted(readingEntries: false)
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
    let emergency = try AppContext.emergency(region: region, number: emergencyNumber, care: care)
    try journal.record(checked: false) { _ in
      .settings(
        teamPhone: teamPhone, temperatureUnit: temperatureUnit, emergencyNumber: emergency,
        details: details, language: languageTag, teamLanguage: teamTag)
    }
    return ["Saved the settings."]
      + (emergency.map { ["Urgent alerts now say: if the team cannot be reached, call \($0)."] }
        ?? [])
  }

  /// The tag a language option names (`de_DE` → `de`), refused when CareJourney does not speak
  /// it; nil when the option was not given.
  public static func languageTag(_ text: String?, option: String) throws -> String? {
    guard let text else { return nil }
    guard let language = Language(tag: text) else {
      throw AppError(
        "\(option) \(text) is not a language CareJourney speaks: use one of \(Language.listText)")
    }
    return language.tag
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
