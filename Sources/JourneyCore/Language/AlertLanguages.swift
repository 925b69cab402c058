/// The languages an alert speaks: the patient's first, and the care team's below it when it
/// differs, so the nurse at the bedside reads the same instruction the patient was given.
public struct AlertLanguages: Equatable, Sendable {
  public var patient: Language
  public var team: Language

  public init(patient: Language, team: Language) {
    self.patient = patient
    self.team = team
  }

  /// Everything in English.
  public static let english = AlertLanguages(patient: .english, team: .english)

  /// The languages to show, the patient's first: one, or two when they differ.
  public var shown: [Language] { patient == team ? [patient] : [patient, team] }
}
