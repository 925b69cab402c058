import Testing

@testable import JourneyCore

/// Which language a run speaks: `--lang`, the journey's setting, `CAREJOURNEY_LANG`, then
/// `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, read by the app itself.
@Suite struct LanguageChoiceTests {
  @Test(arguments: [
    ("de", Language.german), ("de_DE.UTF-8", .german), ("de-AT", .german), ("es_MX", .spanish),
    ("es_ES.UTF-8@euro", .spanish), ("zh_CN", .simplifiedChinese), ("zh-Hans", .simplifiedChinese),
    ("zh_SG.GB18030", .simplifiedChinese), ("zh-Hans-CN", .simplifiedChinese), ("en_US", .english),
    ("C", .english), ("POSIX", .english), ("C.UTF-8", .english),
  ])
  func tagsAndLocalesNameALanguage(text: String, language: Language) {
    #expect(Language(tag: text) == language)
  }

  @Test(arguments: ["fr_FR.UTF-8", "zh_TW", "zh-Hant", "zh_HK.UTF-8", "", "c", "deutsch"])
  func otherLanguagesAreNotSpoken(text: String) {
    #expect(Language(tag: text) == nil)
  }

  struct Case: Sendable, CustomStringConvertible {
    var option: String?
    var journey: String?
    var environment: [String: String]
    var language: Language
    var source: LanguageChoice.Source
    var description: String { "\(option ?? "-") \(journey ?? "-") \(environment)" }
  }

  static let cases: [Case] = [
    Case(
      option: "es", journey: "de", environment: ["CAREJOURNEY_LANG": "zh-Hans", "LANG": "de_DE"],
      language: .spanish, source: .option),
    Case(
      option: nil, journey: "de", environment: ["CAREJOURNEY_LANG": "es", "LANG": "zh_CN"],
      language: .german, source: .journey),
    // A journey tag this version does not speak is passed over, not an error.
    Case(
      option: nil, journey: "fr", environment: ["CAREJOURNEY_LANG": "es"], language: .spanish,
      source: .environment("CAREJOURNEY_LANG")),
    Case(
      option: nil, journey: nil,
      environment: ["CAREJOURNEY_LANG": "zh-Hans", "LANGUAGE": "de", "LC_ALL": "es_ES.UTF-8"],
      language: .simplifiedChinese, source: .environment("CAREJOURNEY_LANG")),
    Case(
      option: nil, journey: nil, environment: ["LANGUAGE": "fr:de_AT:es", "LC_ALL": "es_ES.UTF-8"],
      language: .german, source: .environment("LANGUAGE")),
    Case(
      option: nil, journey: nil,
      environment: ["LANGUAGE": "fr", "LC_ALL": "es_ES.UTF-8", "LANG": "de_DE.UTF-8"],
      language: .spanish, source: .environment("LC_ALL")),
    Case(
      option: nil, journey: nil,
      environment: ["LC_ALL": "", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "de_DE.UTF-8"],
      language: .simplifiedChinese, source: .environment("LC_MESSAGES")),
    Case(
      option: nil, journey: nil, environment: ["LANG": "de_DE.UTF-8"], language: .german,
      source: .environment("LANG")),
    // The locale in force is French: English, not the LANG behind it.
    Case(
      option: nil, journey: nil, environment: ["LC_ALL": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"],
      language: .english, source: .environment("LC_ALL")),
    Case(
      option: nil, journey: nil, environment: ["LANG": "C.UTF-8"], language: .english,
      source: .environment("LANG")),
    Case(option: nil, journey: nil, environment: [:], language: .english, source: .fallback),
  ]

  @Test(arguments: cases)
  func theFirstThatNamesALanguageWins(_ c: Case) throws {
    let choice = try LanguageChoice.resolve(
      option: c.option, journey: c.journey, environment: c.environment)
    #expect(choice == LanguageChoice(language: c.language, source: c.source))
  }

  @Test func anUnknownLangOptionIsRefusedNamingTheLanguagesSpoken() {
    #expect(throws: LanguageChoice.UnknownLanguage(text: "fr")) {
      try LanguageChoice.resolve(option: "fr", journey: "de", environment: [:])
    }
    #expect(
      LanguageChoice.UnknownLanguage(text: "fr").description
        == "--lang fr is not a language CareJourney speaks: use one of en, de, zh-Hans, es")
  }

  @Test(arguments: [
    (Language.english, "38.4", "22 Nov 2026"), (.german, "38,4", "22.11.2026"),
    (.spanish, "38,4", "22 nov 2026"), (.simplifiedChinese, "38.4", "2026年11月22日"),
  ])
  func numbersAndDatesFollowTheLanguage(language: Language, number: String, date: String) throws {
    #expect(language.decimal(38.4, places: 1) == number)
    #expect(language.decimal(1234.5, places: 1).contains("234"))
    #expect(!language.decimal(1234.5, places: 1).contains(where: { $0 == " " || $0 == "'" }))
    let day = try #require(LocalDate(year: 2026, month: 11, day: 22))
    #expect(language.date(day) == date)
  }
}
