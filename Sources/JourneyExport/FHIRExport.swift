import JourneyCore

/// Not written yet.
enum FHIRExport {
  static func render(_ input: ExportInput) throws -> String {
    fatalError("FHIRExport is not written yet")
  }
}
