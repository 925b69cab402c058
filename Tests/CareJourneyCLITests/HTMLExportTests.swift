import Foundation
import Testing

/// `carejourney export html` end to end: the demo journey written, the visit report read back
/// from the file, as a person would open it.
@Suite struct HTMLExportTests {
  @Test func theDemoExportsAPrintableVisitReport() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let out = cli.root.appendingPathComponent("report.html").path
    let result = try cli.run(["export", "html", "--out", out])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("Wrote html to \(out)."))
    let html = try String(contentsOfFile: out, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
    #expect(html.contains("<h1>Maria Santos</h1>"))
    #expect(html.contains("<p class=\"stand\">Day +183 · Month 6 · Follow-up</p>"))
    #expect(html.contains("As of <strong>2026-11-22 09:00 (UTC+01:00)</strong>"))
    #expect(html.contains("38.0 °C fever line"))
    #expect(html.contains("<td class=\"num out\">610 <abbr title=\"below range\">L</abbr></td>"))
    #expect(html.contains("<strong class=\"met\">✓ MET</strong>"))
    for banned in ["<script", "http://", "https://", "src=", "url("] {
      #expect(!html.contains(banned), "found \(banned)")
    }

    // Another process (another hash seed) writes the same bytes; the file is not replaced.
    let again = cli.root.appendingPathComponent("again.html").path
    try cli.ok(["export", "html", "--out", again])
    #expect(
      FileManager.default.contents(atPath: again) == FileManager.default.contents(atPath: out))
    let refused = try cli.run(["export", "html", "--out", out])
    #expect(refused.status != 0)
    #expect(try String(contentsOfFile: out, encoding: .utf8) == html)
  }

  @Test func fromAndToChooseThePeriod() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let html = try cli.ok(["export", "html", "--from", "2026-05-18", "--to", "2026-06-30"])
    #expect(html.contains("<dt>Period</dt><dd>2026-05-18 to 2026-06-30</dd>"))
    #expect(html.contains("<h2>Temperature, 2026-05-18 to 2026-06-30</h2>"))
    #expect(html.contains("CRS grade 1, ICANS grade 0 · ICE 10/10"))
    // The Day +30 visit's labs are in the period.
    #expect(html.contains("Ferritin") && !html.contains("No lab values recorded in this period."))
  }
}
