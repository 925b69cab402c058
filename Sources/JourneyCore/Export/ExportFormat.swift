/// The formats the journey is exported in: one list for `carejourney export` and the screens'
/// export key (JourneyExport picks the writer for each, ``ExportFormat/render(_:)``).
public enum ExportFormat: String, CaseIterable, Sendable {
  /// RFC 4180, one row per entry, safe to open in a spreadsheet.
  case csv
  /// The whole journey, events and entries, for `carejourney import` (backup, new machine).
  case json
  /// An HL7 FHIR R4 Bundle (type collection) for another clinic's system.
  case fhir
  /// An RFC 5545 calendar of planned milestones and follow-up visits.
  case ics
  /// A self-contained, printable visit report for the rheumatologist.
  case html

  /// The usual file name extension.
  public var fileExtension: String {
    switch self {
    case .csv: "csv"
    case .json: "json"
    case .fhir: "fhir.json"
    case .ics: "ics"
    case .html: "html"
    }
  }

  /// The names a person types, in order: "csv, json, fhir, ics or html" (the "or" in
  /// ``Language/current``).
  public static var namesText: String {
    let names = allCases.map(\.rawValue)
    return tr(
      "%1$s or %2$s", names.dropLast().joined(separator: ", "), names.last ?? "", context: "list")
  }
}
