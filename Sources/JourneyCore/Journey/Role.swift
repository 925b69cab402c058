/// Who uses CareJourney; decides the first screen and what may be signed.
public enum Role: String, Codable, Sendable, CaseIterable {
  case patient
  case caregiver
  case nurse
}
