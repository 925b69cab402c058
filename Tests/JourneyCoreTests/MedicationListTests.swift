import Testing

@testable import JourneyCore

@Suite struct MedicationListTests {
  static let patient = Author(role: .patient, name: "P")

  static func change(
    _ id: String, _ day: String, _ name: String, _ change: Entry.MedicationChange,
    _ dose: String? = nil, reason: String? = nil, hour: Int = 12
  ) -> Entry {
    let at = Timestamp(date: JourneyScript.date(day), secondOfDay: hour * 3600, utcOffset: 3600)
    return Entry(
      id: id, recordedAt: at, observedAt: at, author: patient,
      body: .medicationChange(name: name, dose: dose, change: change, reason: reason))
  }

  /// A steroid taper, a washout before leukapheresis, IVIG, prophylaxis and a restart; written
  /// out of order on purpose (the fold goes by the day observed).
  static let plan: [Entry] = [
    change("p1", "2026-09-01", "Prednisone", .start, "10 mg/day", reason: "flare"),
    change("m1", "2026-08-01", "mycophenolate", .start, "1 g twice daily"),
    change("p2", "2026-09-15", "prednisone", .dose, "7.5 mg/day"),
    change("p3", "2026-10-01", "PREDNISONE", .dose, "5 mg/day"),
    change("m2", "2026-09-20", "Mycophenolate", .stop, reason: "washout before leukapheresis"),
    change("a1", "2026-10-10", "aciclovir", .start, "400 mg twice daily"),
    change("p4", "2026-10-20", "prednisone", .stop),
    change("i1", "2026-11-05", "ivig", .start, "0.4 g/kg"),
    change("i2", "2026-11-05", "ivig", .stop, hour: 18),
    change("p5", "2026-11-10", "prednisone", .start, "2.5 mg/day", reason: "arthralgia"),
    Entry(
      id: "n1",
      recordedAt: Timestamp(
        date: JourneyScript.date("2026-09-02"), secondOfDay: 0, utcOffset: 3600),
      observedAt: Timestamp(
        date: JourneyScript.date("2026-09-02"), secondOfDay: 0, utcOffset: 3600),
      author: patient, body: .medication(text: "prednisone 10 mg")),
  ]

  static func summary(_ day: String, _ entries: [Entry] = plan) -> [String] {
    MedicationList.taking(on: JourneyScript.date(day), entries: entries).map {
      "\($0.name) \($0.dose ?? "-") since \($0.since) dose \($0.doseSince)"
    }
  }

  @Test(arguments: [
    ("2026-07-31", [String]()),
    ("2026-08-01", ["mycophenolate 1 g twice daily since 2026-08-01 dose 2026-08-01"]),
    ("2026-08-31", ["mycophenolate 1 g twice daily since 2026-08-01 dose 2026-08-01"]),
    (
      "2026-09-01",
      [
        "mycophenolate 1 g twice daily since 2026-08-01 dose 2026-08-01",
        "Prednisone 10 mg/day since 2026-09-01 dose 2026-09-01",
      ]
    ),
    (
      "2026-09-14",
      [
        "mycophenolate 1 g twice daily since 2026-08-01 dose 2026-08-01",
        "Prednisone 10 mg/day since 2026-09-01 dose 2026-09-01",
      ]
    ),
    (
      "2026-09-15",
      [
        "mycophenolate 1 g twice daily since 2026-08-01 dose 2026-08-01",
        "Prednisone 7.5 mg/day since 2026-09-01 dose 2026-09-15",
      ]
    ),
    ("2026-09-20", ["Prednisone 7.5 mg/day since 2026-09-01 dose 2026-09-15"]),
    ("2026-10-01", ["Prednisone 5 mg/day since 2026-09-01 dose 2026-10-01"]),
    (
      "2026-10-10",
      [
        "aciclovir 400 mg twice daily since 2026-10-10 dose 2026-10-10",
        "Prednisone 5 mg/day since 2026-09-01 dose 2026-10-01",
      ]
    ),
    ("2026-10-20", ["aciclovir 400 mg twice daily since 2026-10-10 dose 2026-10-10"]),
    ("2026-11-05", ["aciclovir 400 mg twice daily since 2026-10-10 dose 2026-10-10"]),
    (
      "2026-11-10",
      [
        "aciclovir 400 mg twice daily since 2026-10-10 dose 2026-10-10",
        "prednisone 2.5 mg/day since 2026-11-10 dose 2026-11-10",
      ]
    ),
    (
      "2027-06-01",
      [
        "aciclovir 400 mg twice daily since 2026-10-10 dose 2026-10-10",
        "prednisone 2.5 mg/day since 2026-11-10 dose 2026-11-10",
      ]
    ),
  ])
  func foldsThePlanInTimeOrder(day: String, expected: [String]) {
    #expect(Self.summary(day) == expected)
  }

  @Test func aStruckOutChangeIsIgnored() {
    let struck =
      Self.plan + [
        Entry(
          id: "c1", recordedAt: Self.plan[0].recordedAt, observedAt: Self.plan[0].observedAt,
          author: Self.patient,
          body: .correction(target: "p3", reason: "wrong step", replacement: nil)),
        Entry(
          id: "c2", recordedAt: Self.plan[0].recordedAt, observedAt: Self.plan[0].observedAt,
          author: Self.patient,
          body: .correction(target: "m2", reason: "not stopped", replacement: nil)),
      ]
    #expect(
      Self.summary("2026-10-05", struck) == [
        "mycophenolate 1 g twice daily since 2026-08-01 dose 2026-08-01",
        "Prednisone 7.5 mg/day since 2026-09-01 dose 2026-09-15",
      ])
  }

  @Test func aReplacedChangeCountsWithItsNewValuesOnItsOwnDay() {
    let fixed =
      Self.plan + [
        Entry(
          id: "c1", recordedAt: Self.plan[0].recordedAt,
          observedAt: Timestamp(
            date: JourneyScript.date("2026-11-20"), secondOfDay: 0, utcOffset: 3600),
          author: Self.patient,
          body: .correction(
            target: "p3", reason: "typo",
            replacement: .medicationChange(
              name: "prednisone", dose: "6 mg/day", change: .dose, reason: nil)))
      ]
    #expect(
      Self.summary("2026-10-05", fixed) == [
        "Prednisone 6 mg/day since 2026-09-01 dose 2026-10-01"
      ])
  }

  @Test func aDoseChangeWithoutAStartCountsFromItsDay() {
    let entries = [Self.change("d1", "2026-10-01", "hydroxychloroquine", .dose, "200 mg")]
    #expect(Self.summary("2026-09-30", entries) == [])
    #expect(
      Self.summary("2026-10-01", entries) == [
        "hydroxychloroquine 200 mg since 2026-10-01 dose 2026-10-01"
      ])
  }

  @Test func theTimelineSaysEachChange() {
    let care = CareProtocol(id: "none", name: "none")
    func text(_ body: Entry.Body) -> String {
      Timeline.describe(body, unit: .celsius, care: care).text
    }
    #expect(
      text(.medicationChange(name: "prednisone", dose: "10 mg/day", change: .start, reason: nil))
        == "Started prednisone 10 mg/day")
    #expect(
      text(.medicationChange(name: "prednisone", dose: "5 mg/day", change: .dose, reason: nil))
        == "Prednisone dose now 5 mg/day")
    #expect(
      text(
        .medicationChange(
          name: "mycophenolate", dose: nil, change: .stop, reason: "washout before leukapheresis"))
        == "Stopped mycophenolate — washout before leukapheresis")
    #expect(
      Timeline.describe(
        .medicationChange(name: "x", dose: nil, change: .start, reason: nil), unit: .celsius,
        care: care
      ).kind == .medicationChange)
  }
}

/// The prednisolone dose DORIS counts, read from the medication list.
@Suite struct PrednisoloneFromListTests {
  @Test(
    "the dose on a day: the daily mg, 0 when none is taken, nil when the list cannot say",
    arguments: [
      ("2026-07-31", nil, "the medication list is empty by 2026-07-31"),
      ("2026-08-15", 0, "none in the medication list"),
      ("2026-09-01", 10, "medication list: Prednisone 10 mg/day since 2026-09-01"),
      ("2026-09-30", 7.5, "medication list: Prednisone 7.5 mg/day since 2026-09-15"),
      ("2026-10-20", 0, "none in the medication list"),
      ("2026-11-10", 2.5, "medication list: prednisone 2.5 mg/day since 2026-11-10"),
    ] as [(String, Double?, String)])
  func doseOnADay(day: String, mg: Double?, source: String) {
    let dose = MedicationList.prednisolone(
      on: JourneyScript.date(day), entries: MedicationListTests.plan, settings: Self.settings)
    #expect(dose.mg == mg)
    #expect(dose.source == source)
  }

  @Test func aDoseThatIsNotADailyAmountIsLeftToAPerson() {
    let entries = [
      MedicationListTests.change("p", "2026-09-01", "Prednisolone", .start, "5 mg twice daily")
    ]
    let dose = MedicationList.prednisolone(
      on: JourneyScript.date("2026-09-02"), entries: entries, settings: Self.settings)
    #expect(dose.mg == nil)
    #expect(dose.medicine?.name == "Prednisolone")
    #expect(dose.source == "medication list: Prednisolone \"5 mg twice daily\" is not N mg/day")
  }

  @Test(
    "daily milligrams from a dose as written",
    arguments: [
      ("10 mg/day", 10), ("7,5 mg daily", 7.5), ("5mg", 5), ("2.5 mg once a day", 2.5),
      (" 20 MG per day ", 20), ("0 mg/d", 0), ("5 mg twice daily", nil), ("1 g", nil),
      ("mg", nil), ("5 mg every other day", nil), ("1.2.3 mg", nil),
    ] as [(String, Double?)])
  func dailyMilligrams(dose: String, mg: Double?) {
    #expect(MedicationList.dailyMilligrams(dose) == mg)
  }

  static let settings = RedFlagsTests.care.remission

  @Test(
    "each glucocorticoid counts by its prednisolone factor (clinical.md §10.1); others not",
    arguments: [
      ("Prednisone", 1.0), ("prednisolone", 1), ("prednisone (Decortin)", 1),
      ("methylprednisolone", 1.25), ("Dexamethasone", 6.67), ("hydrocortisone", 0.25),
      ("deflazacort", 0.83), ("hydroxychloroquine", nil), ("betamethasone", nil),
    ] as [(String, Double?)])
  func whichNamesCount(name: String, factor: Double?) {
    #expect(Self.settings.factor(of: name) == factor)
  }

  struct Sum: CustomTestStringConvertible, Sendable {
    var taking: [(String, String)]
    var mg: Double?
    var source: String
    var testDescription: String { taking.map { "\($0.0) \($0.1)" }.joined(separator: " + ") }
  }

  /// Issue #14: methylprednisolone 16 mg/day counted as 0; prednisone 20 mg beside
  /// prednisolone 4 mg counted as 4. Every systemic glucocorticoid is converted and added; an
  /// unknown steroid or dose gives no figure; inhaled and topical ones are left out.
  static let sums: [Sum] = [
    Sum(
      taking: [("methylprednisolone", "16 mg/day")], mg: 20,
      source: "medication list: methylprednisolone 16 mg/day = 20 mg prednisolone since 2026-09-01"),
    Sum(
      taking: [("prednisone", "20 mg/day"), ("prednisolone", "4 mg/day")], mg: 24,
      source:
        "medication list: prednisolone 4 mg/day since 2026-09-01; prednisone 20 mg/day since 2026-09-01"
    ),
    Sum(
      taking: [("dexamethasone", "0.75 mg/day")], mg: 5,
      source: "medication list: dexamethasone 0.75 mg/day = 5 mg prednisolone since 2026-09-01"),
    Sum(
      taking: [("dexamethasone", "0.74 mg/day")], mg: 4.94,
      source: "medication list: dexamethasone 0.74 mg/day = 4.94 mg prednisolone since 2026-09-01"),
    Sum(
      taking: [("hydrocortisone", "20 mg/day")], mg: 5,
      source: "medication list: hydrocortisone 20 mg/day = 5 mg prednisolone since 2026-09-01"),
    Sum(
      taking: [("deflazacort", "6 mg/day")], mg: 4.98,
      source: "medication list: deflazacort 6 mg/day = 4.98 mg prednisolone since 2026-09-01"),
    Sum(
      taking: [("prednisolone", "5 mg/day"), ("betamethasone", "1 mg/day")], mg: nil,
      source:
        "medication list: betamethasone has no prednisolone equivalent in the protocol; give the dose with --prednisolone"
    ),
    Sum(
      taking: [("prednisolone", "5 mg/day"), ("methylprednisolone", "4 mg twice daily")], mg: nil,
      source: "medication list: methylprednisolone \"4 mg twice daily\" is not N mg/day"),
    Sum(
      taking: [("prednisolone", "5 mg/day"), ("budesonide inhaler", "2 puffs")], mg: 5,
      source: "medication list: prednisolone 5 mg/day since 2026-09-01"),
    Sum(
      taking: [("hydroxychloroquine", "200 mg/day")], mg: 0, source: "none in the medication list"),
  ]

  @Test(arguments: sums)
  func glucocorticoidsAreAddedAsPrednisolone(_ sum: Sum) {
    let entries = sum.taking.enumerated().map { index, medicine in
      MedicationListTests.change("g\(index)", "2026-09-01", medicine.0, .start, medicine.1)
    }
    let dose = MedicationList.prednisolone(
      on: JourneyScript.date("2026-09-02"), entries: entries, settings: Self.settings)
    #expect(dose.mg == sum.mg)
    #expect(dose.source == sum.source)
  }
}
