import Foundation

/// The patient's sex for administration and record matching, with the four values of HL7
/// FHIR R4's AdministrativeGender (http://hl7.org/fhir/administrative-gender), so the export
/// needs no mapping.
public enum PatientSex: String, Codable, Sendable, CaseIterable {
  case female
  case male
  case other
  case unknown

  /// The word as people read it, in ``Language/current``: `female`, `weiblich`.
  public var title: String {
    switch self {
    case .female: tr("female", context: "sex")
    case .male: tr("male", context: "sex")
    case .other: tr("other", context: "sex")
    case .unknown: tr("unknown", context: "sex")
    }
  }

  /// `female`, `F`, `Male`...: the four words, or their first letters, in any case; also the
  /// words of ``Language/current`` (`weiblich`), as the Start screen asks in them.
  public init(parsing text: String, option: String = "--sex") throws(PatientDetails.Error) {
    let word = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard
      let found = PatientSex(rawValue: word)
        ?? PatientSex.allCases.first(where: { word.count == 1 && $0.rawValue.hasPrefix(word) })
        ?? PatientSex.allCases.first(where: { $0.title.lowercased() == word })
    else {
      throw PatientDetails.Error(
        message: tr(
          "%1$s %2$s is not accepted: use %3$s (or F, M, O, U)", option, text,
          PatientSex.allCases.map(\.rawValue).joined(separator: ", ")))
    }
    self = found
  }
}
