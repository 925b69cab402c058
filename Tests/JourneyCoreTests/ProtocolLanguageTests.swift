import Testing

@testable import JourneyCore

/// The protocol speaks the patient's language: `"name.de"`, `"title.de"`, `"source.es"`,
/// `"applies-if.zh-Hans"`, `"label.zh-Hans"`, `"message.es"`, falling back to the protocol's own
/// text.
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

  /// A protocol that names its source and condition, translated in some languages only.
  static let conditional = """
    id = "t"
    name = "Test protocol"
    "name.de" = "Testprotokoll"
    [[milestone]]
    id = "cns-mri"
    phase = "screening"
    title = "Brain MRI"
    signer = "nurse"
    day = -30
    applies-if = "lupus with CNS involvement"
    "applies-if.de" = "Lupus mit ZNS-Beteiligung"
    "applies-if.zh-Hans" = "累及中枢神经系统的狼疮"
    source = "EBMT 2024 Table 1"
    "source.es" = "EBMT 2024 tabla 1"
    """

  /// The name, the condition and the source each in the language that has one, else the
  /// protocol's own.
  @Test(arguments: [
    (Language.english, "Test protocol", "lupus with CNS involvement", "EBMT 2024 Table 1"),
    (.german, "Testprotokoll", "Lupus mit ZNS-Beteiligung", "EBMT 2024 Table 1"),
    (.simplifiedChinese, "Test protocol", "累及中枢神经系统的狼疮", "EBMT 2024 Table 1"),
    (.spanish, "Test protocol", "lupus with CNS involvement", "EBMT 2024 tabla 1"),
  ])
  func nameConditionAndSourceFallBackToTheProtocolsOwn(
    language: Language, name: String, condition: String, source: String
  ) throws {
    let care = try CareProtocol(toml: Self.conditional)
    let milestone = try #require(care.milestones.first)
    #expect(care.name(in: language) == name)
    #expect(milestone.appliesIf(in: language) == condition)
    #expect(milestone.source(in: language) == source)
  }

  /// A milestone with neither source nor condition has none in any language.
  @Test(arguments: Language.allCases)
  func aMilestoneWithoutSourceOrConditionHasNoneTranslated(language: Language) throws {
    let care = try CareProtocol(toml: Self.minimal)
    let milestone = try #require(care.milestones.first)
    #expect(milestone.appliesIf(in: language) == nil)
    #expect(milestone.source(in: language) == nil)
    #expect(care.name(in: language) == "T")
  }

  /// A translation of a text the milestone does not have would be shown nowhere: refused,
  /// naming the milestone and the key.
  @Test(arguments: [
    (
      "source.de", "\"Quelle\"",
      "source.de translates source, which is missing: give source too, or leave out source.de"
    ),
    (
      "applies-if.zh-Hans", "\"条件\"",
      "applies-if.zh-Hans translates applies-if, which is missing: give applies-if too, or "
        + "leave out applies-if.zh-Hans"
    ),
  ])
  func aTranslationWithoutItsTextIsRefused(key: String, value: String, reason: String) {
    let text = Self.minimal.replacingOccurrences(
      of: "signer = \"nurse\"", with: "signer = \"nurse\"\n\"\(key)\" = \(value)")
    let error = #expect(throws: TOMLFileError.self) { try CareProtocol(toml: text) }
    #expect(error?.table == "milestone \"consent\"")
    #expect(error?.key == key)
    #expect(error?.reason == reason)
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
    #expect(care.translatedNames[language] != nil, "name in \(language.tag)")
    #expect(care.name(in: language) != care.name, "name in \(language.tag)")
    for milestone in care.milestones {
      let id = "\(milestone.id) in \(language.tag)"
      #expect(milestone.translatedSources[language] != nil || milestone.source == nil, "\(id)")
      if let condition = milestone.appliesIf {
        #expect(milestone.translatedConditions[language] != nil, "\(id)")
        #expect(milestone.appliesIf(in: language) != condition, "\(id)")
      }
    }
  }

  /// The shipped protocol's own name and a condition, whole, in each language.
  @Test(arguments: [
    (
      Language.english, "CD19 CAR-T for SLE (Erlangen / rese-cel style, Flu/Cy Day -5 to -3)",
      "lupus with central nervous system involvement"
    ),
    (
      .german, "CD19-CAR-T bei SLE (nach Erlangen / rese-cel, Flu/Cy Tag -5 bis -3)",
      "Lupus mit Beteiligung des zentralen Nervensystems"
    ),
    (
      .simplifiedChinese, "CD19 CAR-T 治疗 SLE（Erlangen / rese-cel 方案，Flu/Cy 第 -5 至 -3 天）",
      "累及中枢神经系统的狼疮"
    ),
    (
      .spanish, "CAR-T CD19 para el LES (al estilo de Erlangen / rese-cel, Flu/Cy día -5 a -3)",
      "lupus con afectación del sistema nervioso central"
    ),
  ])
  func theShippedNameAndAConditionReadWhole(language: Language, name: String, condition: String)
    throws
  {
    let care = try #require(try CareProtocol.builtIn(named: "cd19-sle"))
    #expect(care.name(in: language) == name)
    let conditional = care.milestones.filter { $0.appliesIf?.contains("central nervous") == true }
    #expect(conditional.map { $0.appliesIf(in: language) } == [condition])
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
