import JourneyCore

/// Not written yet.
enum CSVExport {
  static func render(_ input: ExportInput) -> String {
    fatalError("CSVExport is not written yet")
  }
}
