import ArgumentParser
import JourneyApp
import JourneyCore

extension GradingInput.Hypotension: ExpressibleByArgument {}
extension GradingInput.Oxygen: ExpressibleByArgument {}
extension GradingInput.Consciousness: ExpressibleByArgument {}
extension GradingInput.Seizure: ExpressibleByArgument {}
extension GradingInput.Motor: ExpressibleByArgument {}
extension GradingInput.Edema: ExpressibleByArgument {}

/// `carejourney grade`: CRS and ICANS grades by ASTCT 2019 from what the nurse found.
struct GradeCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "grade",
      abstract: tr("Grade CRS and ICANS by ASTCT 2019 (Lee et al.) from the findings."),
      discussion: CommandHelp.grade)
  }

  @OptionGroup var global: GlobalOptions

  @Option(
    help: ArgumentHelp(
      tr("Highest temperature: 38.2, 38,2, 38.2C or 100.8F; fever is 38.0 °C or more.")))
  var temp: String

  @Flag(
    help: ArgumentHelp(
      tr("An antipyretic or anti-cytokine therapy was given: fever is no longer required.")))
  var masked = false

  @Option(help: ArgumentHelp(tr("Hypotension and what it needed.")))
  var hypotension: GradingInput.Hypotension = .none

  @Option(
    help: ArgumentHelp(
      tr("Oxygen support: low-flow is ≤ 6 L/min or blow-by; high-flow > 6 L/min or a mask.")))
  var oxygen: GradingInput.Oxygen = .none

  @Option(help: ArgumentHelp(tr("ICE score, 0–10 (`carejourney ice` records one item by item).")))
  var ice: Int?

  @Option(help: ArgumentHelp(tr("Level of consciousness.")))
  var consciousness: GradingInput.Consciousness = .alert

  @Option(
    help: ArgumentHelp(
      tr("Seizure: brief (resolved rapidly), eeg (non-convulsive, resolved), prolonged.")))
  var seizure: GradingInput.Seizure = .none

  @Option(help: ArgumentHelp(tr("Deep focal motor weakness (hemiparesis, paraparesis).")))
  var motor: GradingInput.Motor = .none

  @Option(
    help: ArgumentHelp(
      tr("Cerebral oedema on imaging: focal, or diffuse (or signs of raised pressure).")))
  var edema: GradingInput.Edema = .none

  @Flag(
    help: ArgumentHelp(
      tr("Print one JSON object: crs, icans (null where ASTCT gives none) and reasons.")))
  var json = false

  @Flag(help: ArgumentHelp(tr("Save the grading to the journey (needs --role nurse).")))
  var record = false

  func run() throws {
    let context = try AppContext(global: global)
    let (result, saved) = try context.grade(
      temperature: temp, masked: masked, hypotension: hypotension, oxygen: oxygen, ice: ice,
      consciousness: consciousness, seizure: seizure, motor: motor, edema: edema, record: record)
    if json {
      output(try JSONOutput.string(GradeReport(result)))
    } else {
      ((saved?.lines() ?? []) + result.reasons).forEach(say)
    }
  }
}
