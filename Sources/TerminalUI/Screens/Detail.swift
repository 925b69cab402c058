import JourneyCore

/// What Enter opened over the Timeline or Milestones: one row made whole (its text wrapped,
/// when it happened and when it was written, by whom, the alert it raised, its correction).
public enum Detail: Equatable, Sendable {
  /// A Timeline row: a logged entry or a journey event.
  case line(TimelineItem)
  /// A milestone, with its signature when signed.
  case milestone(Milestone)

  /// The id a correction points at: the entry or event, or the milestone's signature.
  var target: String? {
    switch self {
    case .line(let item): item.id
    case .milestone(let milestone): milestone.signature?.eventID
    }
  }
}
