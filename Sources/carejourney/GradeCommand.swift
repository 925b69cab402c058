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
    .init("grade", CommandAbstract.grade, CommandHelp.grade)
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: .init(OptionHelp.gradeTemp)) var temp: String

  @Flag(help: .init(OptionHelp.gradeMasked)) var masked = false

  @Option(help: .init(OptionHelp.gradeHypotension))
  var hypotension: GradingInput.Hypotension = .none

  @Option(help: .init(OptionHelp.gradeOxygen)) var oxygen: GradingInput.Oxygen = .none

  @Option(help: .init(OptionHelp.gradeIce)) var ice: Int?

  @Option(help: .init(OptionHelp.gradeConsciousness))
  var consciousness: GradingInput.Consciousness = .alert

  @Option(help: .init(OptionHelp.gradeSeizure)) var seizure: GradingInput.Seizure = .none

  @Option(help: .init(OptionHelp.gradeMotor)) var motor: GradingInput.Motor = .none

  @Option(help: .init(OptionHelp.gradeEdema)) var edema: GradingInput.Edema = .none

  @Flag(help: .init(OptionHelp.gradeJson)) var json = false

  @Flag(help: .init(OptionHelp.gradeRecord)) var record = false

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
