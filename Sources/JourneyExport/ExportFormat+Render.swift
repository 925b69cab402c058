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

  /// The FHIR bundle handed to `emit` in pieces, the days read through ``ExportInput/days``
  /// when it is given: ten years are never held whole.
  public static func streamFHIR(_ input: ExportInput, _ emit: (String) throws -> Void) throws {
    try withoutActuallyEscaping(emit) { emit in try FHIRExport.stream(input, emit) }
  }
}
