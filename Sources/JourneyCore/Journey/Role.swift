/// Who uses CareJourney; decides the first screen and what may be signed.
public enum Role: String, Codable, Sendable, CaseIterable {
  case patient
  case caregiver
  case nurse

  /// The role as people read it, in ``Language/current``: `nurse`, `Pflegekraft`. Files and the
  /// command line keep ``rawValue``.
  public var title: String {
    switch self {
    case .patient: tr("patient", context: "role")
    case .caregiver: tr("caregiver", context: "role")
    case .nurse: tr("nurse", context: "role")
    }
  }
}
