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
    let (saved, results) = try context.recordVisit(labs: lab, on: on)
    if json, let entry = saved.entries.first {
      output(
        try JSONOutput.string(
          VisitReport(entry: entry, results: results, alerts: saved.alerts, care: saved.basis.care)))
      return
    }
    (saved.lines(withTime: false) + AlertText.lines(saved.alerts)).forEach(say)
  }
}
