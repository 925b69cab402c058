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

  /// The visit report (html) from the journey in `input` and the entries `days` hands over a
  /// day at a time, oldest first (`input.entries` is not read): only what the report shows is
  /// kept, so ten years are never held whole.
  public static func renderReport(
    _ input: ExportInput, days: (_ body: (LocalDate, [Entry]) throws -> Void) throws -> Void
  ) throws -> String {
    try HTMLReport.render(input, days: days)
  }

  /// The FHIR bundle handed to `emit` in pieces, the days read through ``ExportInput/days``
  /// when it is given: ten years are never held whole.
  public static func streamFHIR(_ input: ExportInput, _ emit: (String) throws -> Void) throws {
    try withoutActuallyEscaping(emit) { emit in try FHIRExport.stream(input, emit) }
  }

  /// The same, the pieces handed on as their UTF-8 bytes (for standard output or a file: no
  /// string is made of 70 MB).
  public static func streamFHIR(
    _ input: ExportInput, bytes emit: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    try withoutActuallyEscaping(emit) { emit in try FHIRExport.stream(input, bytes: emit) }
  }
}
