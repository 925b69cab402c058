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

  /// The phase name as people read it: `Hospital stay`.
  public var title: String {
    switch self {
    case .screening: "Screening"
    case .leukapheresis: "Leukapheresis"
    case .manufacturing: "Manufacturing"
    case .lymphodepletion: "Lymphodepletion"
    case .infusion: "Infusion"
    case .hospitalStay: "Hospital stay"
    case .postDischarge: "Post-discharge"
    case .followUp: "Follow-up"
    case .completed: "Completed"
    case .withdrawn: "Withdrawn"
    }
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
