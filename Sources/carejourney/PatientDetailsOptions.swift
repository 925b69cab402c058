import ArgumentParser
import JourneyApp
import JourneyCore

/// `--born`, `--sex` and `--identifier`: who the patient is besides the name, for `init` and
/// `settings` alike.
struct PatientDetailsOptions: ParsableArguments {
  @Option(help: ArgumentHelp(tr("The patient's date of birth, YYYY-MM-DD.")))
  var born: String?

  @Option(help: ArgumentHelp(tr("The patient's sex for records: female, male, other or unknown.")))
  var sex: String?

  @Option(
    help: ArgumentHelp(
      tr(
        "A hospital or trial number and the system that issued it (a URI); repeat for several."),
      valueName: "system|value"))
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
