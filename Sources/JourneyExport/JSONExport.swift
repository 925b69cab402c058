import JourneyCore

/// Not written yet.
enum JSONExport {
  static func render(_ input: ExportInput) throws -> String {
    fatalError("JSONExport is not written yet")
  }
}
