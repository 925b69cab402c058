import Foundation
import Testing

/// Alerts and reminders in the patient's language with the care team's below it: `--lang`,
/// `settings --lang` and `--team-lang`, and the environment.
@Suite struct LanguageCommandTests {
  static let now = "2026-11-22T08:30:00+01:00"

  static func started() throws -> CLIHarness {
    let cli = try CLIHarness()
    try cli.prepare(
      [
        ["init", "--patient", "Maria", "--team-phone", "+49 9131 85-33010"],
        ["plan", "infusion", "2026-11-20"],
      ], now: "2026-11-01T09:00:00+01:00")
    return cli
  }

  /// Each block in its own language, what was seen included: the care team reads the reading,
  /// its time and its day in German.
  @Test func aFeverLoggedInChineseIsToldInChineseThenInTheTeamsGerman() throws {
    let cli = try Self.started()
    try cli.ok(["settings", "--lang", "zh_CN.UTF-8", "--team-lang", "de"], now: Self.now)
    let out = try cli.ok(["log", "--temp", "38,4"], now: Self.now)
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex { $0.contains("紧急") })
    #expect(
      Array(lines[start...]) == [
        "!!!!!!!! !! 紧急 !!!!!!!!", "体温 38.0 °C（100.4 °F）或以上。",
        "所见：2026-11-22 08:30（第+2天）体温 38.4 °C。",
        "请立即致电您的 CAR-T 团队：+49 9131 85-33010。",
        "如果现在联系不上团队，请拨打 112 或去最近的急诊科。告诉医生您接受过 CAR-T 细胞治疗，并出示您的患者卡。",
        "",
        "!! DRINGEND (Deutsch)", "Temperatur von 38,0 °C (100,4 °F) oder mehr.",
        // What was seen is written once, in the patient's language (README: not translated yet).
        "Beobachtet: Temperatur 38,4 °C um 08:30 am 22.11.2026 (Tag +2).",
        "Rufen Sie jetzt Ihr CAR-T-Team an: +49 9131 85-33010.",
        "Wenn Sie das Team jetzt nicht erreichen, rufen Sie 112 an oder gehen Sie in die nächste "
          + "Notaufnahme. Sagen Sie, dass Sie eine CAR-T-Zelltherapie hatten, und zeigen Sie "
          + "Ihren Patientenausweis.",
        "",
      ])
    // status: one line per language, the patient's first.
    let status = try cli.ok(["status"], now: Self.now)
    let zh = try #require(status.range(of: "!! 紧急: 体温"))
    let de = try #require(status.range(of: "!! DRINGEND: Temperatur von 38,0"))
    #expect(zh.lowerBound < de.lowerBound)
    // --lang for one run wins over the journey's setting; the team's language stays below.
    let spanish = try cli.ok(["--lang", "es", "status"], now: Self.now)
    #expect(spanish.contains("!! URGENTE: Temperatura de 38,0 °C (100,4 °F) o más."))
    #expect(spanish.contains("!! DRINGEND: Temperatur"))
    // settings speaks the journey's language too.
    let settings = try cli.ok(["settings"], now: Self.now)
    #expect(settings.contains("语言：zh-Hans（简体中文；"))
    #expect(settings.contains("医护团队语言：de（Deutsch）"))
  }

  @Test func theEnvironmentChoosesWhenNothingIsSetAndEnglishIsUnchanged() throws {
    let cli = try Self.started()
    let german = try cli.run(
      ["log", "--temp", "38.4"], now: Self.now, environment: ["LANG": "de_DE.UTF-8"])
    #expect(german.stdout.contains("!!!!!!!! !! DRINGEND !!!!!!!!"))
    // No team language set: the patient's only, never the same alert twice.
    #expect(!german.stdout.contains("(Deutsch)"))
    let english = try cli.run(
      ["status"], now: Self.now, environment: ["LANG": "C.UTF-8", "CAREJOURNEY_LANG": "fr"])
    #expect(english.stdout.contains("!! URGENT: Temperature of 38.0 °C (100.4 °F) or more."))
  }

  @Test func remindSpeaksThePatientsLanguageThenTheTeams() throws {
    let cli = try Self.started()
    try cli.ok(["settings", "--lang", "es", "--team-lang", "en"], now: Self.now)
    let result = try cli.run(["remind"], now: "2026-11-22T21:00:00+01:00")
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let spanish = try #require(
      lines.firstIndex { $0.hasPrefix("Es hora de tomarse la temperatura") })
    // The day label in each language's own words.
    #expect(lines[spanish] == "Es hora de tomarse la temperatura (control de las 20:00, Día +2)")
    #expect(lines[spanish + 1] == "Time to take your temperature (20:00 check, Day +2)")
  }

  @Test(arguments: [["--lang", "fr", "status"], ["settings", "--lang", "klingon"]])
  func aLanguageNotSpokenIsRefusedAndNothingIsWritten(arguments: [String]) throws {
    let cli = try Self.started()
    let before = cli.snapshot()
    let result = try cli.run(arguments, now: Self.now)
    #expect(result.status != 0)
    #expect(result.stderr.contains("is not a language CareJourney speaks: use one of en, de"))
    #expect(cli.snapshot() == before)
  }
}
