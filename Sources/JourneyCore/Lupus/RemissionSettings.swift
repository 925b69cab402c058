/// The cut-offs and medicine lists for DORIS 2021 and drug-free remission, from the protocol's
/// `[remission]` table.
///
/// DORIS prints both "≤ 5 mg/day" (abstract) and "< 5 mg/day" (statement table), so the
/// prednisolone cut-off is the centre's to set; the default is at or below 5 mg/day. The limit
/// is prednisolone-equivalent: every systemic glucocorticoid taken is converted by its factor
/// and added (clinical.md §10.1).
public struct RemissionSettings: Equatable, Sendable {
  /// A glucocorticoid and its prednisolone equivalence: mg × `factor` = mg prednisolone.
  public struct Glucocorticoid: Equatable, Sendable {
    public var name: String
    public var factor: Double

    public init(name: String, factor: Double) {
      self.name = name
      self.factor = factor
    }
  }

  /// Prednisolone (or equivalent) at or below this, mg/day, meets DORIS.
  public var prednisoloneMaxMg: Double
  /// A physician global assessment (0–3) below this meets DORIS.
  public var physicianGlobalBelow: Double
  /// Glucocorticoids with their prednisolone factor (prednisone 1, methylprednisolone 1.25, …).
  public var glucocorticoids: [Glucocorticoid]
  /// Glucocorticoids the protocol gives no factor for: taking one leaves the dose unknown, so
  /// remission is not judged from it.
  public var glucocorticoidsWithoutFactor: [String]
  /// Words that mark a medicine as not systemic (`inhaler`, `cream`): left out of the sum.
  public var notSystemic: [String]
  /// Antimalarials (hydroxychloroquine): allowed in every DORIS remission.
  public var antimalarials: [String]
  /// Whether drug-free remission allows antimalarials (the DORIS framework does; some CAR-T
  /// trials do not).
  public var drugFreeAllowsAntimalarials: Bool

  public init(
    prednisoloneMaxMg: Double = 5, physicianGlobalBelow: Double = 0.5,
    glucocorticoids: [Glucocorticoid] = [
      Glucocorticoid(name: "prednisone", factor: 1),
      Glucocorticoid(name: "prednisolone", factor: 1),
    ],
    glucocorticoidsWithoutFactor: [String] = [], notSystemic: [String] = [],
    antimalarials: [String] = [], drugFreeAllowsAntimalarials: Bool = true
  ) {
    self.prednisoloneMaxMg = prednisoloneMaxMg
    self.physicianGlobalBelow = physicianGlobalBelow
    self.glucocorticoids = glucocorticoids
    self.glucocorticoidsWithoutFactor = glucocorticoidsWithoutFactor
    self.notSystemic = notSystemic
    self.antimalarials = antimalarials
    self.drugFreeAllowsAntimalarials = drugFreeAllowsAntimalarials
  }

  /// The first word of a medicine's name, lowercased: `Prednisolone (Decortin)` → `prednisolone`.
  static func word(_ name: String) -> String {
    String(MedicationList.key(name).prefix { $0.isLetter })
  }

  /// The prednisolone factor of a medicine, nil when it is not a glucocorticoid the protocol
  /// converts.
  public func factor(of name: String) -> Double? {
    let word = RemissionSettings.word(name)
    return glucocorticoids.first { $0.name.lowercased() == word }?.factor
  }

  /// Whether a medicine is a glucocorticoid (converted or not) taken systemically.
  public func isSystemicGlucocorticoid(_ name: String, dose: String?) -> Bool {
    let word = RemissionSettings.word(name)
    let known =
      factor(of: name) != nil || glucocorticoidsWithoutFactor.contains { $0.lowercased() == word }
    let text = MedicationList.key(name + " " + (dose ?? ""))
    return known && !notSystemic.contains { text.contains($0.lowercased()) }
  }

  /// Whether a medicine is an antimalarial (`Hydroxychloroquine 200 mg`).
  public func isAntimalarial(_ name: String) -> Bool {
    let word = RemissionSettings.word(name)
    return antimalarials.contains { $0.lowercased() == word }
  }
}
