import JourneyCore
import Testing

@testable import JourneyApp

/// `--help` texts are built in the run's language, a paragraph a line (ArgumentParser wraps each
/// line at the terminal's width between words), with the examples' command lines as typed.
@Suite struct CommandHelpTests {
  /// Every command's help text, by name.
  static func texts() -> [(String, String)] {
    [
      ("advance", CommandHelp.advance), ("alerts", CommandHelp.alerts),
      ("alerts ack", CommandHelp.alertsAck), ("amend", CommandHelp.amend),
      ("carejourney", CommandHelp.careJourney), ("demo", CommandHelp.demo),
      ("export", CommandHelp.export), ("grade", CommandHelp.grade), ("ice", CommandHelp.ice),
      ("import", CommandHelp.import), ("init", CommandHelp.`init`), ("log", CommandHelp.log),
      ("med", CommandHelp.med), ("med start", CommandHelp.medStart),
      ("med dose", CommandHelp.medDose), ("med stop", CommandHelp.medStop),
      ("med list", CommandHelp.medList), ("milestones", CommandHelp.milestones),
      ("plan", CommandHelp.plan), ("remind", CommandHelp.remind),
      ("settings", CommandHelp.settings), ("sign", CommandHelp.sign),
      ("sledai", CommandHelp.sledai), ("status", CommandHelp.status),
      ("timeline", CommandHelp.timeline), ("verify", CommandHelp.verify),
      ("visit", CommandHelp.visit), ("devices", CommandHelp.devices),
      ("share", CommandHelp.share),
    ]
  }

  /// The lines of `text` that are command lines: what is typed stays the same in every language.
  static func commandLines(_ text: String) -> [String] {
    text.split(separator: "\n").map(String.init).filter {
      $0.hasPrefix("  carejourney ") || $0.hasPrefix("    --")
    }
  }

  @Test(arguments: Language.allCases.filter { $0 != .english })
  func everyHelpTextSpeaksTheLanguageAndKeepsItsExamples(language: Language) {
    let english = Self.texts()
    let translated = Language.$current.withValue(language) { Self.texts() }
    for ((name, source), (_, text)) in zip(english, translated) {
      #expect(Self.commandLines(text) == Self.commandLines(source), "\(name)")
      // No English paragraph is left: each differs from the English one (a paragraph of
      // command lines alone, as `status` has, is the same).
      let paragraphs = text.components(separatedBy: "\n\n")
      for (ours, theirs) in zip(paragraphs, source.components(separatedBy: "\n\n"))
      where !theirs.split(separator: "\n").allSatisfy({ $0.hasPrefix("  ") || $0 == "Examples:" }) {
        #expect(ours != theirs, "\(language.tag) \(name): \(theirs.prefix(60))")
      }
    }
  }

  /// The top-level help, amend's and alerts': each paragraph is one line, so it wraps at the
  /// terminal's width instead of breaking at 100 source columns.
  @Test(arguments: [CommandHelp.careJourney, CommandHelp.amend, CommandHelp.alerts])
  func noParagraphIsSplitAcrossLines(text: String) {
    for paragraph in text.components(separatedBy: "\n\n") where !paragraph.hasPrefix("Example") {
      let lines = paragraph.split(separator: "\n")
      #expect(
        lines.count == 1 || lines.dropFirst().allSatisfy { $0.hasPrefix("  ") }
          || lines
            .allSatisfy { $0.contains("carejourney ") },
        "\(paragraph)")
    }
  }

  /// A list item wraps under itself; Chinese, with no spaces, wraps between characters, each
  /// taking two columns.
  @Test func listItemsWrapUnderThemselvesInEveryScript() {
    let english = CommandHelp.item(
      "2", "an error: the data directory or the protocol cannot be read, the journey is damaged",
      keyWidth: 4, width: 40)
    #expect(
      english.split(separator: "\n") == [
        "  2   an error: the data directory or",
        "      the protocol cannot be read, the",
        "      journey is damaged",
      ])
    let chinese = CommandHelp.item("2", "出错：无法读取数据目录或协议，疗程已损坏", keyWidth: 4, width: 26)
    #expect(
      chinese.split(separator: "\n") == ["  2   出错：无法读取数据目", "      录或协议，疗程已损坏"])
    // Narrow words keep their spaces beside wide characters, and gain none.
    #expect(
      CommandHelp.wrapped("（--unarousable，每项 0 分）", columns: 80) == ["（--unarousable，每项 0 分）"])
  }
}
