/// A phase of the CAR-T journey, in the order a patient normally goes through them.
///
/// The raw values are the words used in files and on the command line (`hospital-stay`).
public enum Phase: String, CaseIterable, Codable, Sendable, Comparable {
  case screening
  case leukapheresis
  case manufacturing
  case lymphodepletion
  case infusion
  case hospitalStay = "hospital-stay"
  case postDischarge = "post-discharge"
  case followUp = "follow-up"
  case completed
  case withdrawn

  /// The phase name as people read it, in ``Language/current``: `Hospital stay`.
  public var title: String {
    switch self {
    case .screening: tr("Screening", context: "phase")
    case .leukapheresis: tr("Leukapheresis", context: "phase")
    case .manufacturing: tr("Manufacturing", context: "phase")
    case .lymphodepletion: tr("Lymphodepletion", context: "phase")
    case .infusion: tr("Infusion", context: "phase")
    case .hospitalStay: tr("Hospital stay", context: "phase")
    case .postDischarge: tr("Post-discharge", context: "phase")
    case .followUp: tr("Follow-up", context: "phase")
    case .completed: tr("Completed", context: "phase")
    case .withdrawn: tr("Withdrawn", context: "phase")
    }
  }

  /// ``title`` as it reads inside a sentence (`Entered hospital stay`): lowercase, except in
  /// German, whose nouns keep their capital.
  public var titleInSentence: String {
    Language.current == .german ? title : title.lowercased()
  }

  /// `completed` and `withdrawn` end the journey: nothing follows them.
  public var isEnd: Bool { self == .completed || self == .withdrawn }

  /// Position on the normal path; used only to order phases for display.
  var order: Int { Phase.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.order < rhs.order }

  /// Parses a phase name as typed: `hospital-stay`, `Hospital stay`, `hospital_stay`.
  public init?(typed text: String) {
    let key = text.lowercased()
      .replacingOccurrences(of: " ", with: "-")
      .replacingOccurrences(of: "_", with: "-")
    guard let phase = Phase(rawValue: key) else { return nil }
    self = phase
  }
}
