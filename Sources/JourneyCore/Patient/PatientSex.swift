import Foundation

/// The patient's sex for administration and record matching, with the four values of HL7
/// FHIR R4's AdministrativeGender (http://hl7.org/fhir/administrative-gender), so the export
/// needs no mapping.
public enum PatientSex: String, Codable, Sendable, CaseIterable {
  case female
  case male
  case other
  case unknown

  /// `female`, `F`, `Male`...: the four words, or their first letters, in any case.
  public init(parsing text: String, option: String = "--sex") throws(PatientDetails.Error) {
    let word = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard
      let found = PatientSex(rawValue: word)
        ?? PatientSex.allCases.first(where: { word.count == 1 && $0.rawValue.hasPrefix(word) })
    else {
      throw PatientDetails.Error(
        message: "\(option) \(text) is not accepted: use "
          + PatientSex.allCases.map(\.rawValue).joined(separator: ", ") + " (or F, M, O, U)")
    }
    self = found
  }
}
