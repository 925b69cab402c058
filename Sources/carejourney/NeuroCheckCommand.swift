import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney neuro-check`: the caregiver's daily home neuro check in the acute weeks.
struct NeuroCheckCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "neuro-check",
      abstract: tr(
        "Record the caregiver's daily home neuro check in the weeks around the infusion."),
      discussion: CommandHelp.neuroCheck)
  }

  @OptionGroup var global: GlobalOptions

  @Option(
    help: ArgumentHelp(
      tr("The standard sentence written: did it look as the patient usually writes?"),
      valueName: "usual|changed"))
  var writing: String

  @Option(help: ArgumentHelp(tr("The sentence as written, kept to compare over the days.")))
  var sentence: String?

  @Option(help: ArgumentHelp(tr("How many of three objects the patient named."), valueName: "0-3"))
  var objects: String

  @Option(help: ArgumentHelp(tr("Today's date said right or wrong."), valueName: "right|wrong"))
  var date: String

  @Option(
    help: ArgumentHelp(
      tr("Counting back from 100 by tens right or wrong."), valueName: "right|wrong"))
  var countBack: String

  @Option(help: ArgumentHelp(tr("Anything else you noticed.")))
  var note: String?

  func run() throws {
    let context = try AppContext(global: global)
    let saved = try context.recordHomeNeuroCheck(
      writing: writing, objects: objects, date: date, countBack: countBack, sentence: sentence,
      note: note)
    (saved.lines() + AlertText.lines(saved.alerts)).forEach(say)
  }
}
