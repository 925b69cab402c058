import JourneyCore

extension AppContext {
  /// The patient's language (``LanguageChoice``: `--lang`, the journey's `settings --lang`,
  /// `CAREJOURNEY_LANG`, `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`) and the care team's
  /// (`settings --team-lang`, else the patient's): what alerts and reminders speak.
  public func languages(for journey: Journey) throws -> AlertLanguages {
    let patient = try languageChoice(for: journey).language
    let team = journey.teamLanguage.flatMap(Language.init(tag:)) ?? patient
    return AlertLanguages(patient: patient, team: team)
  }

  /// The patient's language and where it came from.
  public func languageChoice(for journey: Journey) throws -> LanguageChoice {
    do {
      return try LanguageChoice.resolve(
        option: languageOption, journey: journey.language, environment: environment)
    } catch {
      throw AppError(error.description)
    }
  }
}
