import Testing

@testable import JourneyCore

/// The protocol speaks the patient's language: `"title.de"`, `"label.zh-Hans"`,
/// `"message.es"`, falling back to the protocol's own text.
@Suite struct ProtocolLanguageTests {
  static let minimal = """
    id = "t"
    name = "T"
    [[milestone]]
    id = "consent"
    phase = "screening"
    title = "Consent signed"
    "title.de" = "Einwilligung unterschrieben"
    signer = "nurse"
    day = -30
    [[symptom]]
    id = "chills"
    label = "Chills"
    "label.zh-Hans" = "寒战"
    group = "pro-ctcae"
    [[red-flag]]
    id = "fever"
    level = "urgent"
    measure = "temperature"
    at-least = 38.0
    message = "Fever."
    "message.es" = "Fiebre."
    """

  @Test func translationsAreReadAndEachFallsBackToTheProtocolsOwnText() throws {
    let care = try CareProtocol(toml: Self.minimal)
    let milestone = try #require(care.milestones.first)
    #expect(milestone.title(in: .german) == "Einwilligung unterschrieben")
    #expect(milestone.title(in: .spanish) == "Consent signed")
    let symptom = try #require(care.symptoms.first)
    #expect(symptom.label(in: .simplifiedChinese) == "寒战")
    #expect(symptom.label(in: .german) == "Chills")
    let rule = try #require(care.redFlags.first)
    #expect(rule.message(in: .spanish) == "Fiebre.")
    #expect(rule.message(in: .english) == "Fever.")
  }

  @Test(arguments: [
    ("\"message.fr\" = \"Fièvre.\"", "unknown key \"message.fr\""),
    ("\"message.de\" = \"  \"", "message.de is empty"),
  ])
  func anUnknownLanguageOrABlankTranslationIsRefused(line: String, reason: String) {
    let text = Self.minimal + "\n" + line
    #expect {
      try CareProtocol(toml: text)
    } throws: { error in
      "\(error)".contains(reason)
    }
  }

  /// Every red-flag message and every symptom name of the shipped protocol reads in German,
  /// Simplified Chinese and Spanish.
  @Test(arguments: [Language.german, .simplifiedChinese, .spanish])
  func theShippedProtocolSpeaksEveryLanguage(language: Language) throws {
    let care = try #require(try CareProtocol.builtIn(named: "cd19-sle"))
    for rule in care.redFlags {
      #expect(rule.translatedMessages[language] != nil, "\(rule.id) in \(language.tag)")
      #expect(rule.message(in: language) != rule.message, "\(rule.id) in \(language.tag)")
    }
    for symptom in care.symptoms {
      #expect(symptom.translatedLabels[language] != nil, "\(symptom.id) in \(language.tag)")
    }
  }

  /// An urgent fever alert in German reads German throughout, the numbers with a comma.
  @Test func aGermanAlertReadsGerman() throws {
    let care = try #require(try CareProtocol.builtIn(named: "cd19-sle"))
    let rule = try #require(care.redFlags.first { $0.id == "fever" })
    let at = Timestamp(
      date: try #require(LocalDate(year: 2026, month: 11, day: 22)), secondOfDay: 3600,
      utcOffset: 3600)
    let alert = Alert(
      rule: rule, entryID: "x", at: at, seen: "Temperatur 38,4 °C",
      contact: CareContact(teamPhone: "+49 9131 85-33010", emergencyNumber: "112")
    ).speaking(AlertLanguages(patient: .german, team: .english))
    #expect(
      alert.blocks() == [
        [
          "!!!!!!!! !! DRINGEND !!!!!!!!", "Temperatur von 38,0 °C (100,4 °F) oder mehr.",
          "Beobachtet: Temperatur 38,4 °C.",
          "Rufen Sie jetzt Ihr CAR-T-Team an: +49 9131 85-33010.",
          "Wenn Sie das Team jetzt nicht erreichen, rufen Sie 112 an oder gehen Sie in die nächste "
            + "Notaufnahme. Sagen Sie, dass Sie eine CAR-T-Zelltherapie hatten, und zeigen Sie "
            + "Ihren Patientenausweis.",
        ],
        [
          "!! URGENT (English)", "Temperature of 38.0 °C (100.4 °F) or more.",
          "Seen: Temperatur 38,4 °C.", "Call your CAR-T team now on +49 9131 85-33010.",
          "If you cannot reach them now, call 112 or go to the nearest emergency department. Say "
            + "you had CAR-T cell therapy and show your wallet card.",
        ],
      ])
  }
}
