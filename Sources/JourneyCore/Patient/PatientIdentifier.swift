import Foundation

/// A number another system knows the patient by (a hospital number, a trial participant id, a
/// national health number) and the system that issued it, as FHIR's `Identifier` holds one.
///
/// Typed as `SYSTEM|VALUE`, the way FHIR search writes a token: the system is a URI naming the
/// issuer (`https://fhir.nhs.uk/Id/nhs-number`, `urn:oid:…`), without which a number cannot be
/// matched: `12345` means nothing to a clinic that does not know whose numbering it is.
public struct PatientIdentifier: Codable, Hashable, Sendable, CustomStringConvertible {
  /// A URI naming who issued the number.
  public var system: String
  public var value: String

  public init(system: String, value: String) {
    self.system = system
    self.value = value
  }

  /// `SYSTEM|VALUE`.
  public var description: String { "\(system)|\(value)" }

  /// The accepted form, with examples, for every refusal, in ``Language/current``.
  public static var acceptedForm: String {
    tr(
      "write SYSTEM|VALUE, the system a URI naming who issued the number, e.g. "
        + "https://fhir.nhs.uk/Id/nhs-number|9434765919 or "
        + "https://hospital.example.org/mrn|A12345")
  }

  /// Reads `SYSTEM|VALUE` (split at the first `|`), refusing a number without a system, a
  /// system that is not an absolute URI, and texts longer than a name may be.
  public init(parsing text: String, option: String = "--identifier") throws(PatientDetails.Error) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let bar = trimmed.firstIndex(of: "|") else {
      throw PatientDetails.Error(
        message: tr("%1$s %2$s has no system: %3$s", option, text, PatientIdentifier.acceptedForm))
    }
    let system = trimmed[..<bar].trimmingCharacters(in: .whitespaces)
    let value = trimmed[trimmed.index(after: bar)...].trimmingCharacters(in: .whitespaces)
    guard !system.isEmpty else {
      throw PatientDetails.Error(
        message: tr(
          "%1$s %2$s has no system before the |: %3$s", option, text,
          PatientIdentifier.acceptedForm))
    }
    guard PatientIdentifier.isAbsoluteURI(system) else {
      throw PatientDetails.Error(
        message: tr(
          "%1$s %2$s: the system %3$s is not a URI (scheme:rest, no spaces): %4$s", option, text,
          system, PatientIdentifier.acceptedForm))
    }
    guard !value.isEmpty else {
      throw PatientDetails.Error(
        message: tr(
          "%1$s %2$s has no number after the |: %3$s", option, text,
          PatientIdentifier.acceptedForm))
    }
    if TextLimits.length(system) > TextLimits.name {
      throw PatientDetails.Error(
        message: tr(
          "%1$s: the system is longer than %2$s characters: shorten it", option,
          String(TextLimits.name)))
    }
    if TextLimits.length(value) > TextLimits.name {
      throw PatientDetails.Error(
        message: tr(
          "%1$s: the number is longer than %2$s characters: shorten it", option,
          String(TextLimits.name)))
    }
    guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
    else {
      throw PatientDetails.Error(
        message: tr("%1$s %2$s: the number holds a control character", option, text))
    }
    self.init(system: system, value: value)
  }

  /// `scheme:rest` (RFC 3986): a letter, then letters, digits, `+`, `-` or `.`, a colon and
  /// something after it; printable ASCII only, no spaces.
  static func isAbsoluteURI(_ text: String) -> Bool {
    guard let colon = text.firstIndex(of: ":"), colon != text.startIndex,
      text.index(after: colon) != text.endIndex
    else { return false }
    let scheme = text[..<colon]
    guard let first = scheme.first, first.isASCII, first.isLetter,
      scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
    else { return false }
    return text.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) }
  }
}
