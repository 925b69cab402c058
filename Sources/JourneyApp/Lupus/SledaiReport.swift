import JourneyCore

/// What `sledai --json` prints.
public struct SledaiReport: Encodable {
  struct Outcome: Encodable {
    var met: Bool
    var reasons: [String]
  }

  var descriptors: [String]
  var total: Int
  var clinical: Int
  /// As given, or from the medication list; null when neither says.
  @NullWhenAbsent var prednisoloneMg: Double?
  var doris: Outcome
  var drugFree: Outcome
  /// The descriptors given that count only once an exclusion is ruled out, with it.
  var exclusions: [String: String]

  init(
    score: SLEDAI2K.Score, prednisoloneMg: Double?, doris: Remission.Result,
    drugFree: Remission.Result, exclusions: [SLEDAI2K.Descriptor]
  ) {
    descriptors = score.present
    total = score.total
    clinical = score.clinical
    self.prednisoloneMg = prednisoloneMg
    self.doris = Outcome(met: doris.isMet, reasons: doris.reasons)
    self.drugFree = Outcome(met: drugFree.isMet, reasons: drugFree.reasons)
    self.exclusions = Dictionary(
      exclusions.map { ($0.id, $0.exclusion ?? "") }, uniquingKeysWith: { first, _ in first })
  }
}
