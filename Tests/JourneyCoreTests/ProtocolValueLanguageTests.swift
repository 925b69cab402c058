import Testing

@testable import JourneyCore

/// A protocol file's complaints about a value read in the run's language, whole: the place as
/// English names it (`red-flag "late"`), the keys and values as typed, the rest translated.
@Suite struct ProtocolValueLanguageTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var language: Language
    var top = ""
    var tables = ""
    var message: String
    var testDescription: String { "\(language.tag): \(message)" }
  }

  static let cases: [Case] = [
    Case(
      language: .german,
      tables: Snippet.redFlag(
        "id = \"late\"\nlevel = \"urgent\"\nmeasure = \"temperature\"\nat-least = 38.0\n"
          + "from-day = 12\nto-day = 3\nmessage = \"x\""),
      message: #"test.toml: red-flag "late": from-day 12 liegt nach to-day 3"#),
    Case(
      language: .german,
      tables: Snippet.symptom(
        "id = \"rigors\"\nlabel = \"Rigors\"\ngroup = \"pro-ctcae\"\naliases = [\"chills\"]"),
      message: #"test.toml: symptom "rigors": Alias „chills“ wird bereits von symptom #1 "#
        + #"(„chills“) verwendet; IDs und Aliasse müssen eindeutig sein"#),
    Case(
      language: .german,
      tables: Snippet.redFlag(
        "id = \"hot\"\nlevel = \"urgent\"\nmeasure = \"temperature\"\nat-least = 38.05\n"
          + "message = \"x\""),
      message: #"test.toml: red-flag "hot": at-least 38.05 °C: geben Sie "#
        + "Temperaturgrenzwerte in ganzen Zehntelgrad an (z. B. 38.0 oder 37.5), damit "
        + "Angezeigtes und Bewertetes übereinstimmen"),
    Case(
      language: .german,
      tables: Snippet.redFlag(
        "id = \"pulse\"\nlevel = \"urgent\"\nmeasure = \"heart-rate\"\nat-least = 300\n"
          + "message = \"x\""),
      message: #"test.toml: red-flag "pulse": at-least 300 ist kein plausibler Wert für "#
        + "heart-rate in Schlägen pro Minute (20–250)"),
    Case(
      language: .simplifiedChinese,
      tables: Snippet.redFlag(
        "id = \"r\"\nlevel = \"urgent\"\nsymptoms = [\"chills\"]\nmin-severity = 2\n"
          + "masked-by = [\"paracetamol\"]\nmessage = \"x\""),
      message: #"test.toml: red-flag "r": masked-by 只能与 measure 一起使用，不能与 symptoms 一起使用"#),
    Case(
      language: .simplifiedChinese,
      tables: Snippet.milestone(
        "id = \"m2\"\nphase = \"follow-up\"\ntitle = \"T\"\nsigner = \"nurse\"\nday = 10\n"
          + "every-days = 7\nuntil-day = 3"),
      message: #"test.toml: milestone "m2": until-day 在第 3 天结束重复，早于首个到期日（第 10 天）"#),
    Case(
      language: .spanish,
      tables: Snippet.redFlag(
        "id = \"masked\"\nlevel = \"urgent\"\nmeasure = \"temperature\"\nat-least = 38.0\n"
          + "masked-by = [\"paracetamol\"]\nwithin-hours = 100\nmessage = \"x\""),
      message: #"test.toml: red-flag "masked": within-hours 100 está fuera de 1–72"#),
    Case(
      language: .spanish, top: "days-per-month = 40",
      message: "test.toml: days-per-month 40 está fuera de 1–31 (los días de un mes)"),
    Case(
      language: .spanish,
      tables: Snippet.symptom(
        "id = \"noise\"\nlabel = \"Noise\"\ngroup = \"other\"\nscale = \"loud\""),
      message: #"test.toml: symptom "noise": scale «loud» no es válido como escala "#
        + "(escalas: 0-4, present)"),
  ]

  @Test(arguments: cases)
  func aBadValueIsToldInTheRunsLanguage(_ example: Case) throws {
    let text = Snippet.protocolText(top: example.top, tables: example.tables)
    let error = try #require(throws: TOMLFileError.self) {
      try Language.$current.withValue(example.language) {
        try CareProtocol(toml: text, fileName: "test.toml")
      }
    }
    #expect(error.message == example.message)
  }

  /// The same file in English says what it always said.
  @Test func englishIsUnchanged() throws {
    let error = try #require(throws: TOMLFileError.self) {
      try CareProtocol(toml: Snippet.protocolText(tables: Self.cases[0].tables), fileName: "t")
    }
    #expect(error.message == #"t: red-flag "late": from-day 12 is after to-day 3"#)
  }

  /// A custom protocol's home neuro check, from Day 0 until post-discharge begins, refused on
  /// Day −3: the days are named in the run's language.
  @Test(arguments: [
    (
      Language.english,
      "the home neuro check is for the acute weeks (from Day 0, to the day before "
        + "post-discharge began); today is Day −3. Log what you see as a symptom instead "
        + "(handwriting, word-finding, confusion): urgent on any day"
    ),
    (
      .german,
      "der Neuro-Check zu Hause gilt für die akuten Wochen (ab Tag 0, bis zum Tag vor Beginn "
        + "der Phase „Nach der Entlassung“); heute ist Tag −3. Tragen Sie Beobachtetes "
        + "stattdessen als Symptom ein (Handschrift, Wortfindung, Verwirrtheit): an jedem Tag "
        + "dringend"
    ),
    (
      .simplifiedChinese,
      "家庭神经检查用于急性期（从第0天起，至出院后开始前一天）；今天是第−3天。请改为把看到的情况记录为症状"
        + "（书写、找词困难、意识混乱）：任何一天都属紧急"
    ),
    (
      .spanish,
      "el control neurológico en casa es para las semanas agudas (desde el Día 0, hasta el "
        + "día antes de que empezara la fase «tras el alta»); hoy es Día −3. Anote lo que vea "
        + "como síntoma (escritura, encontrar palabras, confusión): urgente cualquier día"
    ),
  ])
  func theNeuroChecksDaysReadInTheRunsLanguage(language: Language, refusal: String) throws {
    var care = HomeNeuroCheckTests.care
    let index = try #require(care.redFlags.firstIndex { $0.condition == .homeNeuroCheck })
    care.redFlags[index].window = RuleWindow(fromDay: 0, untilPhase: .postDischarge)
    let said = Language.$current.withValue(language) {
      HomeNeuroCheck.refusal(
        on: RedFlagsTests.dayZero.adding(days: -3),
        journey: RedFlagsTests.Shape.recorded.journey, protocol: care)
    }
    #expect(said == refusal)
  }
}
