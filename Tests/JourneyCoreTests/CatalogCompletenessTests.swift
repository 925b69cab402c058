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

  /// Every `tr` and `trn` call in the sources passes its English as literals, so the check
  /// below sees every message.
  @Test func everyMessageInTheCodeIsALiteral() {
    #expect(SourceMessages.all.problems == [])
    #expect(
      SourceMessages.all.messages[.init(context: "screen", id: "Today", plural: nil)] != nil,
      "the scan finds the screens' titles")
  }

  /// Each language's parts (`screens.de.po`, `commands.de.po`, `report.de.po`) hold every
  /// message the code passes to `tr` and `trn`, once, with English's placeholders and the
  /// language's number of plural forms, and nothing the code no longer says.
  @Test(arguments: translated)
  func everyMessageInTheCodeIsTranslated(language: Language) throws {
    let core = "\(language.tag).po"
    var files: [(name: String, file: POFile)] = []
    for (name, text) in Catalog.sources(language) where name != core {
      files.append((name, try POFile(text: text)))
    }
    #expect(files.count == Catalog.parts.count - 1)
    var entries: [POFile.Key: (name: String, entry: POFile.Entry)] = [:]
    for (name, file) in files {
      for entry in file.entries {
        if let other = entries[entry.key] {
          Issue.record("\(name) line \(entry.line): \"\(entry.id)\" is also in \(other.name)")
        }
        entries[entry.key] = (name, entry)
      }
    }
    let forms = try #require(Catalog.pluralRules[language]).count
    var used = Set<POFile.Key>()
    for (message, place) in SourceMessages.all.messages.sorted(by: { $0.value < $1.value }) {
      let key = POFile.Key(context: message.context, id: message.id)
      used.insert(key)
      guard let (name, entry) = entries[key] else {
        Issue.record("\(language.tag): \"\(message.id)\" (\(place)) is not translated")
        continue
      }
      #expect(entry.idPlural == message.plural, "\(name): \"\(message.id)\" plural")
      #expect(
        entry.translations.count == (message.plural == nil ? 1 : forms),
        "\(name): \"\(message.id)\" forms")
      for text in entry.translations {
        #expect(!text.isEmpty, "\(name): \"\(message.id)\" is empty")
        #expect(
          Catalog.specifiers(text) == Catalog.specifiers(message.plural ?? message.id),
          "\(name): \"\(text)\" has other placeholders than \"\(message.id)\"")
      }
    }
    for (key, found) in entries where !used.contains(key) {
      Issue.record("\(found.name) line \(found.entry.line): \"\(key.id)\" is not in the code")
    }
  }

  @Test(arguments: [
    (Language.english, "Today"), (.german, "Heute"), (.spanish, "Hoy"), (.simplifiedChinese, "今天"),
  ])
  func aMessageIsLookedUpByItsEnglishInTheCurrentLanguage(language: Language, expected: String) {
    #expect(Language.$current.withValue(language) { tr("Today", context: "screen") } == expected)
    #expect(tr("Today", context: "screen", in: language) == expected)
    // Another context is another message: English until a catalog has it.
    #expect(Language.$current.withValue(language) { tr("Today", context: "a day") } == "Today")
  }
}
