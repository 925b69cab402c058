/// One allowed move between phases.
public struct PhaseTransition: Equatable, Sendable {
  /// Why a move that is not the normal next step is taken; each needs a reason on record.
  public enum Kind: String, Sendable {
    /// The next phase on the normal path.
    case normal
    /// Manufacturing failed: collect the cells again.
    case recollection
    /// Back to hospital after discharge.
    case readmission
    /// The patient leaves the journey (any phase but the ends).
    case withdrawal

    /// The kind as people read it, in ``Language/current``: `readmission`.
    public var title: String {
      switch self {
      case .normal: tr("normal", context: "transition")
      case .recollection: tr("recollection", context: "transition")
      case .readmission: tr("readmission", context: "transition")
      case .withdrawal: tr("withdrawal", context: "transition")
      }
    }
  }

  public let from: Phase
  public let to: Phase
  public let kind: Kind

  /// Exceptional paths must be explained: who decided and why goes on record.
  public var requiresReason: Bool { kind != .normal }
}

extension PhaseTransition {
  /// Every allowed transition, in one table.
  ///
  /// The help screen, the command line's error messages and the tests all read this table;
  /// nothing else decides what may follow what.
  public static let table: [PhaseTransition] = {
    let path: [Phase] = [
      .screening, .leukapheresis, .manufacturing, .lymphodepletion, .infusion,
      .hospitalStay, .postDischarge, .followUp, .completed,
    ]
    var rows: [PhaseTransition] = []
    for (from, to) in zip(path, path.dropFirst()) {
      rows.append(PhaseTransition(from: from, to: to, kind: .normal))
    }
    rows.append(PhaseTransition(from: .manufacturing, to: .leukapheresis, kind: .recollection))
    rows.append(PhaseTransition(from: .postDischarge, to: .hospitalStay, kind: .readmission))
    rows.append(PhaseTransition(from: .followUp, to: .hospitalStay, kind: .readmission))
    for phase in Phase.allCases where !phase.isEnd {
      rows.append(PhaseTransition(from: phase, to: .withdrawn, kind: .withdrawal))
    }
    return rows
  }()

  /// The transition from `from` to `to`, or nil when the table does not allow it.
  public static func find(from: Phase, to: Phase) -> PhaseTransition? {
    table.first { $0.from == from && $0.to == to }
  }

  /// The phases that may follow `phase`, normal path first.
  public static func allowed(from phase: Phase) -> [PhaseTransition] {
    table.filter { $0.from == phase }
  }
}
