import JourneyCore

/// One milestone in JSON output.
public struct MilestoneReport: Encodable {
  var id: String
  var title: String
  var phase: Phase
  @NullWhenAbsent var due: LocalDate?
  var status: MilestoneStatus
  var signer: Signer
  @NullWhenAbsent var signedBy: Author?
  @NullWhenAbsent var signedOn: LocalDate?

  public init(_ milestone: Milestone) {
    id = milestone.id
    title = milestone.title
    phase = milestone.phase
    due = milestone.due
    status = milestone.status
    signer = milestone.rule.signer
    signedBy = milestone.signature?.author
    signedOn = milestone.signature?.on
  }
}
