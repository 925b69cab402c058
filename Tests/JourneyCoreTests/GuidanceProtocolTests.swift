import Testing

@testable import JourneyCore

/// Issue #14's protocol data: the new milestones with their due days, signers, conditions and
/// sources; conditional milestones marked not applicable; the SLEDAI-2K exclusions after CAR-T;
/// fever masked only after a CRS grade.
@Suite struct GuidanceProtocolTests {
  static let care = RedFlagsTests.care

  struct Due: CustomStringConvertible, Sendable {
    var id: String
    var phase: Phase
    var anchor: MilestoneRule.Anchor
    var offset: Int
    var every: Int? = nil
    var until: Int? = nil
    /// Words the title must say.
    var says: [String]
    var conditional = false
    var description: String { id }
  }

  static let added: [Due] = [
    Due(
      id: "infection-screening", phase: .screening, anchor: .phaseStart(.leukapheresis),
      offset: -14, says: ["HBsAg", "anti-HBc", "HBV DNA", "HCV", "HIV", "CMV", "TB"]),
    Due(
      id: "antiviral-prophylaxis-latent", phase: .screening, anchor: .phaseStart(.leukapheresis),
      offset: -7, says: ["Antiviral prophylaxis", "latent HBV, HCV or HIV"], conditional: true),
    Due(
      id: "washout-proteasome-inhibitors", phase: .screening,
      anchor: .phaseStart(.leukapheresis), offset: -21, says: ["Bortezomib", ">= 3 weeks"]),
    Due(
      id: "washout-natalizumab", phase: .screening, anchor: .phaseStart(.leukapheresis),
      offset: -42, says: ["Natalizumab", ">= 6 weeks"]),
    Due(
      id: "washout-dmf-fingolimod", phase: .screening, anchor: .phaseStart(.leukapheresis),
      offset: -42, says: ["Dimethyl fumarate", "fingolimod", ">= 6 weeks"]),
    Due(
      id: "washout-cladribine", phase: .screening, anchor: .phaseStart(.leukapheresis),
      offset: -180, says: ["Cladribine", ">= 6 months"]),
    Due(
      id: "vaccines-before-treatment", phase: .screening, anchor: .dayZero, offset: -19,
      says: ["2 weeks before lymphodepletion"]),
    Due(
      id: "cns-anticonvulsant-prophylaxis", phase: .lymphodepletion, anchor: .dayZero,
      offset: -5, says: ["Anticonvulsant prophylaxis", "before the infusion"], conditional: true),
    Due(
      id: "hsv-vzv-prophylaxis", phase: .infusion, anchor: .dayZero, offset: 0,
      says: ["HSV/VZV", "aciclovir", "may stop once CD4 > 200/µL"]),
    Due(
      id: "pjp-prophylaxis", phase: .infusion, anchor: .dayZero, offset: 0,
      says: ["PJP", "co-trimoxazole", "may stop once CD4 > 200/µL"]),
    Due(
      id: "wallet-card", phase: .infusion, anchor: .dayZero, offset: 0,
      says: ["Wallet card", "24-hour number", "emergency department"]),
    Due(
      id: "no-donation", phase: .hospitalStay, anchor: .phaseStart(.hospitalStay), offset: 14,
      says: ["never donate blood, organs, tissues or cells"]),
    Due(
      id: "driving-after-seizure-icans", phase: .postDischarge, anchor: .dayZero, offset: 56,
      says: ["seizure", "ICANS grade >= 2", "national seizure driving rules"], conditional: true),
    Due(
      id: "cd4-check", phase: .postDischarge, anchor: .dayZero, offset: 30, every: 30,
      until: 360, says: ["CD4", "> 200/µL"]),
    Due(
      id: "prophylaxis-review", phase: .followUp, anchor: .dayZero, offset: 180, every: 180,
      until: 720, says: ["stop HSV/VZV and PJP prophylaxis only once CD4 > 200/µL"]),
    Due(
      id: "vaccines-influenza-covid", phase: .followUp, anchor: .dayZero, offset: 90,
      says: ["Influenza and COVID-19", "Month 3"]),
    Due(
      id: "vaccines-inactivated", phase: .followUp, anchor: .dayZero, offset: 180,
      says: ["Inactivated vaccines", "Month 6", "2 months after IgG replacement"]),
    Due(
      id: "vaccines-live", phase: .followUp, anchor: .dayZero, offset: 360,
      says: ["Live vaccines", "not before Year 2", "CD4 > 200/µL", "no IVIG in 8 months"]),
    Due(
      id: "new-cancer-sample-testing", phase: .followUp, anchor: .dayZero, offset: 360,
      every: 360, says: ["new cancer", "sponsor or manufacturer", "sample testing"],
      conditional: true),
    // Kept, with the June 2025 label change said in their titles.
    Due(
      id: "stay-near-centre", phase: .postDischarge, anchor: .dayZero, offset: 28,
      says: ["Day +28", "approved products now say 2 weeks", "FDA, June 2025"]),
    Due(
      id: "no-driving", phase: .postDischarge, anchor: .dayZero, offset: 56,
      says: ["Day +56", "8 weeks", "approved products now say 2 weeks", "FDA, June 2025"]),
  ]

  @Test(arguments: added)
  func milestoneIsInTheProtocol(_ expected: Due) throws {
    let rule = try #require(Self.care.milestones.first { $0.id == expected.id })
    #expect(rule.phase == expected.phase)
    #expect(rule.anchor == expected.anchor)
    #expect(rule.offsetDays == expected.offset)
    #expect(rule.repeatEveryDays == expected.every)
    #expect(rule.repeatUntilDays == expected.until)
    #expect(
      rule.signer
        == (expected.id == "stay-near-centre" || expected.id == "no-driving" ? .anyone : .nurse))
    #expect((rule.appliesIf != nil) == expected.conditional)
    #expect(!(rule.source ?? "").isEmpty)
    for words in expected.says { #expect(rule.title.contains(words), "\(rule.title): \(words)") }
  }

  @Test func onlyTheConditionalMilestonesHaveACondition() {
    #expect(
      Self.care.milestones.filter { $0.appliesIf != nil }.map(\.id) == [
        "antiviral-prophylaxis-latent", "cns-anticonvulsant-prophylaxis",
        "driving-after-seizure-icans", "new-cancer-sample-testing",
      ])
  }

  /// Marked not applicable, a conditional milestone is neither done nor overdue; struck out,
  /// it is open again.
  @Test func aConditionalMilestoneMarkedNotApplicable() throws {
    var script = JourneyScript.at(.followUp)
    script.add(.planned(phase: .infusion, date: JourneyScript.date("2026-09-29")), on: "2026-09-01")
    let today = JourneyScript.date("2026-11-01")
    func status(_ journey: Journey) -> MilestoneStatus? {
      journey.milestones(protocol: Self.care, today: today)
        .first { $0.id == "cns-anticonvulsant-prophylaxis" }?.status
    }
    #expect(status(script.journey) == .overdue)
    script.add(
      .milestoneSigned(
        milestone: "cns-anticonvulsant-prophylaxis", on: JourneyScript.date("2026-09-20"),
        note: "no CNS involvement", notApplicable: true), on: "2026-09-20")
    #expect(status(script.journey) == .notApplicable)
    let signature = try #require(script.journey.signatures.last)
    #expect(signature.notApplicable)
    let text = Timeline.items(journey: script.journey, entries: [], protocol: Self.care)
      .map(\.text)
    #expect(
      text.contains(
        "Not applicable: Anticonvulsant prophylaxis started before the infusion — no CNS involvement"
      ))
    script.add(
      .corrected(target: signature.eventID, reason: "CNS lupus after all", on: nil),
      on: "2026-09-21")
    #expect(status(script.journey) == .overdue)
  }

  /// After CAR-T, the descriptors lupus shares with CRS, ICANS and the cytopenias of treatment
  /// name what must be ruled out (clinical.md §9); the others none.
  @Test func sledaiExclusionsAfterCART() {
    let withExclusion = SLEDAI2K.descriptors.filter { $0.exclusion != nil }
    #expect(
      withExclusion.map(\.id) == [
        "seizure", "organic-brain-syndrome", "fever", "thrombocytopenia", "leukopenia",
      ])
    #expect(withExclusion.first { $0.id == "fever" }?.exclusion?.contains("not CRS") == true)
    #expect(withExclusion.first { $0.id == "seizure" }?.exclusion?.contains("not ICANS") == true)
    #expect(withExclusion.first { $0.id == "leukopenia" }?.exclusion?.contains("Flu/Cy") == true)
  }

  @Test(arguments: [("2026-09-23", false), ("2026-09-24", true), ("2027-09-24", true)])
  func exclusionsMatterFromTheFirstLymphodepletionDay(_ date: String, _ after: Bool) {
    let journey = RedFlagsTests.Shape.plannedOnly.journey
    #expect(
      SLEDAI2K.afterTreatmentStarted(
        on: JourneyScript.date(date), journey: journey, protocol: Self.care)
        == after)
    #expect(
      !SLEDAI2K.afterTreatmentStarted(
        on: JourneyScript.date(date), journey: JourneyScript().journey, protocol: Self.care))
  }

  /// ASTCT 2019 rule 2: fever masked by treatment counts only once CRS was graded; a CRS 0
  /// grading, a struck-out one or a later one does not make it so.
  @Test func maskedFeverNeedsAnEarlierCRSGrade() {
    let nurse = Author(role: .nurse, name: "Ana")
    func grading(_ id: String, _ day: String, _ celsius: Double) -> Entry {
      let input = GradingInput(temperature: celsius)
      let at = Timestamp(date: JourneyScript.date(day), secondOfDay: 10 * 3600, utcOffset: 3600)
      return Entry(
        id: id, recordedAt: at, observedAt: at, author: nurse,
        body: .grading(input, ASTCT.grade(input)))
    }
    let now = Timestamp(
      date: JourneyScript.date("2026-10-05"), secondOfDay: 12 * 3600, utcOffset: 3600)
    #expect(ASTCT.maskedRefusal(entries: [], before: now) != nil)
    #expect(ASTCT.maskedRefusal(entries: [grading("a", "2026-10-04", 37.5)], before: now) != nil)
    #expect(ASTCT.maskedRefusal(entries: [grading("b", "2026-10-06", 38.5)], before: now) != nil)
    let graded = grading("c", "2026-10-04", 38.5)
    #expect(ASTCT.maskedRefusal(entries: [graded], before: now) == nil)
    #expect(ASTCT.earlierCRS(in: [graded], before: now)?.grade == 1)
    let strike = Entry(
      id: "s", recordedAt: now, observedAt: graded.observedAt, author: nurse,
      body: .correction(target: "c", reason: "wrong patient", replacement: nil))
    #expect(ASTCT.maskedRefusal(entries: [graded, strike], before: now) != nil)
  }
}
