import JourneyCore

extension AppContext {
  /// The journey's settings as `settings` prints them with no option.
  public func settingsLines() throws -> [String] {
    let (snapshot, care) = try loadStarted(readingEntries: false)
    let journey = snapshot.journey
    let contact = CareContact(journey: journey, protocol: care)
    let whence =
      journey.emergencyNumber == nil
      ? tr("the protocol's default, region %s", care.emergency.region)
      : tr("set for this journey")
    var lines = [
      tr("Team phone: %s", journey.teamPhone ?? tr("not set")),
      tr(
        "Emergency number: %1$s (%2$s; regions: %3$s)", contact.emergencyText, whence,
        care.emergency.listText),
      tr("Temperatures shown in °%s", journey.temperatureUnit.rawValue),
    ]
    let known = journey.patientDetails.changeTexts
    lines.append(
      tr(
        "Patient: %s",
        known.isEmpty
          ? tr("no date of birth, sex or identifier given") : known.joined(separator: ", ")))
    let choice = try languageChoice(for: journey)
    let team = try languages(for: journey).team
    lines.append(
      tr(
        "Language: %1$s (%2$s; %3$s)", choice.language.tag, choice.language.nativeName,
        choice.whence))
    lines.append(
      journey.teamLanguage == nil
        ? tr(
          "Care team's language: %1$s (%2$s; the patient's, none set)", team.tag, team.nativeName)
        : tr("Care team's language: %1$s (%2$s)", team.tag, team.nativeName))
    if journey.teamPhone == nil { lines.append(tr("Warning: %s", CareContact.noTeamPhoneWarning)) }
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
        throw AppError(tr("--unit %s is not a unit: use C or F", unit))
      }
      temperatureUnit = parsed
    }
    if let teamPhone, teamPhone.trimmingCharacters(in: .whitespaces).isEmpty {
      throw AppError(tr("--team-phone is empty: give the number your team answers on"))
    }
    let emergency = try AppContext.emergency(region: region, number: emergencyNumber, care: care)
    try journal.record(checked: false) { _ in
      .settings(
        teamPhone: teamPhone, temperatureUnit: temperatureUnit, emergencyNumber: emergency,
        details: details, language: languageTag, teamLanguage: teamTag)
    }
    return [tr("Saved the settings.")]
      + (emergency.map {
        [tr("Urgent alerts now say: if the team cannot be reached, call %s.", $0)]
      } ?? [])
  }

  /// The tag a language option names (`de_DE` → `de`), refused when CareJourney does not speak
  /// it; nil when the option was not given.
  public static func languageTag(_ text: String?, option: String) throws -> String? {
    guard let text else { return nil }
    guard let language = Language(tag: text) else {
      throw AppError(
        tr(
          "%1$s %2$s is not a language CareJourney speaks: use one of %3$s", option, text,
          Language.listText))
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
      throw AppError(tr("give --region or --emergency-number, not both"))
    case (let region?, nil):
      guard let found = care.emergency.number(forRegion: region) else {
        throw AppError(
          tr(
            "--region %1$s is not a region of this protocol (regions: %2$s); give the number "
              + "itself with --emergency-number", region, care.emergency.listText))
      }
      return found
    case (nil, let number?):
      let trimmed = number.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty, trimmed.contains(where: \.isNumber),
        trimmed.allSatisfy({ $0.isNumber || $0 == " " || $0 == "+" || $0 == "-" })
      else {
        throw AppError(
          tr(
            "--emergency-number %s is not a phone number: digits, spaces, + and - only, e.g. 112",
            number))
      }
      return trimmed
    }
  }
}
