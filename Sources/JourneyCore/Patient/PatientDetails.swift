import Foundation

/// Who the patient is besides the name: what another clinic's system matches a record on
/// (date of birth, administrative sex, hospital and trial numbers).
///
/// Given at `init` (or on the Start screen) and changed with `settings`; a receiving system
/// reads them from the FHIR export's `Patient` and the visit report's header. Each is optional:
/// the app never makes one up.
public struct PatientDetails: Equatable, Sendable {
  /// The date of birth.
  public var born: LocalDate?
  public var sex: PatientSex?
  /// Hospital, trial or national numbers, each with the system that issued it, in the order
  /// given.
  public var identifiers: [PatientIdentifier]

  public init(born: LocalDate? = nil, sex: PatientSex? = nil, identifiers: [PatientIdentifier] = [])
  {
    self.born = born
    self.sex = sex
    self.identifiers = identifiers
  }

  /// True when nothing is given.
  public var isEmpty: Bool { born == nil && sex == nil && identifiers.isEmpty }

  /// These details with what `change` gives laid over them: a date of birth or sex given
  /// replaces the one before; identifiers given replace the whole list (so a wrong one can be
  /// taken out by giving the others again).
  public func updated(by change: PatientDetails) -> PatientDetails {
    PatientDetails(
      born: change.born ?? born, sex: change.sex ?? sex,
      identifiers: change.identifiers.isEmpty ? identifiers : change.identifiers)
  }

  /// What each detail given says, for the timeline and `settings`: `born 1984-03-02`,
  /// `sex female`, `identifiers https://hospital.example.org/mrn|A12345`.
  public var changeTexts: [String] {
    var parts: [String] = []
    if let born { parts.append(tr("born %s", Language.current.numericDate(born))) }
    if let sex { parts.append(tr("sex %s", sex.title)) }
    if !identifiers.isEmpty {
      let listed = identifiers.map(\.description).joined(separator: ", ")
      parts.append(
        identifiers.count == 1 ? tr("identifier %s", listed) : tr("identifiers %s", listed))
    }
    return parts
  }

  /// Why a detail was refused; the message names what is accepted.
  public struct Error: Swift.Error, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
  }

  /// The earliest date of birth accepted: a typo guard, as with readings, not a clinical rule.
  public static let earliestBirth =
    LocalDate(year: 1900, month: 1, day: 1) ?? LocalDate(daysSinceEpoch: -25567)

  /// A date of birth typed as `YYYY-MM-DD`, from 1900-01-01 to `today`; `option` names it in the
  /// message (`--born`).
  public static func born(_ text: String, today: LocalDate, option: String = "--born")
    throws(Error) -> LocalDate
  {
    let accepted = tr(
      "give the date of birth as YYYY-MM-DD, from %1$s to %2$s", earliestBirth.description,
      today.description)
    guard let date = LocalDate(parsing: text.trimmingCharacters(in: .whitespaces)) else {
      throw Error(message: tr("%1$s %2$s is not a date: %3$s", option, text, accepted))
    }
    if date > today {
      throw Error(
        message: tr("%1$s %2$s is in the future: %3$s", option, date.description, accepted))
    }
    if date < earliestBirth {
      throw Error(
        message: tr(
          "%1$s %2$s is before %3$s: %4$s", option, date.description,
          earliestBirth.description, accepted))
    }
    return date
  }

  /// The details from what was typed (`--born`, `--sex`, each `--identifier`), all checked
  /// before anything is kept: the first one refused throws, naming the accepted forms.
  public static func parse(
    born: String?, sex: String?, identifiers: [String], today: LocalDate
  ) throws(Error) -> PatientDetails {
    var details = PatientDetails()
    if let born { details.born = try PatientDetails.born(born, today: today) }
    if let sex { details.sex = try PatientSex(parsing: sex) }
    for text in identifiers {
      let identifier = try PatientIdentifier(parsing: text)
      guard !details.identifiers.contains(identifier) else {
        throw Error(message: tr("--identifier %s is given twice: give each number once", text))
      }
      details.identifiers.append(identifier)
    }
    return details
  }
}
