/// Remission at a visit: DORIS 2021 (van Vollenhoven et al., Lupus Sci Med 2021) and the
/// drug-free remission CAR-T trials add (clinical.md §6.2).
///
/// DORIS: clinical SLEDAI 0, physician global assessment below the cut-off (0–3 scale),
/// prednisolone at or below the cut-off, stable antimalarials, immunosuppressives and biologics
/// allowed, serology ignored. Drug-free: DORIS and no immunosuppressant at all. The cut-offs come
/// from the protocol's `[remission]`.
public enum Remission {
  /// What was assessed at a visit.
  public struct Assessment: Equatable, Sendable {
    /// The clinical SLEDAI-2K (total without serology).
    public var clinicalSLEDAI: Int
    /// Physician global assessment, 0–3; nil when not recorded.
    public var physicianGlobal: Double?
    /// Prednisolone (or equivalent) mg/day; nil when not recorded.
    public var prednisoloneMg: Double?
    /// Immunosuppressants, antimalarials or biologics taken (names as written).
    public var immunosuppressants: [String]

    public init(
      clinicalSLEDAI: Int, physicianGlobal: Double?, prednisoloneMg: Double?,
      immunosuppressants: [String]
    ) {
      self.clinicalSLEDAI = clinicalSLEDAI
      self.physicianGlobal = physicianGlobal
      self.prednisoloneMg = prednisoloneMg
      self.immunosuppressants = immunosuppressants
    }
  }

  /// The physician global assessment's scale.
  public static let physicianGlobalRange: ClosedRange<Double> = 0...3
  /// Prednisolone doses taken as typed (mg/day); outside is a typo, not a clinical limit.
  public static let plausiblePrednisoloneMg: ClosedRange<Double> = 0...1000

  /// Met, or not met with one reason per failed criterion.
  public struct Result: Equatable, Sendable {
    public var reasons: [String]
    public var isMet: Bool { reasons.isEmpty }
  }

  /// DORIS 2021. A missing PGA or prednisolone dose is a failed criterion: remission is never
  /// assumed from what was not recorded.
  public static func doris(_ a: Assessment, settings: RemissionSettings) -> Result {
    var reasons: [String] = []
    let number = { (value: Double) in Language.current.number(LabDefinition.format(value)) }
    if a.clinicalSLEDAI > 0 {
      reasons.append(tr("clinical SLEDAI %s > 0", String(a.clinicalSLEDAI)))
    }
    let pgaCut = number(settings.physicianGlobalBelow)
    if let pga = a.physicianGlobal {
      if pga >= settings.physicianGlobalBelow {
        reasons.append(tr("physician global %1$s is not below %2$s", number(pga), pgaCut))
      }
    } else {
      reasons.append(tr("physician global not recorded (must be below %s)", pgaCut))
    }
    let mgCut = number(settings.prednisoloneMaxMg)
    if let mg = a.prednisoloneMg {
      if mg > settings.prednisoloneMaxMg {
        reasons.append(tr("prednisolone %1$s mg/day > %2$s mg/day", number(mg), mgCut))
      }
    } else {
      reasons.append(tr("prednisolone dose not recorded (must be at most %s mg/day)", mgCut))
    }
    return Result(reasons: reasons)
  }

  /// Drug-free remission: DORIS met, no immunosuppressant taken and no prednisolone
  /// ("no IS at all", clinical.md §6.2; glucocorticoids count as immunosuppression there).
  /// Antimalarials (hydroxychloroquine) are allowed when the protocol says so, as in every DORIS
  /// remission definition (clinical.md §10.2); some trials count them.
  public static func drugFree(_ a: Assessment, settings: RemissionSettings) -> Result {
    var reasons = doris(a, settings: settings).reasons
    // Above the DORIS cut-off the dose is already a reason; say it once.
    if let mg = a.prednisoloneMg, mg > 0, mg <= settings.prednisoloneMaxMg {
      let dose = Language.current.number(LabDefinition.format(mg))
      reasons.append(tr("prednisolone %s mg/day (drug-free means none)", dose))
    }
    let allowed = settings.drugFreeAllowsAntimalarials
    let counted = a.immunosuppressants.filter { !(allowed && settings.isAntimalarial($0)) }
    if !counted.isEmpty {
      let antimalarial = counted.contains(where: settings.isAntimalarial)
      let names = counted.joined(separator: ", ")
      reasons.append(
        antimalarial
          ? tr("on %s (this protocol's drug-free remission allows no antimalarial)", names)
          : tr("on %s", names, context: "medicines taken"))
    }
    return Result(reasons: reasons)
  }
}
