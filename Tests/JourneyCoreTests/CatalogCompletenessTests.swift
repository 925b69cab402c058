import Testing

@testable import JourneyCore

/// Every language has every string English has, with the same placeholders, and nothing else;
/// safety instructions carry the needs-clinical-review flag until a clinician has checked them.
@Suite struct CatalogCompletenessTests {
  static let translated = Language.allCases.filter { $0 != .english }

  @Test func theBuiltInCatalogsParseAndHoldOnlyKnownStrings() {
    #expect(Catalog.problems() == [])
  }

  @Test(arguments: translated)
  func everyStringEnglishHasIsTranslated(language: Language) throws {
    let file = try POFile(text: try #require(Catalog.source(language)))
    let entries = Dictionary(file.entries.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    for key in CatalogKey.allCases {
      let entry = entries[key.key]
      #expect(entry != nil, "\(language.tag).po lacks \"\(key.id)\"")
      guard let entry else { continue }
      let forms = key.plural == nil ? 1 : file.pluralRule.count
      #expect(entry.translations.count == forms, "\(language.tag).po: \"\(key.id)\" forms")
      for text in entry.translations {
        #expect(!text.isEmpty, "\(language.tag).po: \"\(key.id)\" is empty")
        #expect(
          Catalog.specifiers(text) == Catalog.specifiers(key.id),
          "\(language.tag).po: \"\(text)\" has other placeholders than \"\(key.id)\"")
      }
      #expect(
        entry.flags.contains("needs-clinical-review") == key.isClinicalInstruction,
        "\(language.tag).po: \"\(key.id)\" needs-clinical-review flag")
      #expect(Catalog.translation(key, in: language) != nil)
    }
  }

  /// A translation whose placeholders differ from English's is not used: English is shown.
  @Test func aTranslationWithOtherPlaceholdersFallsBackToEnglish() throws {
    #expect(Catalog.specifiers("Call %1$s now, then %2$s") == ["1$s", "2$s"])
    #expect(Catalog.specifiers("%2$s zuerst, dann %1$s") == ["1$s", "2$s"])
    #expect(Catalog.specifiers("%s und %s") == ["1$s", "2$s"])
    #expect(Catalog.specifiers("%s und 100 %%") == ["1$s"])
    #expect(Catalog.specifiers("%d Alarme") != Catalog.specifiers("%s Alarme"))
    #expect(Catalog.specifiers("nur %s") != Catalog.specifiers("%s und %s"))
  }

  @Test func placeholdersAreFilledInOrderOrByNumber() {
    #expect(Catalog.format("call %1$s now; else %2$s", ["A", "B"]) == "call A now; else B")
    #expect(Catalog.format("%2$s, dann %1$s", ["A", "B"]) == "B, dann A")
    #expect(Catalog.format("%s und %s: 100 %%", ["A", "B"]) == "A und B: 100 %")
    #expect(Catalog.format("%s fehlt", []) == "%s fehlt")
  }

  @Test(arguments: [
    (Language.english, 1, "1 more alert: see Today and status"),
    (.english, 2, "2 more alerts: see Today and status"),
    (.german, 1, "1 weiterer Alarm: siehe Heute und status"),
    (.german, 0, "0 weitere Alarme: siehe Heute und status"),
    (.spanish, 3, "3 alertas más: vea Hoy y status"),
    (.simplifiedChinese, 1, "另有 1 条警报：见“今天”和 status"),
    (.simplifiedChinese, 5, "另有 5 条警报：见“今天”和 status"),
  ])
  func pluralFormsFollowEachLanguage(language: Language, count: Int, expected: String) {
    #expect(Catalog.text(.moreAlerts, count: count, in: language) == expected)
  }
}
