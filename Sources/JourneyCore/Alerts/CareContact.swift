/// Whom an alert tells the patient to call: the CAR-T team's number, when the journey has one,
/// and the emergency number for when the team cannot be reached (the journey's own setting,
/// else the protocol's default region).
public struct CareContact: Equatable, Sendable {
  public var teamPhone: String?
  /// Nil only when neither the journey nor its protocol gives one; alerts then say "your local
  /// emergency number".
  public var emergencyNumber: String?

  public init(teamPhone: String?, emergencyNumber: String?) {
    self.teamPhone = teamPhone
    self.emergencyNumber = emergencyNumber
  }

  /// The journey's numbers, with the protocol's default emergency number when it set none.
  public init(journey: Journey, protocol care: CareProtocol) {
    self.init(
      teamPhone: journey.teamPhone,
      emergencyNumber: journey.emergencyNumber ?? care.emergency.defaultNumber)
  }

  /// `112`, or words when no number is known.
  public var emergencyText: String { emergencyText(in: .english) }

  /// `112`, or "your local emergency number" in `language`.
  public func emergencyText(in language: Language) -> String {
    emergencyNumber ?? Catalog.text(.localEmergencyNumber, in: language)
  }

  /// The numbers an alert names (the team's, the emergency number): each is read whole, so a
  /// screen never splits one across lines.
  public var numbers: [String] { [teamPhone, emergencyNumber].compactMap { $0 } }

  /// The warning shown on every screen and in `status` while no team number is recorded, in
  /// ``Language/current``.
  public static var noTeamPhoneWarning: String {
    Catalog.text(.noTeamPhone, in: Language.current)
  }
}
