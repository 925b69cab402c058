import Foundation
import Testing

/// Issue #14 from the command line: units never guessed at a visit, the SLEDAI-2K exclusions
/// after CAR-T, conditional milestones marked not applicable, and the demo showing each new kind.
@Suite struct GuidanceCommandTests {
  /// A journey on Day +2 (infusion planned 2026-11-20), as a nurse.
  static func started() throws -> CLIHarness {
    let cli = try CLIHarness()
    let start = "2026-11-03T09:00:00+01:00"
    try cli.prepare(
      [
        ["init", "--patient", "Maria", "--team-phone", "+49 1"],
        ["plan", "infusion", "2026-11-20"],
      ],
      now: start)
    return cli
  }

  @Test(arguments: [
    ("neutrophils=0.49", "neutrophils=0.49 has no unit, and 0.49 /µL is not plausible"),
    ("cd19-b-cells=0.02", "0.02 x10^9/L would be 20 cells/µL"),
    ("platelets=150000", "plausible range 0–2000 10^9/L; check for a typo or the unit"),
  ])
  func visitRefusesAValueWithoutAUnitThatCouldBeInAnother(_ lab: String, _ reason: String) throws {
    let cli = try Self.started()
    defer { cli.cleanUp() }
    let before = cli.snapshot()
    let result = try cli.run(["visit", "--lab", lab])
    #expect(result.status != 0)
    #expect(result.stderr.contains(reason), "\(result.stderr)")
    #expect(result.stderr.contains("x10^9/L") || lab.hasPrefix("platelets"))
    #expect(cli.snapshot() == before)
    // With the unit it is taken, converted to the protocol's.
    let json = try #require(
      try cli.json(["visit", "--lab", "neutrophils=0.49G/L", "--json"]) as? [String: Any])
    let labs = try #require(json["labs"] as? [[String: Any]])
    #expect(labs.first?["value"] as? Double == 490)
    #expect(labs.first?["typedUnit"] as? String == "G/L")
  }

  /// After CAR-T, fever, cytopenias, seizure and organic brain syndrome count only once their
  /// exclusions are ruled out: `sledai` prints them, and `--record` asks for
  /// `--exclusions-checked`; before treatment it does not.
  @Test func sledaiShowsTheExclusionsAfterCART() throws {
    let cli = try Self.started()
    defer { cli.cleanUp() }
    let nurse = [
      "--role", "nurse", "--name", "Ana Weber", "sledai", "--descriptor", "fever", "--descriptor",
      "leukopenia",
    ]
    let out = try cli.ok(nurse + ["--pga", "0.2", "--prednisolone", "0"])
    #expect(out.contains("Fever counts only if not from an infection; after CAR-T, not CRS."))
    #expect(
      out.contains(
        "Leukopenia counts only if not from drugs: not lymphodepletion (Flu/Cy) or the CAR-T cells (ICAHT)."
      ))
    let before = cli.snapshot()
    let refused = try cli.run(nurse + ["--pga", "0.2", "--prednisolone", "0", "--record"])
    #expect(refused.status != 0)
    #expect(
      refused.stderr.contains(
        "after CAR-T these descriptors count only once their exclusions are ruled out"))
    #expect(refused.stderr.contains("fever: only if not from an infection; after CAR-T, not CRS"))
    #expect(refused.stderr.contains("--exclusions-checked"))
    #expect(cli.snapshot() == before)
    try cli.ok(nurse + ["--pga", "0.2", "--prednisolone", "0", "--record", "--exclusions-checked"])
    let json = try #require(try cli.json(nurse + ["--pga", "0.2", "--json"]) as? [String: Any])
    #expect((json["exclusions"] as? [String: String])?.keys.sorted() == ["fever", "leukopenia"])
    // Before lymphodepletion (Day -5) no confirmation is asked.
    let early = try CLIHarness()
    defer { early.cleanUp() }
    try early.ok(["init", "--patient", "Maria", "--team-phone", "+49 1"])
    try early.ok(["plan", "infusion", "2026-12-20"])
    try early.ok(nurse + ["--pga", "0.2", "--prednisolone", "0", "--record"])
  }

  /// A conditional milestone (only if: lupus with CNS involvement) is marked not applicable by
  /// the nurse; one that applies to everyone cannot be.
  @Test func aConditionalMilestoneIsMarkedNotApplicable() throws {
    let cli = try Self.started()
    defer { cli.cleanUp() }
    let listed = try cli.ok(["milestones"])
    #expect(
      listed.contains(
        "cns-anticonvulsant-prophylaxis  Anticonvulsant prophylaxis started before the infusion (only if: lupus with central nervous system involvement) [nurse]"
      ))
    let patient = try cli.run(["sign", "cns-anticonvulsant-prophylaxis", "--not-applicable"])
    #expect(patient.status != 0)
    #expect(patient.stderr.contains("--role nurse"))
    let everyone = try cli.run([
      "--role", "nurse", "--name", "Ana Weber", "sign", "infusion", "--not-applicable",
    ])
    #expect(everyone.status != 0)
    #expect(
      everyone.stderr.contains(
        "infusion applies to every patient, so it cannot be marked not applicable"))
    let marked = try cli.ok([
      "--role", "nurse", "--name", "Ana", "sign", "cns-anticonvulsant-prophylaxis",
      "--not-applicable", "--note", "no CNS involvement",
    ])
    #expect(marked.hasPrefix("Marked not applicable cns-anticonvulsant-prophylaxis"))
    let rows = try #require(try cli.json(["milestones", "--json"]) as? [[String: Any]])
    let row = try #require(rows.first { $0["id"] as? String == "cns-anticonvulsant-prophylaxis" })
    #expect(row["status"] as? String == "not-applicable")
    #expect(
      try cli.ok(["milestones"]).contains(
        "N/A      2026-11-15 Day −5    cns-anticonvulsant-prophylaxis"))
    let again = try cli.run([
      "--role", "nurse", "--name", "Ana Weber", "sign", "cns-anticonvulsant-prophylaxis",
    ])
    #expect(again.stderr.contains("already marked not applicable by Ana (nurse)"))
    let timeline = try cli.ok(["timeline"])
    #expect(
      timeline.contains(
        "Not applicable: Anticonvulsant prophylaxis started before the infusion — no CNS involvement"
      ))
  }

  /// The demo shows one of each new kind: the new milestones signed or marked not applicable,
  /// the new labs in clinic units, a masked grade, glucocorticoids summed, hydroxychloroquine
  /// allowed in drug-free remission.
  @Test func theDemoShowsEachNewKind() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let rows = try #require(try cli.json(["milestones", "--json"]) as? [[String: Any]])
    func status(_ id: String) -> String? {
      rows.first { $0["id"] as? String == id }?["status"] as? String
    }
    for id in [
      "infection-screening", "washout-proteasome-inhibitors", "washout-natalizumab",
      "washout-dmf-fingolimod", "washout-cladribine", "vaccines-before-treatment",
      "hsv-vzv-prophylaxis", "pjp-prophylaxis", "wallet-card", "no-donation",
      "vaccines-influenza-covid", "prophylaxis-review-m6",
    ] {
      #expect(status(id) == "done", "\(id)")
    }
    for id in [
      "antiviral-prophylaxis-latent", "cns-anticonvulsant-prophylaxis",
      "driving-after-seizure-icans",
    ] {
      #expect(status(id) == "not-applicable", "\(id)")
    }
    #expect(status("vaccines-inactivated") == "due" || status("vaccines-inactivated") == "done")
    #expect(status("vaccines-live") == "upcoming")
    let timeline = try cli.ok(["timeline"])
    for text in [
      "Neutrophils 0.9 x10^9/L (900 /µL, low)", "Platelets 88 G/L (88 10^9/L, low)",
      "Urine protein/creatinine ratio 40 mg/mmol", "Ferritin 620 ng/mL (high)",
      "CD4 count 140 cells/µL (low)", "Troponin I 8 ng/L", "CRS: no ASTCT grade",
      "Started methylprednisolone 8 mg/day", "Started hydroxychloroquine 200 mg/day",
      "DORIS met · drug-free remission met", "Heart rate 114/min", "Sore throat: mild (1/4)",
      "Medication: paracetamol 1 g",
    ] {
      #expect(timeline.contains(text), "\(text)")
    }
  }
}
