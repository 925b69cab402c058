import Testing

@testable import JourneyCore

@Suite struct MilestoneTests {
  let d = JourneyScript.date

  /// A small protocol with one rule of each kind.
  static let care = CareProtocol(
    id: "test", name: "Test",
    milestones: [
      MilestoneRule(
        id: "consent", phase: .screening, title: "Consent signed", anchor: .phaseStart(.screening),
        offsetDays: 7, signer: .nurse),
      MilestoneRule(
        id: "washout", phase: .screening, title: "Washout", anchor: .phaseStart(.leukapheresis),
        offsetDays: -14, signer: .anyone),
      MilestoneRule(
        id: "cells-collected", phase: .leukapheresis, title: "Cells collected",
        anchor: .phaseStart(.leukapheresis), offsetDays: 0, signer: .nurse),
      MilestoneRule(
        id: "flu-d-5", phase: .lymphodepletion, title: "Fludarabine", anchor: .dayZero,
        offsetDays: -5, signer: .nurse),
      MilestoneRule(
        id: "igg", phase: .followUp, title: "IgG check", anchor: .dayZero, offsetDays: 30,
        repeatEveryDays: 30, repeatUntilDays: 90, signer: .nurse),
      MilestoneRule(
        id: "visit", phase: .followUp, title: "Follow-up visit", anchor: .dayZero, offsetDays: 90,
        repeatEveryDays: 90, signer: .nurse),
    ])

  func status(_ journey: Journey, today: String) -> [String: MilestoneStatus] {
    Dictionary(
      uniqueKeysWithValues: journey.milestones(protocol: Self.care, today: d(today)).map {
        ($0.id, $0.status)
      })
  }

  @Test(arguments: [
    ("2026-09-07", MilestoneStatus.upcoming),
    ("2026-09-08", .due),
    ("2026-09-09", .overdue),
  ])
  func dueOverdueUpcomingAroundTheDueDay(today: String, expected: MilestoneStatus) {
    #expect(status(JourneyScript().journey, today: today)["consent"] == expected)
  }

  @Test func signedIsDoneWhateverTheDay() {
    var script = JourneyScript()
    script.add(
      .milestoneSigned(milestone: "consent", on: d("2026-09-10"), note: nil), on: "2026-09-10")
    #expect(status(script.journey, today: "2026-12-01")["consent"] == .done)
    let row = script.journey.milestones(protocol: Self.care, today: d("2026-12-01")).first {
      $0.id == "consent"
    }
    #expect(row?.signature?.author == script.nurse)
  }

  @Test func datesComeFromThePlanThenFromWhatHappened() {
    var script = JourneyScript()
    let unplanned = script.journey.milestones(protocol: Self.care, today: d("2026-09-02"))
    #expect(unplanned.first { $0.id == "washout" }?.due == nil)
    #expect(unplanned.first { $0.id == "flu-d-5" }?.due == nil)
    #expect(unplanned.first { $0.id == "flu-d-5" }?.status == .upcoming)
    script.add(.planned(phase: .leukapheresis, date: d("2026-09-30")), on: "2026-09-02")
    script.add(.planned(phase: .infusion, date: d("2026-11-20")), on: "2026-09-02")
    let planned = script.journey.milestones(protocol: Self.care, today: d("2026-09-02"))
    #expect(planned.first { $0.id == "washout" }?.due == d("2026-09-16"))
    #expect(planned.first { $0.id == "flu-d-5" }?.due == d("2026-11-15"))
    script.enter(.leukapheresis, "2026-09-25")
    let actual = script.journey.milestones(protocol: Self.care, today: d("2026-09-25"))
    #expect(actual.first { $0.id == "washout" }?.due == d("2026-09-11"))
    #expect(actual.first { $0.id == "washout" }?.status == .overdue)
    #expect(actual.first { $0.id == "cells-collected" }?.status == .due)
  }

  @Test func recollectionNeedsTheCellsCollectedAgain() {
    var script = JourneyScript()
    script.enter(.leukapheresis, "2026-09-08")
    script.add(
      .milestoneSigned(milestone: "cells-collected", on: d("2026-09-08"), note: nil),
      on: "2026-09-08")
    script.enter(.manufacturing, "2026-09-09")
    #expect(status(script.journey, today: "2026-09-20")["cells-collected"] == .done)
    script.enter(.leukapheresis, "2026-09-21", reason: "manufacturing failed")
    #expect(status(script.journey, today: "2026-09-21")["cells-collected"] == .due)
    #expect(status(script.journey, today: "2026-09-22")["cells-collected"] == .overdue)
  }

  @Test func repeatsRunToTheFirstOccurrenceAfterToday() {
    var script = JourneyScript.at(.followUp)  // infusion on 2026-09-29
    script.add(
      .milestoneSigned(milestone: "visit-m3", on: d("2026-12-28"), note: nil), on: "2026-12-28")
    let rows = script.journey.milestones(protocol: Self.care, today: d("2027-04-10"))
    let visits = rows.filter { $0.rule.id == "visit" }
    #expect(visits.map(\.id) == ["visit-m3", "visit-m6", "visit-m9"])
    #expect(visits.map(\.status) == [.done, .overdue, .upcoming])
    #expect(visits.map(\.due) == [d("2026-12-28"), d("2027-03-28"), d("2027-06-26")])
    #expect(
      visits.map(\.title) == [
        "Follow-up visit (Month 3)", "Follow-up visit (Month 6)", "Follow-up visit (Month 9)",
      ])
    let igg = rows.filter { $0.rule.id == "igg" }
    #expect(igg.map(\.id) == ["igg-m1", "igg-m2", "igg-m3"])
  }

  @Test func repeatsGoOnForYears() {
    let rows = JourneyScript.at(.followUp).journey.milestones(
      protocol: Self.care, today: d("2036-09-29"))
    let visits = rows.filter { $0.rule.id == "visit" }
    #expect(visits.count == 41)
    #expect(visits.last?.status == .upcoming)
    #expect(visits.dropLast().allSatisfy { $0.status == .overdue })
  }

  @Test func nothingIsDueAfterTheJourneyEnded() {
    var script = JourneyScript.at(.followUp)
    script.enter(.withdrawn, "2026-11-01", reason: "moved abroad")
    let rows = script.journey.milestones(protocol: Self.care, today: d("2027-06-01"))
    #expect(rows.allSatisfy { ($0.due ?? d("2026-01-01")) <= d("2026-11-01") || $0.due == nil })
    #expect(!rows.contains { $0.id == "visit-m3" })
  }

  @Test func listIsInDueOrderWithUndatedLast() {
    let rows = JourneyScript().journey.milestones(protocol: Self.care, today: d("2026-09-02"))
    #expect(
      rows.map(\.id) == ["consent", "washout", "cells-collected", "flu-d-5", "igg-m1", "visit-m3"])
  }
}
