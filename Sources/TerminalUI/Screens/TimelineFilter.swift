import JourneyCore

/// Which timeline rows to show.
public enum TimelineFilter: String, CaseIterable, Sendable {
  case all, fever, symptoms, milestones, alerts

  public var title: String {
    switch self {
    case .all: tr("all", context: "timeline filter")
    case .fever: tr("temperatures", context: "timeline filter")
    case .symptoms: tr("symptoms", context: "timeline filter")
    case .milestones: tr("phases & milestones", context: "timeline filter")
    case .alerts: tr("alerts", context: "timeline filter")
    }
  }
}
