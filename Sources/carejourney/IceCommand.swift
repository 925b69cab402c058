import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney ice`: records an ICE assessment, item by item, and shows its ICANS contribution.
struct IceCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "ice",
      abstract: tr("Record an ICE score (nurse only) and show what it gives towards ICANS."),
      discussion: CommandHelp.ice)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp(tr("Year, month, city, hospital: 0–4.")))
  var orientation: Int

  @Option(help: ArgumentHelp(tr("Names three objects: 0–3.")))
  var naming: Int

  @Option(help: ArgumentHelp(tr("Follows a simple command: 0–1.")))
  var commands: Int

  @Option(help: ArgumentHelp(tr("Writes a standard sentence: 0–1.")))
  var writing: Int

  @Option(help: ArgumentHelp(tr("Counts backwards from 100 by ten: 0–1.")))
  var attention: Int

  @Option(
    help: ArgumentHelp(tr("The sentence the patient wrote, kept to compare handwriting over days."))
  )
  var sentence: String?

  @Flag(
    help: ArgumentHelp(tr("The patient cannot be roused to do the ICE (give every item as 0).")))
  var unarousable = false

  @Flag(help: ArgumentHelp(tr("Print one JSON object: id, total, icans and reason.")))
  var json = false

  func run() throws {
    let context = try AppContext(global: global)
    let score = ICEScore(
      orientation: orientation, naming: naming, commands: commands, writing: writing,
      attention: attention, sentence: sentence)
    let ice = try context.recordICE(score, unarousable: unarousable)
    if json {
      output(try JSONOutput.string(ice.report))
    } else {
      (ice.saved.lines() + [ice.line]).forEach(say)
    }
  }
}
