import JourneyCore

/// Not written yet.
enum HTMLReport {
  static func render(_ input: ExportInput) -> String {
    fatalError("HTMLReport is not written yet")
  }
}
