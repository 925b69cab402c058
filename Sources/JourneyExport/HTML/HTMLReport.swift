import JourneyCore

/// A self-contained, printable visit report for the rheumatologist: one HTML file with its CSS
/// and SVG charts inline, no script and nothing fetched from anywhere.
///
/// It shows the patient and where the journey stands, the alerts, a temperature chart with the
/// protocol's fever line, a symptom heat map, the visit labs against their reference ranges,
/// SLEDAI-2K with DORIS remission, the medication plan, CRS/ICANS gradings and ICE scores, the
/// caregiver's home neuro checks, milestones and notes. Entries struck out by a correction are left out; replacements count.
///
/// The report is a pure function of ``ExportInput``: its "as of" is `input.now`, so the same
/// data gives the same bytes. Every text from the data goes through ``Markup`` and is escaped.
///
/// It is written in ``ExportInput/languages``: one, or two side by side (the patient's and the
/// care team's, `export html --lang de,en`), each section in each language beside the other,
/// every part marked with its `lang`; the page's `<html lang>` is the first's.
enum HTMLReport {
  static func render(_ input: ExportInput) -> String {
    page(Report(input))
  }

  /// The report with the entries read from the day files a day at a time (``ReportDays``),
  /// `input.entries` left aside: the same page, without holding ten years of entries. Days not
  /// as CareJourney writes them are read again, all of them at once.
  static func render(_ input: ExportInput, days: ReportDays.Reader) throws -> String {
    var input = input
    if let read = try ReportDays.collect(input, days: days) {
      input.entries = read.entries
      return page(Report(input, alerts: (read.active, read.raised)))
    }
    var all: [Entry] = []
    try days { _, day in all += day }
    input.entries = all
    return page(Report(input))
  }

  /// The page of a report, in each of its languages.
  static func page(_ report: Report) -> String {
    var report = report
    let input = report.input
    let languages = input.languages.isEmpty ? [Language.current] : input.languages
    let first = languages[0]
    // Each language renders every section; the later ones with ids of their own.
    let parts = languages.enumerated().map { index, language in
      report.idSuffix = index == 0 ? "" : "-\(language.tag)"
      return Language.$current.withValue(language) { report.sections() }
    }
    var sections: [Markup]
    if languages.count == 1 {
      sections = parts[0]
    } else {
      sections = parts[0].indices.compactMap { index -> Markup? in
        let pieces = zip(languages, parts).compactMap { language, part -> Markup? in
          part[index].html.isEmpty
            ? nil : "<div class=\"language\" lang=\"\(language.tag)\">\n\(part[index])</div>\n"
        }
        return pieces.isEmpty ? nil : "<div class=\"languages\">\n\(pieces)</div>\n"
      }
    }
    let (title, header) = Language.$current.withValue(first) {
      (
        tr(
          "Visit report: %1$s, as of %2$s", input.journey.patient ?? tr("no journey yet"),
          input.today.shown),
        report.runningHeader()
      )
    }
    let width = languages.count == 1 ? "" : " bilingual"
    let page: Markup = """
      <!DOCTYPE html>
      <html lang="\(first.tag)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="CareJourney">
      <title>\(title)</title>
      <style>
      \(HTMLReport.styleSheet)
      </style>
      </head>
      <body>
      <table class="page">
      \(header)<tbody><tr><td>
      <main class="report\(width)">
      \(sections)
      </main>
      </td></tr></tbody>
      </table>
      </body>
      </html>

      """
    return page.html
  }
}
