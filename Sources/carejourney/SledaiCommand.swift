import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney sledai`: SLEDAI-2K, clinical SLEDAI, DORIS and drug-free remission for a visit.
struct SledaiCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "sledai",
      abstract: tr("Score SLEDAI-2K and check DORIS 2021 and drug-free remission."),
      discussion: CommandHelp.sledai)
  }

  @OptionGroup var global: GlobalOptions

  @Option(
    help: ArgumentHelp(tr("A SLEDAI-2K descriptor present; repeat for more (none: SLEDAI-2K 0).")))
  var descriptor: [String] = []

  @Option(help: ArgumentHelp(tr("Physician global assessment, 0–3.")))
  var pga: Double?

  @Option(help: ArgumentHelp(tr("Prednisolone (or equivalent) dose, mg/day.")))
  var prednisolone: Double?

  @Option(
    help: ArgumentHelp(tr("An immunosuppressant, antimalarial or biologic taken; repeat for more."))
  )
  var immunosuppressant: [String] = []

  @Flag(help: ArgumentHelp(tr("Save the assessment to the journey.")))
  var record = false

  @Flag(
    help: ArgumentHelp(
      tr(
        "Fever, cytopenias, seizure or organic brain syndrome were checked against their "
          + "exclusions after CAR-T (infection, CRS, ICANS, drugs).")))
  var exclusionsChecked = false

  @Flag(
    help: ArgumentHelp(
      tr("Print one JSON object: total, clinical, doris and drug-free with reasons.")))
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
