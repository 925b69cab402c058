import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

private typealias F = ReportFixture
private typealias R = ReportReading

/// The visit report in German, Chinese and Spanish, and in two languages side by side: every
/// heading, label, legend and note in the language, dates and decimals as it writes them, each
/// part marked with its `lang`.
@Suite struct HTMLReportLanguageTests {
  static let translated = Language.allCases.filter { $0 != .english }

  /// The demo's whole-journey report in `languages` (the first the page's).
  static func report(_ languages: [Language], from: String? = nil) -> String {
    var input = F.input(from: from)
    input.languages = languages
    return HTMLReport.render(input)
  }

  /// The pieces of text an English message is made of, its placeholders taken out: the report's
  /// own words, which must not be left in English in a translated report.
  static func englishPieces() throws -> [String] {
    let source = try #require(Catalog.sources(.german).first { $0.name == "report.de.po" })
    let file = try POFile(text: source.text)
    return file.entries.flatMap { entry in
      ([entry.id] + (entry.idPlural.map { [$0] } ?? [])).flatMap {
        $0.components(separatedBy: "%").map {
          $0.drop { $0.isNumber || $0 == "$" || $0 == "s" || $0 == "d" }
            .trimmingCharacters(in: .whitespaces)
        }
      }
    }
    // Short pieces ("Day", "Now", "Lab", "%1$s to") also occur inside names and data.
    .filter { $0.split(separator: " ").count >= 3 }
  }

  @Test(arguments: translated)
  func noneOfTheReportsOwnWordsAreLeftInEnglish(language: Language) throws {
    let html = Self.report([language], from: "2026-05-18")
    let text = R.text(html)
    #expect(html.contains("<html lang=\"\(language.tag)\">"))
    for piece in try Self.englishPieces() {
      #expect(!text.contains(piece), "\(language.tag): \"\(piece)\" is in English")
    }
    // The sections' headings are the language's.
    let headings = R.matches("<h2>([^<]*)</h2>", in: html)
    let english = R.matches("<h2>([^<]*)</h2>", in: Self.report([.english], from: "2026-05-18"))
    #expect(headings.count == english.count && headings.count >= 10)
    for (ours, theirs) in zip(headings, english) where !theirs.hasPrefix("SLEDAI") {
      #expect(ours != theirs, "\(language.tag): heading \(theirs)")
    }
  }

  /// Dates and decimals as each language writes them; English keeps `2026-05-18` and `0.85`.
  @Test(arguments: [
    (Language.english, "2026-05-18 to 2026-06-30", "38.0 °C fever line"),
    (.german, "18.05.2026 bis 30.06.2026", "Fiebergrenze 38,0 °C"),
    (.spanish, "del 18 may 2026 al 30 jun 2026", "umbral de fiebre 38,0 °C"),
    (.simplifiedChinese, "2026年5月18日 至 2026年6月30日", "发热界限 38.0 °C"),
  ])
  func datesAndDecimalsFollowTheLanguage(language: Language, period: String, line: String) {
    var input = F.input(from: "2026-05-18", to: "2026-06-30")
    input.languages = [language]
    let html = HTMLReport.render(input)
    #expect(R.text(html).contains(period), "\(language.tag)")
    #expect(html.contains(line), "\(language.tag)")
  }

  /// A lab value with a decimal comma in German, a point in English; the reference range too.
  @Test func labValuesTakeTheLanguagesDecimalSeparator() throws {
    let english = try #require(R.section("labs", in: Self.report([.english])))
    let german = try #require(R.section("labs", in: Self.report([.german])))
    #expect(R.rows(english).contains { $0.hasPrefix("Urine protein/creatinine ratio g/g ≤ 0.2") })
    #expect(R.rows(german).contains { $0.contains("g/g ≤ 0,2 – 0,35 H 0,25 H 0,15") })
  }

  /// Two languages: each section in the first, then beside it in the second, each part with its
  /// `lang`; the page's language is the first; every id stays unique.
  @Test func twoLanguagesStandSideBySideSectionBySection() throws {
    let html = Self.report([.german, .english])
    #expect(html.contains("<html lang=\"de\">"))
    #expect(html.contains("<main class=\"report bilingual\">"))
    let german = try #require(R.section("alerts", in: html))
    let english = try #require(R.section("alerts-en", in: html))
    #expect(german.contains("<h2>Geltende Alarme</h2>"))
    #expect(english.contains("<h2>Alerts in force</h2>"))
    // Each pair: the German part, then the English one.
    let pair = try #require(
      html.range(
        of: "<div class=\"languages\">\n<div class=\"language\" lang=\"de\">\n<section id=\"labs\">"
      ))
    let englishLabs = try #require(
      html.range(of: "<div class=\"language\" lang=\"en\">\n<section id=\"labs-en\">"))
    #expect(pair.upperBound < englishLabs.lowerBound)
    let ids = R.matches(" id=\"([^\"]*)\"", in: html)
    #expect(ids.count == Set(ids).count && ids.contains("milestones-en"))
    #expect(R.count(of: "<div class=\"language\" lang=\"de\">", in: html) >= 14)
    #expect(
      R.count(of: "<div class=\"language\" lang=\"de\">", in: html)
        == R.count(of: "<div class=\"language\" lang=\"en\">", in: html))
    // The English half is the English report's sections, unchanged.
    let alone = Self.report([.english])
    #expect(
      english.replacingOccurrences(of: "alerts-en", with: "alerts")
        == R.section("alerts", in: alone))
  }

  /// The masthead names the protocol in each part's language: German beside Spanish, Chinese
  /// beside English.
  @Test(arguments: [
    (
      [Language.german, .spanish], "de",
      "CD19-CAR-T bei SLE (nach Erlangen / rese-cel, Flu/Cy Tag -5 bis -3) (cd19-sle)"
    ),
    (
      [Language.german, .spanish], "es",
      "CAR-T CD19 para el LES (al estilo de Erlangen / rese-cel, Flu/Cy día -5 a -3) (cd19-sle)"
    ),
    (
      [Language.simplifiedChinese, .english], "zh-Hans",
      "CD19 CAR-T 治疗 SLE（Erlangen / rese-cel 方案，Flu/Cy 第 -5 至 -3 天） (cd19-sle)"
    ),
    (
      [Language.simplifiedChinese, .english], "en",
      "CD19 CAR-T for SLE (Erlangen / rese-cel style, Flu/Cy Day -5 to -3) (cd19-sle)"
    ),
  ])
  func eachPartNamesTheProtocolInItsLanguage(languages: [Language], tag: String, name: String)
    throws
  {
    let html = Self.report(languages)
    let part = try #require(
      R.matches(
        "(<div class=\"language\" lang=\"\(tag)\">\n<header class=\"masthead\">[\\s\\S]*?</header>)",
        in: html
      ).first)
    let language = try #require(Language(tag: tag))
    let label = tr("Protocol", in: language)
    #expect(R.matches("<dt>\(label)</dt><dd>([^<]*)</dd>", in: part) == [name])
  }

  /// The report alone in English is what it always was: one part, no language wrappers.
  @Test func oneLanguageHasNoWrappers() {
    let html = Self.report([.english])
    #expect(html.contains("<html lang=\"en\">"))
    #expect(!html.contains("class=\"languages\""))
    #expect(html == F.report())
  }
}
