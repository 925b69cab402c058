import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney sledai`: SLEDAI-2K, clinical SLEDAI, DORIS and drug-free remission for a visit.
struct SledaiCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sledai",
    abstract: "Score SLEDAI-2K and check DORIS 2021 and drug-free remission.",
    discussion: """
      Give each SLEDAI-2K descriptor present at the visit or in the 10 days before it once, \
      with --descriptor. Weights are the published ones (Gladman 2002): the total is 0–105; \
      the clinical SLEDAI leaves out low-complement and increased-dna-binding. DORIS 2021 needs \
      clinical SLEDAI 0, --pga below the protocol's cut-off (0.5) and --prednisolone at or \
      below the protocol's cut-off (5 mg/day); drug-free remission also needs no \
      --immunosuppressant and no prednisolone. Without --prednisolone, today's dose of \
      prednisone or prednisolone comes from the journey's medication list (`carejourney med`) \
      when it states one in mg/day. What is not given is not assumed to be met.

      Descriptors (weight): seizure, psychosis, organic-brain-syndrome, visual-disturbance, \
      cranial-nerve, lupus-headache, cva, vasculitis (8); arthritis, myositis, urinary-casts, \
      haematuria, proteinuria, pyuria (4); rash, alopecia, mucosal-ulcers, pleurisy, \
      pericarditis, low-complement, increased-dna-binding (2); fever, thrombocytopenia, \
      leukopenia (1).

      After CAR-T, five descriptors count only once their exclusions are ruled out: fever \
      (not from an infection; not CRS), thrombocytopenia and leukopenia (not from \
      lymphodepletion drugs or the CAR-T cells), seizure and organic brain syndrome (not \
      metabolic, infectious or drug causes; not ICANS). They are printed with the score; from \
      the first lymphodepletion day on, --record with any of them also needs \
      --exclusions-checked. Without --prednisolone, the dose is the prednisolone-equivalent \
      sum of every systemic glucocorticoid in the medication list (methylprednisolone x 1.25, \
      dexamethasone x 6.67, hydrocortisone x 0.25, deflazacort x 0.83: the protocol's table); \
      one the protocol has no factor for leaves it unknown. Antimalarials \
      (hydroxychloroquine) count against drug-free remission only when the protocol says so.

      Without --record it needs no journey. --record saves the assessment to the journey.

      Examples:
        carejourney sledai --descriptor proteinuria --descriptor low-complement --pga 1 --prednisolone 7.5
        carejourney sledai --pga 0.2 --prednisolone 0 --record
      """)

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
