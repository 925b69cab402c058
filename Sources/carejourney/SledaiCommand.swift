import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney sledai`: SLEDAI-2K, clinical SLEDAI, DORIS and drug-free remission for a visit.
struct SledaiCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sledai",
    abstract: "Score SLEDAI-2K and check DORIS 2021 and drug-free remission.",
    discussion: CommandHelp.sledai)

  @OptionGroup var global: GlobalOptions

  @Option(help: "A SLEDAI-2K descriptor present; repeat for more (none: SLEDAI-2K 0).")
  var descriptor: [String] = []

  @Option(help: "Physician global assessment, 0–3.")
  var pga: Double?

  @Option(help: "Prednisolone (or equivalent) dose, mg/day.")
  var prednisolone: Double?

  @Option(help: "An immunosuppressant, antimalarial or biologic taken; repeat for more.")
  var immunosuppressant: [String] = []

  @Flag(help: "Save the assessment to the journey.")
  var record = false

  @Flag(
    help: ArgumentHelp(
      "Fever, cytopenias, seizure or organic brain syndrome were checked against their "
        + "exclusions after CAR-T (infection, CRS, ICANS, drugs)."))
  var exclusionsChecked = false

  @Flag(help: "Print one JSON object: total, clinical, doris and drug-free with reasons.")
  var json = false

  func run() throws {
    let context = try AppContext(global: global)
    let sledai = try context.sledai(
      descriptors: descriptor, pga: pga, prednisolone: prednisolone,
      immunosuppressants: immunosuppressant, record: record, exclusionsChecked: exclusionsChecked)
    if json {
      output(try JSONOutput.string(sledai.report))
    } else {
      ((sledai.saved?.lines() ?? []) + sledai.lines).forEach(say)
    }
  }
}
