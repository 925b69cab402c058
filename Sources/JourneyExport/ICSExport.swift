import JourneyCore

/// Not written yet.
enum ICSExport {
  static func render(_ input: ExportInput) -> String {
    fatalError("ICSExport is not written yet")
  }
}
