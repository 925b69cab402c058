import JourneyCore
import Testing

@testable import TerminalUI

/// The Start screen's questions for a journey begun before CareJourney, asked one at a time,
/// with whole frames where a person reads them.
@Suite struct StartFlowTests {
  static let now = Timestamp(
    date: LocalDate(year: 2026, month: 12, day: 3)!, secondOfDay: 9 * 3600, utcOffset: 3600)
  static let size = Size(width: 80, height: 24)

  static func fresh() -> AppState {
    AppState(
      author: Author(role: .patient, name: "tester"), readOnly: false, data: nil, askPerson: true,
      now: now)
  }

  func send(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
    keys.flatMap { reduce(into: &state, .key($0)) }
  }

  func type(_ text: String) -> [Key] { MemoryBackend.typing(text) + [.enter] }

  /// Home after the hospital stay: the summary lists the phases in the order they came, the
  /// infusion (dated) between lymphodepletion and the hospital stay (not entered).
  @Test func aPatientHomeAfterTheHospitalStay() {
    var state = Self.fresh()
    _ = send(&state, [.character("n")] + type("Anna Berg") + Array(repeating: .down, count: 6))
    _ = send(&state, [.enter] + type("2026-11-25") + type("2026-11-15") + type(""))
    let lines = Frame.render(state, size: Self.size).lines
    #expect(
      Array(lines[2...10]) == [
        " Will be recorded (a date nobody entered stays empty; it can be given later):",
        "   screening: date not entered",
        "   leukapheresis: date not entered",
        "   manufacturing: date not entered",
        "   lymphodepletion: date not entered",
        "   infusion: 2026-11-15 (Day 0)",
        "   hospital-stay: date not entered",
        "   post-discharge: since 2026-11-25",
        "",
      ])
  }

  /// Hospital stay since Day 0: the phases before it recorded with no date, the patient typing.
  @Test func aPatientInHospitalSinceDay0() {
    var state = Self.fresh()
    var effects = send(&state, [.character("n")] + type("Maria Santos"))
    #expect(
      Frame.render(state, size: Self.size).lines == [
        " [ Start ]  ? Help",
        " New journey for Maria Santos",
        " Where is the patient now? ↑/↓ choose, Enter, Esc cancels",
        "› Screening       tests and visits: is the treatment right for the patient?",
        "  Leukapheresis   the patient's T cells are collected from the blood",
        "  Manufacturing   the cells are made into CAR-T cells (a few weeks)",
        "  Lymphodepletion chemotherapy in the days before the infusion",
        "  Infusion        the CAR-T cells are given: Day 0",
        "  Hospital stay   in hospital after the infusion, watched for CRS and ICANS",
        "  Post-discharge  home, near the treatment centre, in the first weeks",
        "  Follow-up       visits every few months, for years",
      ] + Array(repeating: "", count: 12) + [
        " New journey │ Enter answers · Esc cancels · nothing is written until the end"
      ])
    effects += send(&state, Array(repeating: .down, count: 5) + [.enter])
    #expect(state.mode?.input?.prompt == "Date hospital-stay began, YYYY-MM-DD (Enter for today): ")
    effects += send(&state, type("2026-11-20"))
    #expect(state.mode?.input?.prompt == "Infusion date (Day 0), YYYY-MM-DD: ")
    effects += send(&state, type("2026-11-20") + type("+49 9131 85-33010"))
    #expect(state.mode?.input?.prompt == "Patient's date of birth, YYYY-MM-DD (Enter to skip): ")
    effects += send(&state, type("1984-03-02"))
    #expect(
      state.mode?.input?.prompt
        == "Sex for records: female, male, other or unknown (Enter to skip): ")
    effects += send(&state, type("f"))
    #expect(
      state.mode?.input?.prompt
        == "Hospital or trial number as SYSTEM|VALUE (Enter when there is none or no more): ")
    effects += send(
      &state, type("https://hospital.example.org/mrn|A12345") + type("urn:oid:1.2.3|T-7"))
    #expect(state.mode?.input?.prompt == StartForm.identifierInput.prompt)
    effects += send(&state, type(""))
    #expect(
      Frame.render(state, size: Self.size).lines == [
        " [ Start ]  ? Help",
        " New journey for Maria Santos",
        " Will be recorded (a date nobody entered stays empty; it can be given later):",
        "   screening: date not entered",
        "   leukapheresis: date not entered",
        "   manufacturing: date not entered",
        "   lymphodepletion: date not entered",
        "   infusion: 2026-11-20 (Day 0)",
        "   hospital-stay: since 2026-11-20",
        "   CAR-T team phone: +49 9131 85-33010",
        "   born 1984-03-02",
        "   sex female",
        "   number https://hospital.example.org/mrn|A12345",
        "   number urn:oid:1.2.3|T-7",
        "",
        " Who is at the keyboard? ↑/↓ or 1–3, Enter chooses, Esc cancels",
        "› 1 Patient    logs temperatures, symptoms and medicines",
        "  2 Caregiver  reviews the timeline; logs for the patient",
        "  3 Nurse      signs milestones, ICE score, CRS/ICANS grading",
      ] + Array(repeating: "", count: 4) + [
        " New journey │ Enter answers · Esc cancels · nothing is written until the end"
      ])
    #expect(effects.isEmpty, "nothing is written before the last answer")
    // The patient's own name is filled in; Enter confirms it and starts the journey.
    effects += send(&state, [.enter])
    #expect(state.mode?.input?.text == "Maria Santos")
    effects += send(&state, [.enter])
    let plan = JourneyStartPlan(
      patient: "Maria Santos", phase: .hospitalStay,
      phaseBegan: LocalDate(year: 2026, month: 11, day: 20)!,
      infusion: LocalDate(year: 2026, month: 11, day: 20)!, teamPhone: "+49 9131 85-33010",
      details: PatientDetails(
        born: LocalDate(year: 1984, month: 3, day: 2)!, sex: .female,
        identifiers: [
          PatientIdentifier(system: "https://hospital.example.org/mrn", value: "A12345"),
          PatientIdentifier(system: "urn:oid:1.2.3", value: "T-7"),
        ]))
    let maria = Author(role: .patient, name: "Maria Santos")
    #expect(effects == [.start(plan, typist: maria)])
    #expect(state.author == maria)
    #expect(!state.askPerson)
    // The name stays on screen until the journey is written: a failed write can be retried.
    _ = reduce(into: &state, .failed("Not saved: the disk is full. What you typed is still here."))
    #expect(state.mode?.input?.text == "Maria Santos")
    _ = reduce(into: &state, .saved("Started the journey for Maria Santos."))
    #expect(state.mode == nil)
  }

  /// A caregiver starts the journey of a patient still in screening, with an infusion planned.
  @Test func aCaregiverStartsAJourneyInScreening() {
    var state = Self.fresh()
    let effects = send(
      &state,
      [.character("n")] + type("Maria Santos") + [.enter] + type("") + type("2027-01-10") + type("")
        + type("") + type("") + type("") + [.character("2"), .enter] + type("Tom Santos"))
    let plan = JourneyStartPlan(
      patient: "Maria Santos", phase: .screening, phaseBegan: Self.now.date,
      infusion: LocalDate(year: 2027, month: 1, day: 10)!, teamPhone: nil)
    #expect(effects == [.start(plan, typist: Author(role: .caregiver, name: "Tom Santos"))])
  }

  struct Refusal: CustomStringConvertible, Sendable {
    var phaseRow: Int
    var answers: [String]
    var prompt: String
    var notice: String
    var description: String { notice }
  }

  /// A date that cannot be is refused where it is typed, with the rule and the date accepted;
  /// the typed text stays to be fixed and nothing is written.
  static let refusals: [Refusal] = [
    Refusal(
      phaseRow: 0, answers: ["2026-12-04"],
      prompt: "Date screening began, YYYY-MM-DD (Enter for today): ",
      notice:
        "2026-12-04 is in the future (today is 2026-12-03); the latest date accepted is 2026-12-03."
    ),
    Refusal(
      phaseRow: 5, answers: ["2026-11-28", "2026-11-29"],
      prompt: "Infusion date (Day 0), YYYY-MM-DD: ",
      notice:
        "The infusion date 2026-11-29 is after 2026-11-28, when hospital-stay began, and comes before it; the latest date accepted is 2026-11-28."
    ),
    Refusal(
      phaseRow: 3, answers: ["2026-12-01", "2026-11-30"],
      prompt: "Planned infusion date, YYYY-MM-DD (Enter if not planned yet): ",
      notice:
        "The planned infusion 2026-11-30 is before 2026-12-01, when lymphodepletion began, and comes after it; the earliest date accepted is 2026-12-01."
    ),
    Refusal(
      phaseRow: 6, answers: ["2026-12-01", ""], prompt: "Infusion date (Day 0), YYYY-MM-DD: ",
      notice: "The infusion date is needed for a patient in post-discharge: Day 0 counts from it."),
    Refusal(
      phaseRow: 0, answers: ["", "", "", "2026-12-04"],
      prompt: "Patient's date of birth, YYYY-MM-DD (Enter to skip): ",
      notice:
        "Date of birth 2026-12-04 is in the future: give the date of birth as YYYY-MM-DD, from 1900-01-01 to 2026-12-03."
    ),
    Refusal(
      phaseRow: 0, answers: ["", "", "", "1899-12-31"],
      prompt: "Patient's date of birth, YYYY-MM-DD (Enter to skip): ",
      notice:
        "Date of birth 1899-12-31 is before 1900-01-01: give the date of birth as YYYY-MM-DD, from 1900-01-01 to 2026-12-03."
    ),
    Refusal(
      phaseRow: 0, answers: ["", "", "", "", "woman"],
      prompt: "Sex for records: female, male, other or unknown (Enter to skip): ",
      notice: "Sex woman is not accepted: use female, male, other, unknown (or F, M, O, U)."),
    Refusal(
      phaseRow: 0, answers: ["", "", "", "", "", "A12345"],
      prompt: "Hospital or trial number as SYSTEM|VALUE (Enter when there is none or no more): ",
      notice: "Number A12345 has no system: " + PatientIdentifier.acceptedForm + "."),
    Refusal(
      phaseRow: 1, answers: ["1.12.2026"],
      prompt: "Date leukapheresis began, YYYY-MM-DD (Enter for today): ",
      notice: "1.12.2026 is not a date: write it as YYYY-MM-DD, e.g. 2026-12-03."),
  ]

  @Test(arguments: refusals)
  func anImpossibleDateIsRefusedWhereItIsTyped(_ r: Refusal) {
    var state = Self.fresh()
    var keys: [Key] = [.character("n")] + type("Maria")
    keys += Array(repeating: .down, count: r.phaseRow) + [.enter]
    for answer in r.answers { keys += type(answer) }
    #expect(send(&state, keys).isEmpty)
    #expect(state.mode?.input?.prompt == r.prompt)
    #expect(state.mode?.input?.text == r.answers.last)
    #expect(state.notice == AppState.Notice(kind: .error, text: r.notice))
  }

  /// A refusal stays on screen until the answer is fixed, and not a question longer: the date
  /// typed again correctly, the next question shows no "✗ ... in the future".
  @Test func aFixedAnswerClearsItsRefusal() {
    var state = Self.fresh()
    // The first refusal of the table: screening began on 2026-12-04, tomorrow.
    let future = Self.refusals[0]
    _ = send(&state, [.character("n")] + type("Maria Santos") + [.enter] + type(future.answers[0]))
    #expect(state.notice == AppState.Notice(kind: .error, text: future.notice))
    _ = send(
      &state, Array(repeating: .backspace, count: 10) + type("2026-11-02") + type("2027-01-10"))
    #expect(
      Frame.render(state, size: Self.size).lines == [
        " [ Start ]  ? Help",
        " New journey for Maria Santos",
        " Will be recorded (a date nobody entered stays empty; it can be given later):",
        "   screening: since 2026-11-02",
        "   infusion planned for 2027-01-10 (Day 0)",
      ] + Array(repeating: "", count: 17) + [
        "CAR-T team phone, shown with every alert (Enter to skip):",
        " New journey │ Enter answers · Esc cancels · nothing is written until the end",
      ])
  }

  /// Esc at any question leaves nothing behind.
  @Test(arguments: [2, 4, 6])
  func escapeAnywhereStartsNothing(after answers: Int) {
    var state = Self.fresh()
    let all: [Key] = [.character("n")] + type("Maria") + [.enter] + type("") + type("") + type("")
    let steps = Array(
      all.split(separator: .enter, omittingEmptySubsequences: false).prefix(answers))
    let keys = steps.flatMap { Array($0) + [.enter] }
    #expect(send(&state, keys + [.escape]).isEmpty)
    #expect(state.mode == nil)
    #expect(state.screen == .start)
    #expect(
      state.notice == AppState.Notice(kind: .info, text: "No journey started; n starts again."))
  }
}
