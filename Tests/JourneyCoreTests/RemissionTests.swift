import Testing

@testable import JourneyCore

/// DORIS 2021 and drug-free remission on both sides of each criterion (clinical.md §6.2).
struct RemissionTests {
  static let met = Remission.Assessment(
    clinicalSLEDAI: 0, physicianGlobal: 0.4, prednisoloneMg: 5, immunosuppressants: [])

  struct Row: CustomStringConvertible, Sendable {
    var name: String
    var assessment: Remission.Assessment
    var settings = RemissionSettings()
    /// The one reason expected, or nil when DORIS is met.
    var reason: String?
    var description: String { name }
  }

  static func changed(_ change: (inout Remission.Assessment) -> Void) -> Remission.Assessment {
    var a = met
    change(&a)
    return a
  }

  static let rows: [Row] = [
    Row(name: "all met at the edges: cSLEDAI 0, PGA 0.4, prednisolone 5", assessment: met),
    Row(
      name: "cSLEDAI 1", assessment: changed { $0.clinicalSLEDAI = 1 },
      reason: "clinical SLEDAI 1 > 0"),
    Row(
      name: "PGA 0.5", assessment: changed { $0.physicianGlobal = 0.5 },
      reason: "physician global 0.5 is not below 0.5"),
    Row(
      name: "PGA missing", assessment: changed { $0.physicianGlobal = nil },
      reason: "physician global not recorded"),
    Row(
      name: "prednisolone 5.1", assessment: changed { $0.prednisoloneMg = 5.1 },
      reason: "prednisolone 5.1 mg/day > 5 mg/day"),
    Row(
      name: "prednisolone missing", assessment: changed { $0.prednisoloneMg = nil },
      reason: "prednisolone dose not recorded"),
    Row(
      name: "stable immunosuppressant allowed by DORIS",
      assessment: changed { $0.immunosuppressants = ["hydroxychloroquine"] }),
    Row(
      name: "cut-off < 5 (centre reads the statement table): 5 fails", assessment: met,
      settings: RemissionSettings(prednisoloneMaxMg: 4.9, physicianGlobalBelow: 0.5),
      reason: "prednisolone 5 mg/day > 4.9 mg/day"),
    Row(
      name: "cut-off 4.9: 4.9 meets",
      assessment: changed { $0.prednisoloneMg = 4.9 },
      settings: RemissionSettings(prednisoloneMaxMg: 4.9, physicianGlobalBelow: 0.5)),
    Row(
      name: "cut-off 7.5: 7.5 meets", assessment: changed { $0.prednisoloneMg = 7.5 },
      settings: RemissionSettings(prednisoloneMaxMg: 7.5, physicianGlobalBelow: 0.5)),
    Row(
      name: "cut-off 7.5: 7.6 fails", assessment: changed { $0.prednisoloneMg = 7.6 },
      settings: RemissionSettings(prednisoloneMaxMg: 7.5, physicianGlobalBelow: 0.5),
      reason: "prednisolone 7.6 mg/day > 7.5 mg/day"),
    Row(
      name: "PGA cut-off 0.4: 0.4 fails", assessment: met,
      settings: RemissionSettings(prednisoloneMaxMg: 5, physicianGlobalBelow: 0.4),
      reason: "physician global 0.4 is not below 0.4"),
  ]

  @Test("DORIS 2021", arguments: rows)
  func doris(_ row: Row) {
    let result = Remission.doris(row.assessment, settings: row.settings)
    #expect(result.reasons.count == (row.reason == nil ? 0 : 1), "\(result.reasons)")
    if let reason = row.reason {
      #expect(result.reasons.first?.hasPrefix(reason) == true, "\(result.reasons)")
    }
    #expect(result.isMet == (row.reason == nil))
  }

  @Test("every failed criterion gives its own reason")
  func allReasons() {
    let a = Remission.Assessment(
      clinicalSLEDAI: 4, physicianGlobal: 1, prednisoloneMg: 10, immunosuppressants: ["MMF"])
    #expect(
      Remission.doris(a, settings: RemissionSettings()).reasons == [
        "clinical SLEDAI 4 > 0", "physician global 1 is not below 0.5",
        "prednisolone 10 mg/day > 5 mg/day",
      ])
    #expect(Remission.drugFree(a, settings: RemissionSettings()).reasons.count == 4)
  }

  @Test(
    "drug-free: DORIS and no immunosuppressant and no prednisolone",
    arguments: [
      (0.0, [String](), nil as String?),
      (0, ["mycophenolate"], "on mycophenolate"),
      (2.5, [], "prednisolone 2.5 mg/day (drug-free means none)"),
    ])
  func drugFree(_ mg: Double, _ drugs: [String], _ reason: String?) {
    let a = Remission.Assessment(
      clinicalSLEDAI: 0, physicianGlobal: 0, prednisoloneMg: mg, immunosuppressants: drugs)
    #expect(Remission.doris(a, settings: RemissionSettings()).isMet)
    #expect(
      Remission.drugFree(a, settings: RemissionSettings()).reasons == (reason.map { [$0] } ?? []))
  }

  /// Drug-free remission and antimalarials: allowed by default (every DORIS remission allows
  /// them, clinical.md §10.2), counted when the protocol says so.
  @Test(
    arguments: [
      (["hydroxychloroquine"], true, nil),
      (["Hydroxychloroquine 200 mg"], true, nil),
      (
        ["hydroxychloroquine"], false,
        "on hydroxychloroquine (this protocol's drug-free remission allows no antimalarial)"
      ),
      (["mycophenolate"], true, "on mycophenolate"),
      (["hydroxychloroquine", "belimumab"], true, "on belimumab"),
      ([] as [String], false, nil),
    ] as [([String], Bool, String?)])
  func antimalarialsInDrugFreeRemission(_ drugs: [String], _ allowed: Bool, _ reason: String?) {
    var settings = RedFlagsTests.care.remission
    settings.drugFreeAllowsAntimalarials = allowed
    let a = Self.changed {
      $0.prednisoloneMg = 0
      $0.immunosuppressants = drugs
    }
    #expect(Remission.doris(a, settings: settings).isMet)
    #expect(Remission.drugFree(a, settings: settings).reasons == (reason.map { [$0] } ?? []))
  }
}
