import JourneyCore
import Testing

@testable import TerminalUI

/// Issue #14 on the Milestones screen: `n` marks a conditional milestone not applicable, and
/// the grading form's "antipyretic/anti-cytokine given" is refused until CRS was graded.
@Suite struct GuidanceFormTests {
  func send(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
    keys.flatMap { reduce(into: &state, .key($0)) }
  }

  @Test func nMarksAConditionalMilestoneNotApplicable() throws {
    var state = Fixture.state(role: .nurse)
    let rows = MilestonesScreen.rows(state)
    let index = try #require(rows.firstIndex { $0.id == "new-cancer-sample-testing-m12" })
    state.milestones.row = index
    let lines = Frame.render(state, size: Size(width: 220, height: 40)).lines
    #expect(
      lines.contains {
        $0.contains(
          "A new cancer found: contact the sponsor or manufacturer for sample testing (Month 12) (only if: a new cancer (a second malignancy) has been found) · nurse"
        )
      })
    _ = send(&state, [.character("n")])
    #expect(state.notice?.text == "Marking not applicable today: \(rows[index].title)")
    #expect(state.mode?.input?.prompt == "Not applicable, as (Enter confirms, Esc cancels): ")
    let effects = send(&state, [.enter])
    #expect(
      effects == [
        .record(
          .milestoneSigned(
            milestone: "new-cancer-sample-testing-m12", on: Fixture.today, note: nil,
            notApplicable: true))
      ])
  }

  @Test func nOnAMilestoneForEveryoneSaysWhyNot() throws {
    var state = Fixture.state(role: .nurse)
    let rows = MilestonesScreen.rows(state)
    state.milestones.row = try #require(
      rows.firstIndex { $0.rule.appliesIf == nil && $0.signature == nil })
    #expect(send(&state, [.character("n")]).isEmpty)
    #expect(state.mode == nil)
    #expect(state.notice?.kind == .error)
    #expect(
      state.notice?.text.hasSuffix(
        "only a milestone marked \"only if\" can be marked not applicable.") == true)
  }

  @Test func aMarkedMilestoneShowsAsNotApplicable() throws {
    var data = Fixture.demo()
    let event = JourneyEvent(
      id: "na", recordedAt: data.now, author: Author(role: .nurse, name: "Ana Weber"),
      body: .milestoneSigned(
        milestone: "new-cancer-sample-testing-m12", on: Fixture.today, note: nil,
        notApplicable: true))
    data.journey = try data.journey.checkNew(event, today: Fixture.today)
    let lines = Frame.render(
      Fixture.state(role: .nurse, data: data), size: Size(width: 260, height: 40)
    ).lines
    let row = try #require(lines.first { $0.contains("A new cancer found") })
    #expect(row.hasPrefix(" – n/a      Day +360 · Month 12"))
    #expect(row.hasSuffix("· nurse · not applicable, marked by Ana Weber 2026-11-22"))
  }

  @Test(arguments: [[Key.character(" ")], [Key.right], [Key.left]])
  func maskedFeverIsRefusedBeforeACRSGrade(keys: [Key]) {
    var data = Fixture.demo()
    data.entries.removeAll { if case .grading = $0.body { true } else { false } }
    var state = Fixture.state(role: .nurse, data: data)
    _ = send(&state, [.character("r"), .down] + keys)
    guard case .nurseForm(.grading(let input, _, let focus))? = state.mode else {
      Issue.record("no grading form")
      return
    }
    #expect(focus == 1)
    #expect(!input.masked)
    #expect(state.notice?.kind == .error)
    #expect(
      state.notice?.text.hasPrefix(
        "Fever masked by antipyretic or anti-cytokine therapy applies only after CRS was graded")
        == true)
  }

  @Test func afterACRSGradeMaskedFeverMayBeChosen() {
    var state = Fixture.state(role: .nurse)
    _ = send(&state, [.character("r"), .down, .character(" ")])
    guard case .nurseForm(.grading(let input, _, _))? = state.mode else {
      Issue.record("no grading form")
      return
    }
    #expect(input.masked)
    #expect(state.notice == nil)
  }
}
