import Foundation
import JourneyCore
import Testing

@testable import JourneyExport

/// The demo journey at a fixed moment, and ways to read the report it gives.
enum ReportFixture {
  // The same demo, day and protocol as every export test (DemoExport).
  static let care = DemoExport.care
  static let today = DemoExport.today
  static let now = DemoExport.now
  static let demo = DemoExport.demo
  static let dayZero = DemoExport.dayZero

  static func date(_ text: String) -> LocalDate {
    guard let date = LocalDate(parsing: text) else { fatalError("bad test date \(text)") }
    return date
  }

  /// The demo's input, with more events or entries, another protocol, a range.
  static func input(
    events: [JourneyEvent] = [], entries: [Entry] = [], care: CareProtocol = care,
    from: String? = nil, to: String? = nil
  ) -> ExportInput {
    ExportInput(
      journey: Journey(events: demo.events + events), entries: demo.entries + entries, care: care,
      now: now, from: from.map(date), to: to.map(date))
  }

  static func report(
    events: [JourneyEvent] = [], entries: [Entry] = [], care: CareProtocol = care,
    from: String? = nil, to: String? = nil
  ) -> String {
    HTMLReport.render(input(events: events, entries: entries, care: care, from: from, to: to))
  }

  /// An entry observed at `date` `hour`:00 (+01:00).
  static func entry(
    _ id: String, _ date: LocalDate, hour: Int = 12, by author: Author = DemoJourney.patient,
    _ body: Entry.Body
  ) -> Entry {
    let at = Timestamp(date: date, secondOfDay: hour * 3600, utcOffset: 3600)
    return Entry(id: id, recordedAt: at, observedAt: at, author: author, body: body)
  }
}

/// Reading the report as a person does: a section's HTML, its table rows as text.
enum ReportReading {
  /// The HTML of `<section id="…">` up to its end.
  static func section(_ id: String, in html: String) -> String? {
    guard let start = html.range(of: "<section id=\"\(id)\">") else { return nil }
    guard let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else {
      return nil
    }
    return String(html[start.lowerBound..<end.upperBound])
  }

  /// Each `<tr>` of the HTML as the text it shows, tags dropped and spaces collapsed.
  static func rows(_ html: String) -> [String] {
    html.components(separatedBy: "<tr").dropFirst().map { part in
      let row = part.components(separatedBy: "</tr>")[0]
      // The part starts inside the row's opening tag: skip to its end.
      let cells = row.firstIndex(of: ">").map { row[row.index(after: $0)...] } ?? Substring(row)
      return text(String(cells))
    }
  }

  /// The text a browser shows for a piece of HTML (enough of it for these tests).
  static func text(_ html: String) -> String {
    var result = ""
    var inTag = false
    for character in html {
      if character == "<" {
        inTag = true
        result.append(" ")
      } else if character == ">" {
        inTag = false
      } else if !inTag {
        result.append(character)
      }
    }
    let decoded = result.replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&shy;", with: "")
      .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "\u{00A0}", with: " ")
    return decoded.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  /// The rows of a section, as text.
  static func rows(of id: String, in html: String) -> [String] {
    section(id, in: html).map { rows($0) } ?? []
  }

  /// Every match of a regular expression's first group.
  static func matches(_ pattern: String, in text: String) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
  }

  static func count(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }
}
