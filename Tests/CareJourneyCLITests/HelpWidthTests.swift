import ArgumentParser
import JourneyCore
import TerminalUI
import Testing

@testable import carejourney

/// Every `--help` in every language fits an 80-column terminal above its usage line (what
/// ``CommandHelp`` writes): no line wider, so none wraps unindented where it cannot be copied;
/// a long example goes on over indented lines, each but the last ending in `\` (issue 19:
/// `alerts --help` ended "…told to come" / "in\""). ArgumentParser's own usage line and option
/// list are not checked here.
@Suite struct HelpWidthTests {
  /// `carejourney` and every command below it.
  static func commands(_ command: ParsableCommand.Type) -> [ParsableCommand.Type] {
    [command] + command.configuration.subcommands.flatMap(commands)
  }

  @Test(arguments: Language.allCases)
  func everyHelpLineFitsEightyColumns(language: Language) {
    Language.$current.withValue(language) {
      for command in Self.commands(CareJourney.self) {
        let name = command.configuration.commandName ?? "?"
        let lines = CareJourney.helpMessage(for: command, columns: 80)
          .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
          .prefix { !$0.hasPrefix("USAGE:") }
        let wide = lines.filter { TextWidth.of(text: $0) > 80 }
        #expect(wide.isEmpty, "\(language.tag) \(name) --help: \(wide)")
        // An example's continuation: indented further than the command line it continues.
        for (line, next) in zip(lines, lines.dropFirst()) where line.hasSuffix(" \\") {
          #expect(next.hasPrefix("    --"), "\(language.tag) \(name) --help: \(line) / \(next)")
        }
      }
    }
  }
}
