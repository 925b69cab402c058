import Testing

@testable import JourneyCore

/// SLEDAI-2K weights and totals, from the table in clinical.md §6.1.
struct SLEDAI2KTests {
  /// clinical.md §6.1, row by row.
  static let published: [(String, Int)] = [
    ("seizure", 8), ("psychosis", 8), ("organic-brain-syndrome", 8), ("visual-disturbance", 8),
    ("cranial-nerve", 8), ("lupus-headache", 8), ("cva", 8), ("vasculitis", 8),
    ("arthritis", 4), ("myositis", 4), ("urinary-casts", 4), ("haematuria", 4),
    ("proteinuria", 4), ("pyuria", 4), ("rash", 2), ("alopecia", 2), ("mucosal-ulcers", 2),
    ("pleurisy", 2), ("pericarditis", 2), ("low-complement", 2), ("increased-dna-binding", 2),
    ("fever", 1), ("thrombocytopenia", 1), ("leukopenia", 1),
  ]

  @Test("each of the 24 descriptors scores its published weight alone", arguments: published)
  func weight(_ id: String, _ weight: Int) throws {
    let score = try SLEDAI2K.score([id])
    #expect(score.total == weight)
    let serology = id == "low-complement" || id == "increased-dna-binding"
    #expect(score.clinical == (serology ? 0 : weight))
  }

  @Test("exactly the 24 published descriptors, in the published order")
  func allDescriptors() {
    #expect(SLEDAI2K.descriptors.map(\.id) == SLEDAI2KTests.published.map(\.0))
    #expect(
      SLEDAI2K.descriptors.filter(\.isSerology).map(\.id) == [
        "low-complement", "increased-dna-binding",
      ])
  }

  struct Case: CustomStringConvertible, Sendable {
    var name: String
    var present: [String]
    var total: Int
    var clinical: Int
    var description: String { name }
  }

  static let cases: [Case] = [
    Case(name: "nothing present", present: [], total: 0, clinical: 0),
    Case(
      name: "serology only (low complement, anti-dsDNA up)",
      present: ["low-complement", "increased-dna-binding"], total: 4, clinical: 0),
    Case(
      name: "lupus nephritis flare", present: ["proteinuria", "haematuria", "low-complement"],
      total: 10, clinical: 8),
    Case(
      name: "skin and joints", present: ["Rash", "arthritis", "mucosal ulcers", "alopecia"],
      total: 10, clinical: 10),
    Case(
      name: "neuropsychiatric with fever", present: ["seizure", "psychosis", "fever"], total: 17,
      clinical: 17),
    Case(
      name: "counts and serositis",
      present: ["thrombocytopenia", "leukopenia", "pleurisy", "pericarditis"], total: 6,
      clinical: 6),
    Case(
      name: "every descriptor: 8×8 + 6×4 + 7×2 + 3×1", present: published.map(\.0), total: 105,
      clinical: 101),
  ]

  @Test("totals and clinical SLEDAI (total − serology)", arguments: cases)
  func totals(_ row: Case) throws {
    let score = try SLEDAI2K.score(row.present)
    #expect(score.total == row.total)
    #expect(score.clinical == row.clinical)
    #expect(score.total <= SLEDAI2K.maximum)
  }

  @Test(
    "refused: unknown descriptors (with the closest) and one given twice",
    arguments: [
      (["arthritus"], "did you mean: arthritis"), (["headache"], "not a SLEDAI-2K descriptor"),
      (["low-complement", "Low complement"], "low-complement is given twice"),
      (["anti-dsdna"], "not a SLEDAI-2K descriptor"),
    ])
  func refused(_ names: [String], _ says: String) {
    #expect {
      try SLEDAI2K.score(names)
    } throws: { error in
      "\(error)".contains(says)
    }
  }
}
