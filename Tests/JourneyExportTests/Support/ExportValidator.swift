import Foundation

/// Runs `Validators/validate` (a real FHIR R4 model library, a real iCalendar parser) on an
/// export written to a temporary file.
///
/// The first run makes the libraries' virtual environment under the package's `.build` folder;
/// see the script.
enum ExportValidator {
  struct Result {
    var status: Int32
    /// The JSON summary of what the library saw (on success).
    var summary: [String: Any]
    var errors: String
  }

  static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Validators/validate")

  /// Validates `text` as `format` (`fhir` or `ics`).
  static func check(_ text: String, as format: String) throws -> Result {
    let file = try TemporaryFile.write(text, suffix: format == "ics" ? ".ics" : ".fhir.json")
    defer { try? FileManager.default.removeItem(at: file) }
    return try check(file: file.path, as: format)
  }

  static func check(file: String, as format: String) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [script.path, format, file]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let summary = (try? JSONSerialization.jsonObject(with: outData)) as? [String: Any] ?? [:]
    return Result(
      status: process.terminationStatus, summary: summary,
      errors: String(decoding: errData, as: UTF8.self))
  }
}
