import JourneyCore

extension ExportFormat {
  /// The export's text for this format, from the whole input: the one place that picks the
  /// writer for each format.
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
