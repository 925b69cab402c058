import JourneyCore

/// The formats `carejourney export` writes, and the one place that picks the writer for each.
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

  /// The export's text for this format.
  public func render(_ input: ExportInput) throws -> String {
    switch self {
    case .csv: CSVExport.render(input)
    case .json: try JSONExport.render(input)
    case .fhir: try FHIRExport.render(input)
    case .ics: ICSExport.render(input)
    case .html: HTMLReport.render(input)
    }
  }
}
