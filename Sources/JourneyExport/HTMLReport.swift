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

  /// The page of a report.
  static func page(_ report: Report) -> String {
    let input = report.input
    let sections: [Markup] = [
      report.masthead(),
      report.problemsNotice(),
      report.alertsSection(),
      report.temperatureSection(),
      report.vitalsSection(),
      report.symptomSection(),
      report.redFlagSection(),
      report.labsSection(),
      report.assessmentSection(),
      report.medicationSection(),
      report.gradingSection(),
      report.neuroCheckSection(),
      report.milestoneSection(),
      report.notesSection(),
      report.correctionsSection(),
      report.footer(),
    ]
    let title = "Visit report: \(input.journey.patient ?? "no journey yet"), as of \(input.today)"
    let page: Markup = """
      <!DOCTYPE html>
      <html lang="en">
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
      \(report.runningHeader())<tbody><tr><td>
      <main class="report">
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
