import Foundation
import FrameTesting
import JourneyApp
import JourneyCore
import Testing

@testable import TerminalUI

/// Every screen, form and picker in German, Simplified Chinese and Spanish at 80x24, through
/// the real runner: the whole frame against its golden copy (`Frames/NAME.TAG.txt`), no English
/// word left but names, data and the words that are the same in the language, and in Chinese
/// (two cells a character) nothing cut that English shows whole and every column where it
/// belongs. `CAREJOURNEY_UPDATE_FRAMES=1 swift test --filter TranslatedFrameTests` writes the
/// golden frames instead, to be read by eye before committing.
@Suite struct TranslatedFrameTests {
  static let updating = ProcessInfo.processInfo.environment["CAREJOURNEY_UPDATE_FRAMES"] == "1"
  static let languages: [Language] = [.german, .simplifiedChinese, .spanish]

  /// The golden frames, beside this file.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Frames")

  static func golden(_ screen: TranslatedScreen, _ language: Language) -> URL {
    folder.appendingPathComponent("\(screen.name).\(language.tag).txt")
  }

  /// Words a translated frame may share with the English one: names and data (the demo
  /// patient, her medicines, notes and the protocol's own texts without a translation), the
  /// abbreviations every language keeps, units, and the command line's words.
  static let shared: Set<String> = [
    // Names and data of the demo journey: the people, a medicine and its dose as typed
    // ("hydroxychloroquine 200 mg/day"), lab units as typed ("cells/µL"), a line's id, the
    // hospital number's system, and a milestone's source, a citation kept as written.
    // "an" is "Ana" cut short at 80 columns ("— An…").
    "maria", "santos", "ana", "an", "weber", "hydroxychloroquine", "day", "cells", "demo", "https",
    "hospital", "example", "org", "mrn", "nct", "project", "choice", "months", "quarterly",
    "after",
    // Abbreviations and units every language keeps.
    "car", "crs", "icans", "ice", "astct", "sledai", "doris", "igg", "cd", "anti", "dsdna",
    "dna", "crp", "hsv", "vzv", "pjp", "covid", "mg", "dl", "ml", "ng", "iu",
    // The export formats, and the command line's words, shown as what to type.
    "csv", "json", "fhir", "ics", "html", "carejourney", "amend", "reason", "text", "id",
    "advance", "on",
    // Keys as printed on a keyboard.
    "esc", "tab", "shift", "pgup", "pgdn",
  ]

  /// Words that are the same in the language as in English.
  static let alike: [Language: Set<String>] = [
    .german: [
      "in", "was", "start", "trends", "patient", "symptom", "person", "team", "filter",
      "detail", "score", "infusion", "lymphodepletion", "ferritin", "low", "flow", "sponsor",
      "phase",
      // German says "Neuro-Check" for the home neuro check, and "App".
      "neuro", "check", "app",
    ],
    .spanish: [
      "no", "hospital", "global", "abdominal", "cerebral", "motor", "pericarditis",
    ],
  ]

  /// The words of a frame: runs of two or more Latin letters, lowercased.
  static func words(_ lines: [String]) -> Set<String> {
    var found: Set<String> = []
    for line in lines {
      var word = ""
      for character in line + " " {
        if character.isASCII, character.isLetter {
          word.append(character)
          continue
        }
        if word.count >= 2 { found.insert(word.lowercased()) }
        word = ""
      }
    }
    return found
  }

  @Test(arguments: TranslatedScreen.all)
  func theScreenIsWholeInEachLanguage(screen: TranslatedScreen) throws {
    let english = try screen.render(in: .english)
    for language in Self.languages {
      let frame = try screen.render(in: language)
      let lines = frame.lines
      let url = Self.golden(screen, language)
      if Self.updating {
        try FileManager.default.createDirectory(
          at: Self.folder, withIntermediateDirectories: true)
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        continue
      }
      let saved = try String(contentsOf: url, encoding: .utf8)
      let expected = Array(saved.components(separatedBy: "\n").dropLast(1))
      let report = FrameAssertions.differences(lines, expected)
      #expect(
        report.isEmpty,
        Comment(
          rawValue: "\(screen.name) in \(language.tag) differs from \(url.lastPathComponent) "
            + "(− golden, + screen); to rewrite: CAREJOURNEY_UPDATE_FRAMES=1 swift test "
            + "--filter TranslatedFrameTests\n" + report.joined(separator: "\n")))
      let left = Self.words(english.lines).intersection(Self.words(lines))
        .subtracting(Self.shared).subtracting(Self.alike[language] ?? [])
      #expect(left.isEmpty, "\(screen.name) in \(language.tag) keeps English: \(left.sorted())")
      #expect(!lines.isEmpty && lines != english.lines, "\(screen.name) is not translated")
      guard language == .simplifiedChinese else { continue }
      // Two cells a character: what English shows whole is whole, and columns stay columns.
      #expect(
        frame.clipped <= english.clipped,
        "\(screen.name) in zh-Hans cuts \(frame.clipped) texts, English \(english.clipped)")
      for column in screen.columns {
        // Below the tabs and the banner, above the status line.
        let rows = lines.indices.dropFirst(2).dropLast().filter { column.rows(lines[$0]) }
        let starts = rows.map { Self.firstStart(frame, row: $0, from: column.from) }
        #expect(
          rows.count >= 2 && Set(starts).count == 1,
          "\(screen.name) in zh-Hans: \(column.what) starts at \(starts) on rows \(rows)")
      }
    }
  }

  /// The program's own way in (``ScreensRunner/run(state:on:theme:)``, as ncurses runs it)
  /// speaks the language too, from the first frame on, on the Start screen (the environment's
  /// language) and with a journey (its own).
  @Test func theRunnersLoopSpeaksTheLanguageFromTheFirstFrame() throws {
    for demo in [false, true] {
      let harness = try ScreensHarness(demo: demo, language: .german)
      let terminal = MemoryBackend(size: Frame.comfortable, keys: [.character("q")])
      harness.runner.run(
        state: try harness.runner.initialState(askPerson: false), on: terminal,
        theme: Theme(name: "test", looks: [:]))
      let first = terminal.frames.first?.lines.joined(separator: "\n") ?? ""
      #expect(first.contains(demo ? "[ 1 Heute ]" : "Willkommen bei CareJourney."), "\(first)")
    }
  }

  /// The days before the recent weeks are read on a thread of their own after the first frame;
  /// their rows speak the language too.
  @Test func theOlderDaysReadInTheBackgroundSpeakTheLanguage() throws {
    let harness = try ScreensHarness(language: .spanish)
    #expect(harness.loop.state.data?.older?.rows.isEmpty == false, "older days were read")
    harness.type([.character("2"), .end])
    let rows = harness.screen.filter { $0.hasPrefix("▌") }
    // The medicines started in screening, months before the days read for the first frame.
    #expect(rows.contains { $0.contains("08:15  Inicio de prednisone 10 mg/day") }, "\(rows)")
    #expect(rows.contains { $0.contains("08:15  Suspendido: mycophenolate") }, "\(rows)")
    #expect(!rows.contains { $0.contains("Started") || $0.contains("Stopped") }, "\(rows)")
    #expect(rows.contains { $0.contains("SELECCIÓN  09/03/2026  Día −75") }, "\(rows)")
  }

  /// The first cell at or after `from` where text starts after a blank: a column's start.
  static func firstStart(_ frame: CellBuffer, row: Int, from: Int) -> Int? {
    (max(1, from)..<frame.size.width).first { x in
      frame[x, row].text != " " && frame[x - 1, row].text == " "
    }
  }
}
