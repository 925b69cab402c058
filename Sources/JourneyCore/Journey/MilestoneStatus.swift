/// Where a milestone stands on a given day.
public enum MilestoneStatus: String, Codable, Sendable, CaseIterable {
  /// Signed off.
  case done
  /// Due today.
  case due
  /// Past its due date and not signed.
  case overdue
  /// Due later, or its date is not known yet.
  case upcoming
  /// Fell before the journey was recorded in CareJourney (or in a phase passed before it, whose
  /// date was not entered) and was not signed: done elsewhere, or not known. Never overdue.
  case notRecorded = "not-recorded"
  /// A conditional milestone (`applies-if`) marked as not applying to this patient.
  case notApplicable = "not-applicable"
}
