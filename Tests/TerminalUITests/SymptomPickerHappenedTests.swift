import FrameTesting
import JourneyCore
import Testing

@testable import TerminalUI

/// The symptom picker on a sign that only happens or not (`scale = "present"`: fainting,
/// seizure): Enter saves "yes, it happened" instead of a 0–4 severity, and Today says it in
/// words (issue #13).
@Suite struct SymptomPickerHappenedTests {
  static let fainting = Fixture.care.symptoms.firstIndex { $0.id == "fainting" } ?? 0

  static func picking(row: Int, severity: Int = 0, entries: [Entry] = []) -> AppState {
    var state = NeuroCheckFormTests.state(Self.data(entries))
    state.mode = .symptomPicker(row: row, severity: severity)
    return state
  }

  /// The caregiver's journey of ``NeuroCheckFormTests`` (Day +2) with these entries.
  static func data(_ entries: [Entry]) -> JourneyData {
    let base = NeuroCheckFormTests.data()
    return JourneyData(
      journey: base.journey, entries: entries, care: Fixture.care, unreadableLines: 0,
      now: base.now)
  }

  @Test func enterSavesYesWhateverSeverityWasChosen() {
    for keys in [[Key.enter], [.character("3"), .enter], [.right, .right, .enter]] {
      var state = Self.picking(row: Self.fainting)
      let effects = keys.flatMap { reduce(into: &state, .key($0)) }
      #expect(effects == [.log([.symptom(name: "fainting", severity: 1)])], "\(keys)")
    }
  }

  @Test func aSymptomWithASeverityStillSavesIt() {
    let chills = Fixture.care.symptoms.firstIndex { $0.id == "chills" } ?? 0
    var state = Self.picking(row: chills)
    let effects = [Key.character("3"), .enter].flatMap { reduce(into: &state, .key($0)) }
    #expect(effects == [.log([.symptom(name: "chills", severity: 3)])])
  }

  @Test func thePickerOffersYesForAFaint() {
    expectFrame(
      Self.picking(row: Self.fainting),
      [
        " [ 1 Today ]  2 Timeline    3 Milestones    4 Trends    ? Help",
        " Maria Santos · Day +2 · Hospital stay",
        " Sunday 2026-11-22 · 09:00",
        " Symptom: ↑/↓ choose · Enter = yes, it happened · Esc cancel",
        "   Bleeding (gums, blood in urine, stool or vomit, a wound that keeps bleeding)",
        "   Sore throat  (other)",
        "   Burning when passing urine  (other)",
        "   Cold sores or blisters on the lips  (other)",
        "   Painful blistering rash on one side (shingles-like)  (other)",
        "   Drenching night sweats  (other)",
        "   Confusion  (neurological)",
        "   Trouble finding words or speaking  (neurological)",
        "   Tremor (shaking hands)  (neurological)",
        "   Change in handwriting  (neurological)",
        "   Drowsiness (unusually sleepy)  (neurological)",
        "   Seizure (fit)  (neurological)",
        "   New weakness in an arm or leg  (neurological)",
        "   Loss of balance or unsteady walking  (neurological)",
        "   Trouble understanding what is said  (neurological)",
        "   Agitation or restlessness  (neurological)",
        "   Change in vision (blurred or double)  (neurological)",
        "   Slurred speech  (neurological)",
        " › Fainting or loss of consciousness  (neurological)",
        " Hospital stay · Day +2 │ Tom Santos (caregiver) │ Enter save  ? help",
      ])
  }

  @Test func todaySaysTheFaintHappened() {
    let at = Timestamp(date: Fixture.today, secondOfDay: 8 * 3600, utcOffset: 3600)
    let faint = Entry(
      id: "f1", recordedAt: at, observedAt: at, author: NeuroCheckFormTests.tom,
      body: .symptom(name: "fainting", severity: 1))
    expectFrame(
      NeuroCheckFormTests.state(Self.data([faint])),
      [
        " [ 1 Today ]  2 Timeline    3 Milestones    4 Trends    ? Help",
        " Maria Santos · Day +2 · Hospital stay",
        " !!! EMERGENCY: Call 112 now, then your CAR-T team on +49 9131 85-33010.",
        "    If you cannot call, go to the nearest emergency department. Say you had",
        "    CAR-T cell therapy and show your wallet card.",
        "    Seen: Fainting or loss of consciousness: yes at 08:00 on 2026-11-22 (Day",
        "    +2). A seizure, a faint or a loss of consciousness was logged.",
        " Sunday 2026-11-22 · 09:00",
        " Home neuro check for today: press c (sentence, objects, date, counting back)",
        "",
        " Logged today:",
        " !! 08:00  Fainting or loss of consciousness: yes  — Tom Santos",
        "",
        " t temperature · s symptom · n note · m medication · a answer the alert",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " Hospital stay · Day +2 │ Tom Santos (caregiver) │ t log a temperature  ? help",
      ])
  }
}
