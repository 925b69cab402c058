import Testing

@testable import JourneyApp

/// `--help` texts reach ArgumentParser one paragraph a line, so it wraps them between words at
/// the terminal's width instead of breaking each 100-column source line again at 80.
@Suite struct CommandHelpTests {
  @Test func paragraphsBecomeOneLineAndExamplesStay() {
    let text = """
      With no subcommand, opens the screens (Today, Timeline,
      Milestones, Trends; ? for keys).

      Start:   carejourney init
      Sample:  carejourney demo
      Examples:
        carejourney log --temp 38.4
        carejourney log --note "woke sweaty"
      """
    #expect(
      CommandHelp.prose(text).split(separator: "\n", omittingEmptySubsequences: false) == [
        "With no subcommand, opens the screens (Today, Timeline, Milestones, Trends; ? for keys).",
        "", "Start:   carejourney init", "Sample:  carejourney demo", "Examples:",
        "  carejourney log --temp 38.4", "  carejourney log --note \"woke sweaty\"",
      ])
  }

  /// The top-level help and `amend`'s, which broke mid-sentence at 80 columns.
  @Test(arguments: [CommandHelp.careJourney, CommandHelp.amend, CommandHelp.alerts])
  func noParagraphIsSplitAcrossSourceLines(text: String) {
    #expect(!text.contains("Trends; ? for keys);\n"))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (previous, line) in zip(lines, lines.dropFirst()) {
      #expect(!CommandHelp.joins(line, onto: previous), "\(previous) | \(line)")
    }
  }
}
