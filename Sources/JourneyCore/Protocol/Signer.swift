/// Who may sign a milestone off.
public enum Signer: String, Codable, Sendable, CaseIterable {
  /// Only someone working with `--role nurse`.
  case nurse
  /// The patient, the caregiver or the nurse.
  case anyone
}
