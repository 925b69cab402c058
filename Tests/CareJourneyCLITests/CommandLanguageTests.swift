import Foundation
import Testing

/// Every command in the patient's language: its refusals, its output and its `--help`, with
/// ArgumentParser's own words too; the language chosen before the command line is read (so
/// `--help` and a mistyped option speak it), from `--lang`, the journey's `settings --lang`,
/// `CAREJOURNEY_LANG`, then `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`.
@Suite(.serialized) struct CommandLanguageTests {
  static let now = LanguageCommandTests.now

  /// A journey in screening with a team phone and a planned infusion on 2026-11-20.
  static func started() throws -> CLIHarness { try LanguageCommandTests.started() }

  struct Speech: CustomStringConvertible, Sendable {
    var tag: String
    /// `log` with nothing to log, on standard error.
    var refusal: String
    /// Lines of `status`.
    var status: [String]
    /// Lines of `log --help`.
    var help: [String]
    /// A mistyped option.
    var mistyped: String
    var description: String { tag }
  }

  static let speeches: [Speech] = [
    Speech(
      tag: "de",
      refusal: "Fehler: nichts einzutragen: geben Sie --temp, --hr, --bp, --spo2, --weight, "
        + "--symptom, --med oder --note an, z. B. `carejourney log --temp 37.2`",
      status: [
        "Telefon des Teams", "CAR-T-Team: +49 9131 85-33010",
        "Notrufnummer: 112 (wenn das Team nicht erreichbar ist)", "Alarme: keine",
        "Tag 0: 20.11.2026",
      ],
      help: [
        "ÜBERSICHT: Eine Temperatur, Symptome oder eine Notiz eintragen.", "OPTIONEN:",
        "Körpertemperatur.", "Beispiele:", "  carejourney log --temp 38.4",
        "Temperaturen: 38.2, 38,2, 38.2C oder 100.8F.", "Hilfe anzeigen.",
      ],
      mistyped: "Fehler: Unbekannte Option '--tmp'. Meinten Sie '--temp'?"),
    Speech(
      tag: "zh-Hans",
      refusal: "错误： 没有可记录的内容：请给出 --temp、--hr、--bp、--spo2、--weight、--symptom、"
        + "--med 或 --note，例如 `carejourney log --temp 37.2`",
      status: [
        "CAR-T 团队：+49 9131 85-33010", "急救电话：112（联系不上团队时）", "警报：无",
        "第 0 天：2026年11月20日",
      ],
      help: [
        "概述： 记录体温、症状或备注。", "选项：", "体温。", "示例：",
        "  carejourney log --temp 38.4", "显示帮助信息。",
      ],
      mistyped: "错误： 未知选项 '--tmp'。您是不是要用 '--temp'？"),
    Speech(
      tag: "es",
      refusal: "Error: nada que anotar: indique --temp, --hr, --bp, --spo2, --weight, --symptom, "
        + "--med o --note, p. ej. `carejourney log --temp 37.2`",
      status: [
        "Equipo de CAR-T: +49 9131 85-33010",
        "Número de emergencias: 112 (si no puede localizar al equipo)", "Alertas: ninguna",
        "Día 0: 20 nov 2026",
      ],
      help: [
        "DESCRIPCIÓN: Anotar una temperatura, síntomas o una nota.", "OPCIONES:",
        "Temperatura corporal.", "Ejemplos:", "  carejourney log --temp 38.4",
        "Mostrar la ayuda.",
      ],
      mistyped: "Error: Opción desconocida '--tmp'. ¿Quería decir '--temp'?"),
  ]

  @Test(arguments: speeches)
  func aRefusalAnOutputAndTheHelpSpeakTheLanguage(speech: Speech) throws {
    let cli = try Self.started()
    let refused = try cli.run(["--lang", speech.tag, "log"], now: Self.now)
    #expect(refused.status != 0)
    #expect(refused.stderr.contains(speech.refusal), "\(refused.stderr)")
    let status = try cli.run(["--lang", speech.tag, "status"], now: Self.now)
    #expect(status.status == 0)
    for line in speech.status where line != "Telefon des Teams" {
      #expect(status.stdout.contains(line), "\(speech.tag): \(line) in \(status.stdout)")
    }
    // --help is ArgumentParser's, but every word of it is the language's.
    let help = try cli.run(["log", "--help", "--lang", speech.tag], now: Self.now)
    #expect(help.status == 0)
    for line in speech.help {
      #expect(help.stdout.contains(line), "\(speech.tag): \(line) in \(help.stdout)")
    }
    #expect(!help.stdout.contains("OPTIONS:") && !help.stdout.contains("Body temperature"))
    // ArgumentParser's "(values: …)", wherever it wraps the line, is the language's too.
    #expect(!help.stdout.contains("values:"), "\(help.stdout)")
    let mistyped = try cli.run(["--lang", speech.tag, "log", "--tmp", "38"], now: Self.now)
    #expect(mistyped.status == 64)
    #expect(mistyped.stderr.contains(speech.mistyped), "\(mistyped.stderr)")
  }

  /// The journey's own language needs no option: `settings --lang` makes every later command,
  /// `--help` and a parse error included, speak it; `--lang` wins for one run; English is
  /// back the moment it is asked for, in the same process.
  @Test func theJourneysLanguageIsSpokenBeforeTheCommandLineIsRead() throws {
    let cli = try Self.started()
    let saved = try cli.ok(["settings", "--lang", "de"], now: Self.now)
    #expect(saved.contains("Einstellungen gespeichert."))
    let status = try cli.ok(["status"], now: Self.now)
    #expect(status.contains("Alarme: keine"))
    let help = try cli.run(["status", "--help"], now: Self.now)
    #expect(help.stdout.contains("OPTIONEN:") && help.stdout.contains("Ein JSON-Objekt ausgeben."))
    let bad = try cli.run(["advance"], now: Self.now)
    #expect(bad.stderr.contains("Fehler: Erwartetes Argument '<phase>' fehlt"), "\(bad.stderr)")
    let spanish = try cli.ok(["--lang", "es", "status"], now: Self.now)
    #expect(spanish.contains("Alertas: ninguna"))
    let english = try cli.ok(["--lang", "en", "status"], now: Self.now)
    #expect(english.contains("Alerts: none") && english.contains("Day 0: 2026-11-20"))
    let englishHelp = try cli.ok(["--lang", "en", "status", "--help"], now: Self.now)
    #expect(englishHelp.contains("OPTIONS:") && englishHelp.contains("Print one JSON object."))
  }

  struct Order: CustomStringConvertible, Sendable {
    var arguments: [String]
    var journey: String?
    var environment: [String: String]
    var expected: String
    var description: String { "\(arguments) \(journey ?? "-") \(environment)" }
  }

  /// `--lang`, then the journey's setting, then `CAREJOURNEY_LANG`, then `LANGUAGE`, then the
  /// first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set; English after all.
  @Test(arguments: [
    Order(
      arguments: ["--lang", "es"], journey: "de", environment: ["CAREJOURNEY_LANG": "zh"],
      expected: "Alertas: ninguna"),
    Order(
      arguments: [], journey: "de", environment: ["CAREJOURNEY_LANG": "es"],
      expected: "Alarme: keine"),
    Order(
      arguments: [], journey: nil,
      environment: ["CAREJOURNEY_LANG": "es", "LANGUAGE": "de", "LC_ALL": "zh_CN.UTF-8"],
      expected: "Alertas: ninguna"),
    Order(
      arguments: [], journey: nil, environment: ["LANGUAGE": "fr:de", "LC_ALL": "es_ES.UTF-8"],
      expected: "Alarme: keine"),
    Order(
      arguments: [], journey: nil,
      environment: ["LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "de_DE.UTF-8", "LANG": "es_ES"],
      expected: "警报：无"),
    Order(
      arguments: [], journey: nil, environment: ["LC_MESSAGES": "de_DE.UTF-8", "LANG": "es_ES"],
      expected: "Alarme: keine"),
    Order(
      arguments: [], journey: nil, environment: ["LANG": "es_MX.UTF-8"],
      expected: "Alertas: ninguna"),
    Order(arguments: [], journey: nil, environment: ["LANG": "fr_FR"], expected: "Alerts: none"),
  ])
  func theLanguageIsChosenInItsOrder(order: Order) throws {
    let cli = try Self.started()
    if let journey = order.journey { try cli.ok(["settings", "--lang", journey], now: Self.now) }
    let result = try cli.run(
      order.arguments + ["status"], now: Self.now, environment: order.environment)
    #expect(result.status == 0)
    #expect(result.stdout.contains(order.expected), "\(result.stdout)")
  }

  /// The visit report in two languages; a second language anywhere else is refused.
  @Test func theVisitReportTakesTwoLanguagesAndOtherCommandsOne() throws {
    let cli = try Self.started()
    let out = cli.root.appendingPathComponent("report.html").path
    try cli.ok(["export", "html", "--lang", "de,en", "--out", out], now: Self.now)
    let html = try String(contentsOfFile: out, encoding: .utf8)
    #expect(html.contains("<html lang=\"de\">"))
    #expect(html.contains("<div class=\"language\" lang=\"en\">\n<section id=\"alerts-en\">"))
    #expect(html.contains("<h2>Geltende Alarme</h2>") && html.contains("<h2>Alerts in force</h2>"))
    let refused = try cli.run(["export", "csv", "--lang", "de,en"], now: Self.now)
    #expect(refused.status != 0)
    #expect(
      refused.stderr.contains("--lang de,en nennt mehr als eine Sprache"), "\(refused.stderr)")
    let unknown = try cli.run(["export", "html", "--lang", "de,fr"], now: Self.now)
    #expect(unknown.stderr.contains("--lang fr ist keine Sprache, die CareJourney spricht"))
  }

  /// The care team's language, set for the journey, stands beside the patient's in the report.
  @Test func theReportShowsTheCareTeamsLanguageBesideThePatients() throws {
    let cli = try Self.started()
    try cli.ok(["settings", "--lang", "es", "--team-lang", "de"], now: Self.now)
    let html = try cli.ok(["export", "html"], now: Self.now)
    #expect(html.contains("<html lang=\"es\">"))
    #expect(html.contains("<h2>Alertas vigentes</h2>") && html.contains("<h2>Geltende Alarme</h2>"))
  }
}
