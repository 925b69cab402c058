import Foundation

/// Runs `Validators/validate` (real FHIR R4 model libraries, two iCalendar parsers, Python's
/// csv module and pandas) on an export written to a temporary file.
///
/// The first run makes the libraries' virtual environment under the package's `.build` folder;
/// see the script. Each format's checks go to one `validate serve FORMAT` process kept for the
/// whole test run (``ValidatorProcess``), so its libraries are loaded once.
enum ExportValidator {
  struct Result {
    var status: Int32
    /// The JSON summary of what the library saw (on success).
    var summary: [String: Any]
    var errors: String
  }

  static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Validators/validate")

  /// Validates `text` as `format` (`fhir`, `fhir-strict`, `ics`, `csv` or `csv-excel`).
  static func check(_ text: String, as format: String) throws -> Result {
    let suffix = format == "ics" ? ".ics" : format.hasPrefix("csv") ? ".csv" : ".fhir.json"
    let file = try TemporaryFile.write(text, suffix: suffix)
    defer { try? FileManager.default.removeItem(at: file) }
    return try check(file: file.path, as: format)
  }

  static func check(file: String, as format: String) throws -> Result {
    let answer = try ValidatorProcess.serving(format).check(file)
    let summary = (try? JSONSerialization.jsonObject(with: answer.output)) as? [String: Any] ?? [:]
    return Result(status: answer.status, summary: summary, errors: answer.errors)
  }
}
