import Foundation
import Testing

/// The follow-up through the built binary: lab alerts at a visit, the prednisolone dose from
/// the medication list, the demo's taper and remission, and visits due for years.
@Suite struct FollowUpTests {
  static let callToday = [
    "-------- ! CALL TODAY --------",
    "IgG at or below 400 mg/dL (4 g/L) at a visit.",
    "Seen: IgG 400 mg/dL at 09:00 on 2026-11-22 (Day +183 · Month 6).",
    "Call your CAR-T team today on +49 9131 85-33010.",
  ]

  @Test(
    "visit prints a lab red flag at once, with whom to call and the number; a normal visit none",
    arguments: [
      (["--lab", "igg=400"], callToday),
      (["--lab", "igg=4g/L", "--lab", "neutrophils=2500"], callToday),
      (["--lab", "igg=401"], []),
      (["--lab", "igg=6.2g/L", "--lab", "neutrophils=2500", "--lab", "upcr=0.15"], []),
      // Judged against the demo's earlier visits: UPCR was 0.15 g/g at Month 6. A rise that
      // matters (double, and 0.5 g/g more) calls; a small one does not.
      (["--lab", "upcr=0.2"], []),
      (
        ["--lab", "upcr=0.7"],
        [
          "-------- ! CALL TODAY --------",
          "Urine protein/creatinine ratio at least double the previous visit's and 0.5 g/g or more above it.",
          "Seen: Urine protein/creatinine ratio 0.7 g/g (previous 0.15 g/g) at 09:00 on 2026-11-22 (Day +183 · Month 6).",
          "Call your CAR-T team today on +49 9131 85-33010.",
        ]
      ),
    ])
  func visitAlerts(_ arguments: [String], _ alert: [String]) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    let lines = try cli.ok(["visit"] + arguments).split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .map(String.init)
    #expect(lines.first?.hasPrefix("Saved ") == true)
    #expect(Array(lines.dropFirst().drop { $0.isEmpty }.prefix { !$0.isEmpty }) == alert)
    // What was seen and whom to call; never what it might mean.
    let words = lines.joined(separator: " ").lowercased()
    for cause in ["infection", "flare", "licats", "nephritis", "hypogammaglobulin", "lupus"] {
      #expect(!words.contains(cause), "\(cause)")
    }
    // The same visit a day earlier, as JSON: judged against what came before that day.
    let json = try #require(
      try cli.json(["visit", "--on", "2026-11-21"] + arguments + ["--json"]) as? [String: Any])
    let alerts = try #require(json["alerts"] as? [[String: Any]])
    #expect(alerts.map { $0["action"] as? String } == (alert.isEmpty ? [] : [alert[3]]))
  }

  @Test(
    "sledai without --prednisolone takes today's dose from the medication list",
    arguments: [
      (
        [], "Prednisolone-equivalent 0 mg/day (none in the medication list)",
        "DORIS 2021 remission met"
      ),
      (
        [["med", "start", "prednisolone", "--dose", "7.5 mg/day"]],
        "Prednisolone-equivalent 7.5 mg/day (medication list: prednisolone 7.5 mg/day since 2026-11-22)",
        "DORIS 2021 remission not met: prednisolone 7.5 mg/day > 5 mg/day"
      ),
      (
        [["med", "start", "prednisolone", "--dose", "5 mg twice daily"]],
        "Prednisolone-equivalent not known (medication list: prednisolone \"5 mg twice daily\" is not N mg/day)",
        "DORIS 2021 remission not met: prednisolone dose not recorded (must be at most 5 mg/day)"
      ),
      // Issue #14: methylprednisolone 16 mg/day is 20 mg prednisolone, not 0.
      (
        [["med", "start", "methylprednisolone", "--dose", "16 mg/day"]],
        "Prednisolone-equivalent 20 mg/day (medication list: methylprednisolone 16 mg/day = 20 mg prednisolone since 2026-11-22)",
        "DORIS 2021 remission not met: prednisolone 20 mg/day > 5 mg/day"
      ),
      // ... and prednisone 20 mg beside prednisolone 4 mg is 24 mg, not 4.
      (
        [
          ["med", "start", "prednisone", "--dose", "20 mg/day"],
          ["med", "start", "prednisolone", "--dose", "4 mg/day"],
        ],
        "Prednisolone-equivalent 24 mg/day (medication list: prednisolone 4 mg/day since 2026-11-22; prednisone 20 mg/day since 2026-11-22)",
        "DORIS 2021 remission not met: prednisolone 24 mg/day > 5 mg/day"
      ),
    ] as [([[String]], String, String)])
  func sledaiTakesTheListedDose(_ before: [[String]], _ dose: String, _ doris: String) throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    for command in before { try cli.ok(command) }
    let out = try cli.ok(["sledai", "--pga", "0.1"])
    #expect(out.contains(dose + "\n"), "\(out)")
    #expect(out.contains(doris + "\n"), "\(out)")
    // Given on the command line, the dose is the one typed.
    let given = try cli.ok(["sledai", "--pga", "0.1", "--prednisolone", "2"])
    #expect(!given.contains("Prednisolone "))
  }

  /// What `med list --on DATE` says of the demo on each day.
  static let demoMedicines: [(String, [String])] = [
    (
      "2026-03-08",
      ["On 2026-03-08 (Day −76) no medicines were being taken (none started with `med start`)"]
    ),
    (
      "2026-03-09",
      [
        "On 2026-03-09 (Day −75):", "  hydroxychloroquine 200 mg/day — since 2026-03-09",
        "  mycophenolate 1 g twice daily — since 2026-03-09",
        "  prednisone 10 mg/day — since 2026-03-09",
      ]
    ),
    (
      "2026-04-03",
      [
        "On 2026-04-03 (Day −50):", "  hydroxychloroquine 200 mg/day — since 2026-03-09",
        "  methylprednisolone 8 mg/day — since 2026-04-03",
        "  prednisone 10 mg/day — since 2026-03-09",
      ]
    ),
    (
      "2026-05-23",
      [
        "On 2026-05-23 (Day 0):", "  co-trimoxazole 960 mg three times a week — since 2026-05-23",
        "  hydroxychloroquine 200 mg/day — since 2026-03-09",
        "  prednisone 10 mg/day — since 2026-03-09",
        "  valaciclovir 500 mg twice daily — since 2026-05-23",
      ]
    ),
    (
      "2026-08-21",
      [
        "On 2026-08-21 (Day +90 · Month 3):",
        "  co-trimoxazole 960 mg three times a week — since 2026-05-23",
        "  hydroxychloroquine 200 mg/day — since 2026-03-09",
        "  prednisone 2.5 mg/day — since 2026-03-09, this dose since 2026-08-21",
        "  valaciclovir 500 mg twice daily — since 2026-05-23",
      ]
    ),
    (
      "2026-11-22",
      ["On 2026-11-22 (Day +183 · Month 6):", "  hydroxychloroquine 200 mg/day — since 2026-03-09"]
    ),
  ]

  @Test("the demo: what was taken on any day, and the taper and remission in the timeline")
  func demoMedicinesAndRemission() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    for (date, expected) in Self.demoMedicines {
      let out = try cli.ok(["med", "list", "--on", date])
      #expect(out.split(separator: "\n").map(String.init) == expected)
    }
    // Remission at each protocol visit, with the reason when it is not met.
    let timeline = try cli.ok(["timeline", "--from", "2026-06-01"])
    for text in [
      "Prednisone dose now 7.5 mg/day — taper", "Prednisone dose now 2.5 mg/day — taper",
      "Stopped prednisone — taper finished",
      "SLEDAI-2K 2 (clinical 0) · DORIS not met: physician global 0.6 is not below 0.5",
      "SLEDAI-2K 0 (clinical 0) · DORIS met · drug-free remission met",
    ] {
      #expect(timeline.contains(text), "\(text)")
    }
    // The one dose logged, the paracetamol of Day +5, is before June.
    #expect(!timeline.contains("Medication: "))
  }

  /// The follow-up visits by `milestones --today`: Year 3 (Month 9 to 33 missed, Month 36 due
  /// today, Month 39 next) and Year 10.
  static let years: [(String, [String])] = [
    (
      "2029-05-07",
      ["m3 done", "m6 done"] + stride(from: 9, through: 33, by: 3).map { "m\($0) overdue" } + [
        "m36 due", "m39 upcoming",
      ]
    ),
    (
      "2036-05-20",
      ["m3 done", "m6 done"] + stride(from: 9, through: 120, by: 3).map { "m\($0) overdue" } + [
        "m123 upcoming"
      ]
    ),
  ]

  @Test("follow-up visits keep coming every 3 months for years; the missed ones are overdue")
  func visitsForYears() throws {
    let cli = try CLIHarness()
    defer { cli.cleanUp() }
    try cli.prepare([["demo"]])
    for (today, expected) in Self.years {
      let rows = try #require(
        try cli.json(["milestones", "--today", today, "--json"]) as? [[String: Any]])
      let visits = rows.compactMap { row -> String? in
        guard let id = row["id"] as? String, id.hasPrefix("follow-up-visit-") else { return nil }
        return "\(id.dropFirst("follow-up-visit-".count)) \(row["status"] as? String ?? "")"
      }
      #expect(visits == expected, "\(today)")
    }
    let plain = try cli.ok(["milestones", "--today", "2029-05-07"])
    #expect(plain.contains("  OVERDUE  2029-02-06 Day +990  follow-up-visit-m33  Follow-up visit:"))
    #expect(plain.contains("  DUE      2029-05-07 Day +1080 follow-up-visit-m36  Follow-up visit:"))
  }
}
