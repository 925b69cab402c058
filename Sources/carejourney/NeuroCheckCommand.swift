import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney neuro-check`: the caregiver's daily home neuro check in the acute weeks.
struct NeuroCheckCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    .init("neuro-check", CommandAbstract.neuroCheck, CommandHelp.neuroCheck)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: .init(OptionHelp.neuroCheckWriting, valueName: "usual|changed")) var writing: String

  @Option(help: .init(OptionHelp.neuroCheckSentence)) var sentence: String?

  @Option(help: .init(OptionHelp.neuroCheckObjects, valueName: "0-3")) var objects: String

  @Option(help: .init(OptionHelp.neuroCheckDate, valueName: "right|wrong")) var date: String

  @Option(help: .init(OptionHelp.neuroCheckCountBack, valueName: "right|wrong"))
  var countBack: String

  @Option(help: .init(OptionHelp.neuroCheckNote)) var note: String?

  func run() throws {
    let context = try AppContext(global: global)
    let saved = try context.recordHomeNeuroCheck(
      writing: writing, objects: objects, date: date, countBack: countBack, sentence: sentence,
      note: note)
    (saved.lines() + AlertText.lines(saved.alerts)).forEach(say)
  }
}
