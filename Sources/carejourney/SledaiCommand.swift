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
    let score = try SLEDAI2K.score(descriptor)
    if let pga, !Remission.physicianGlobalRange.contains(pga) {
      throw AppError("--pga \(pga) is outside 0–3: the physician global assessment is 0 to 3")
    }
    if let prednisolone, !Remission.plausiblePrednisoloneMg.contains(prednisolone) {
      throw AppError(
        "--prednisolone \(prednisolone) is not a plausible dose in mg/day (0–1000); "
          + "check for a typo")
    }
    let drugs = try immunosuppressant.map { text throws -> String in
      let name = text.trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty else {
        throw AppError("--immunosuppressant is empty: name the medicine, e.g. mycophenolate")
      }
      return name
    }
    let care: CareProtocol
    var entries: [Entry]?
    var journey: Journey?
    if record {
      let (snapshot, loaded) = try context.loadStarted()
      (care, entries, journey) = (loaded, snapshot.entries, snapshot.journey)
    } else if context.store.hasJourney, let (snapshot, loaded) = try? context.loadStarted() {
      (care, entries, journey) = (loaded, snapshot.entries, snapshot.journey)
    } else {
      care = try CareProtocol.builtIn(named: "cd19-sle") ?? CareProtocol(id: "none", name: "none")
    }
    let excluded = SLEDAI2K.descriptors.filter {
      score.present.contains($0.id) && $0.exclusion != nil
    }
    if record, !exclusionsChecked, let journey, !excluded.isEmpty,
      SLEDAI2K.afterTreatmentStarted(on: context.today, journey: journey, protocol: care)
    {
      let clauses = excluded.map { "\($0.id): only if \($0.exclusion ?? "")" }
      throw AppError(
        "after CAR-T these descriptors count only once their exclusions are ruled out — "
          + clauses.joined(separator: "; ")
          + ". Check them, then add --exclusions-checked (or leave the descriptor out)")
    }
    // Without --prednisolone, the journey's medication list gives today's dose when it can.
    let listed = prednisolone == nil
      ? entries.map {
        MedicationList.prednisolone(on: context.today, entries: $0, settings: care.remission)
      } : nil
    let prednisolone = self.prednisolone ?? listed?.mg
    let assessment = Remission.Assessment(
      clinicalSLEDAI: score.clinical, physicianGlobal: pga, prednisoloneMg: prednisolone,
      immunosuppressants: drugs)
    let doris = Remission.doris(assessment, settings: care.remission)
    let drugFree = Remission.drugFree(assessment, settings: care.remission)
    if record {
      try context.saveNow(
        [
          .assessment(
            sledai: score.present, physicianGlobal: pga, prednisoloneMg: prednisolone,
            immunosuppressants: drugs)
        ], quiet: json)
    }
    if json {
      output(
        try JSONOutput.string(
          SledaiReport(
            score: score, prednisoloneMg: prednisolone, doris: doris, drugFree: drugFree,
            exclusions: excluded)))
      return
    }
    say("SLEDAI-2K \(score.total) (clinical SLEDAI \(score.clinical))")
    for descriptor in excluded {
      say("  \(descriptor.label) counts only if \(descriptor.exclusion ?? "").")
    }
    if let listed {
      let dose = listed.mg.map { "\(LabDefinition.format($0)) mg/day" } ?? "not known"
      say("Prednisolone-equivalent \(dose) (\(listed.source))")
    }
    say(Timeline.remissionText("DORIS 2021 remission", doris))
    say(Timeline.remissionText("Drug-free remission", drugFree))
  }
}

/// What `sledai --json` prints.
struct SledaiReport: Encodable {
  struct Outcome: Encodable {
    var met: Bool
    var reasons: [String]
  }

  var descriptors: [String]
  var total: Int
  var clinical: Int
  /// As given, or from the medication list; null when neither says.
  @NullWhenAbsent var prednisoloneMg: Double?
  var doris: Outcome
  var drugFree: Outcome
  /// The descriptors given that count only once an exclusion is ruled out, with it.
  var exclusions: [String: String]

  init(
    score: SLEDAI2K.Score, prednisoloneMg: Double?, doris: Remission.Result,
    drugFree: Remission.Result, exclusions: [SLEDAI2K.Descriptor]
  ) {
    descriptors = score.present
    total = score.total
    clinical = score.clinical
    self.prednisoloneMg = prednisoloneMg
    self.doris = Outcome(met: doris.isMet, reasons: doris.reasons)
    self.drugFree = Outcome(met: drugFree.isMet, reasons: drugFree.reasons)
    self.exclusions = Dictionary(
      exclusions.map { ($0.id, $0.exclusion ?? "") }, uniquingKeysWith: { first, _ in first })
  }
}
