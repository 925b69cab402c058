import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney ice`: records an ICE assessment, item by item, and shows its ICANS contribution.
struct IceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ice",
    abstract: "Record an ICE score (nurse only) and show what it gives towards ICANS.",
    discussion: """
      ICE (Immune effector Cell-associated Encephalopathy) score, 10 points:
        --orientation 0–4   year, month, city, hospital
        --naming 0–3        names three objects
        --commands 0–1      follows a simple command ("show me 2 fingers")
        --writing 0–1       writes a standard sentence
        --attention 0–1     counts backwards from 100 by ten
      The ICE score alone gives ICANS grade 0 (10), 1 (7–9), 2 (3–6), 3 (0–2), or 4 when \
      the patient is unarousable and cannot do the ICE (--unarousable, every item 0). For the \
      full ICANS grade use `carejourney grade`.

      Example:
        carejourney --role nurse --name "Ana Weber" ice --orientation 4 --naming 3 \\
          --commands 1 --writing 0 --attention 1 --sentence "The sun is warm today"
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "Year, month, city, hospital: 0–4.")
  var orientation: Int

  @Option(help: "Names three objects: 0–3.")
  var naming: Int

  @Option(help: "Follows a simple command: 0–1.")
  var commands: Int

  @Option(help: "Writes a standard sentence: 0–1.")
  var writing: Int

  @Option(help: "Counts backwards from 100 by ten: 0–1.")
  var attention: Int

  @Option(help: "The sentence the patient wrote, kept to compare handwriting over days.")
  var sentence: String?

  @Flag(help: "The patient cannot be roused to do the ICE (give every item as 0).")
  var unarousable = false

  @Flag(help: "Print one JSON object: id, total, icans and reason.")
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
