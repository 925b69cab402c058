import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney visit`: records the laboratory values of a follow-up visit.
struct VisitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "visit",
    abstract: "Record a follow-up visit's lab values, each with its unit and reference range.",
    discussion: """
      Each --lab is NAME=VALUE with an optional unit; without a unit the protocol's unit is \
      taken. Values are stored in the protocol's unit (IgG in g/L is converted to mg/dL, \
      creatinine in µmol/L to mg/dL, counts in x10^9/L, G/L or /nL to /µL, UPCR in mg/mmol \
      to g/g) and shown against the protocol's reference range. A unit is never guessed: a \
      count typed without one that could be in another unit (neutrophils=0.49) is refused \
      with the units to type. An unknown lab, an unknown unit or an impossible value refuses \
      the whole visit. A value the protocol lists as a red flag (platelets below 20 x10^9/L, \
      IgG at or below 400 mg/dL, say) is printed at once with whom to call, as `log` does.

      Labs in the default protocol: anti-dsdna, c3, c4, upcr, creatinine, egfr, igg, \
      cd19-b-cells, cd4, neutrophils, lymphocytes, haemoglobin, platelets, ferritin, \
      fibrinogen, alt, ast, triglycerides, ldh, crp, troponin.

      Examples:
        carejourney visit --lab igg=6.2g/L --lab creatinine=97µmol/L --lab neutrophils=1.8G/L
        carejourney visit --on 2026-11-20 --lab c3=0.85g/L --lab c4=12 --json
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "The visit's date, YYYY-MM-DD (default: today).")
  var on: String?

  @Option(help: "A lab value, NAME=VALUE[UNIT], e.g. igg=6.2g/L; repeat for more.")
  var lab: [String] = []

  @Flag(help: "Print the saved visit as one JSON object.")
  var json = false

  func run() throws {
    let context = try AppContext(global: global)
    guard !lab.isEmpty else {
      throw AppError(
        "nothing to record: give at least one --lab NAME=VALUE[UNIT], "
          + "e.g. `carejourney visit --lab igg=6.2g/L`")
    }
    let (snapshot, care) = try context.loadStarted()
    let observed = try context.observedMoment(on: on, journey: snapshot.journey)
    var results: [LabResult] = []
    for text in lab {
      let result = try Reading.lab(text, care: care)
      guard !results.contains(where: { $0.lab == result.lab }) else {
        throw AppError("\(result.lab) is given twice: give each lab once per visit")
      }
      results.append(result)
    }
    let saved = try context.journal.save(
      [.labs(results)], observedAt: observed, basis: SaveBasis(snapshot, care: care))
    context.reportProblems(snapshot.problems)
    if json, let entry = saved.entries.first {
      output(
        try JSONOutput.string(
          VisitReport(entry: entry, results: results, alerts: saved.alerts, care: care)))
      return
    }
    saved.lines(withTime: false).forEach(say)
    saved.alerts.forEach(AlertText.show)
  }
}

/// What `visit --json` prints: the entry id, the date, and each lab with its range.
struct VisitReport: Encodable {
  struct Lab: Encodable {
    var lab: String
    var value: Double
    var unit: String
    var typedValue: Double
    var typedUnit: String
    @NullWhenAbsent var low: Double?
    @NullWhenAbsent var high: Double?
    var status: String
  }

  var id: String
  var date: String
  var labs: [Lab]
  /// The red flags the visit raised, most urgent first, as `status --json` gives them.
  var alerts: [AlertReport]

  init(entry: Entry, results: [LabResult], alerts: [Alert], care: CareProtocol) {
    id = entry.id
    date = "\(entry.observedAt.date)"
    self.alerts = alerts.map(AlertReport.init)
    labs = results.map { result in
      let definition = care.lab(named: result.lab)
      return Lab(
        lab: result.lab, value: result.value, unit: definition?.unit ?? result.typedUnit,
        typedValue: result.typedValue, typedUnit: result.typedUnit, low: definition?.low,
        high: definition?.high,
        status: definition?.status(of: result.value).rawValue ?? "no-range")
    }
  }
}
