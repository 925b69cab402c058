import ArgumentParser
import JourneyApp
import JourneyCore

/// `--born`, `--sex` and `--identifier`: who the patient is besides the name, for `init` and
/// `settings` alike.
struct PatientDetailsOptions: ParsableArguments {
  @Option(help: .init(OptionHelp.patientBorn)) var born: String?

  @Option(help: .init(OptionHelp.patientSex)) var sex: String?

  @Option(help: .init(OptionHelp.patientIdentifier, valueName: "system|value"))
  var identifier: [String] = []

  /// The details typed, all checked before anything is written.
  func parsed(today: LocalDate) throws -> PatientDetails {
    do {
      return try PatientDetails.parse(
        born: born, sex: sex, identifiers: identifier, today: today)
    } catch {
      throw AppError(error.message)
    }
  }
}
