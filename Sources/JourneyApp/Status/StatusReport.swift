import JourneyCore

/// What `status --json` prints.
public struct StatusReport: Encodable {
  var patient: String
  var protocolID: String
  var phase: Phase
  @NullWhenAbsent var phaseSince: LocalDate?
  @NullWhenAbsent var day: Int?
  @NullWhenAbsent var dayLabel: String?
  var label: String
  @NullWhenAbsent var dayZero: LocalDate?
  var dayZeroIsPlanned: Bool
  @NullWhenAbsent var teamPhone: String?
  @NullWhenAbsent var emergencyNumber: String?
  /// What needs fixing before alerts can do their job (no team phone recorded).
  var warnings: [String]
  var alerts: [AlertReport]
  var milestones: [MilestoneReport]
  /// Milestones from before the journey was recorded in CareJourney, not signed.
  var notRecorded: Int
  var unreadableLines: Int
  /// Journey events the rules refused (two computers that moved the journey on differently
  /// while apart): for the nurse to resolve.
  var conflicts: [String]
  /// Sync tools' conflict copies (paths in the data folder), read and merged by id with the
  /// files they copy: kept, since they may hold lines no other file has.
  var conflictCopies: [String]
  /// Set when the journey's own protocol is not in use (its protocol.toml is missing or cannot
  /// be read): the alerts above follow the built-in rules only.
  @NullWhenAbsent var protocolWarning: String?

  enum CodingKeys: String, CodingKey {
    case patient, phase, phaseSince, day, dayLabel, label, dayZero, dayZeroIsPlanned, teamPhone
    case emergencyNumber, warnings, alerts, milestones, notRecorded, unreadableLines, conflicts
    case conflictCopies, protocolWarning
    case protocolID = "protocol"
  }

}
