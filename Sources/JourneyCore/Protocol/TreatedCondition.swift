/// The disease a protocol treats, as the FHIR export's `Condition` codes it.
public struct TreatedCondition: Equatable, Sendable {
  /// The name shown (`Systemic lupus erythematosus`).
  public var label: String
  /// The SNOMED CT concept id (`55464009`), when the protocol gives one.
  public var snomed: String?

  public init(label: String, snomed: String? = nil) {
    self.label = label
    self.snomed = snomed
  }

  /// 6 to 18 digits, not starting with 0, as SNOMED CT identifiers are written.
  public static func isSNOMEDConcept(_ code: String) -> Bool {
    (6...18).contains(code.count) && code.first != "0"
      && code.allSatisfy { $0.isASCII && $0.isNumber }
  }
}
