/// Which timeline rows to show.
public enum TimelineFilter: String, CaseIterable, Sendable {
  case all, fever, symptoms, milestones, alerts

  public var title: String {
    switch self {
    case .all: "all"
    case .fever: "temperatures"
    case .symptoms: "symptoms"
    case .milestones: "phases & milestones"
    case .alerts: "alerts"
    }
  }
}
