import JourneyCore

/// The nurse's screen: this phase's and the next's milestones, anything overdue, signing, and
/// advancing the phase.
public enum MilestonesScreen {
  /// A line of the list: the one line that counts the milestones from before CareJourney (it
  /// opens to them, `b`), or a milestone.
  public enum Row: Equatable, Sendable {
    case before(count: Int, open: Bool)
    case milestone(Milestone)

    /// The milestone on the line, if it is one.
    public var milestone: Milestone? {
      if case .milestone(let milestone) = self { return milestone }
      return nil
    }

    /// Whether the line is a milestone still to sign (where the nurse's selection starts).
    var needsSigning: Bool {
      guard let milestone else { return false }
      return milestone.status != .done && milestone.status != .notRecorded
    }
  }

  /// The milestones listed, without those from before CareJourney while their line is closed:
  /// overdue ones from any phase, then this phase's and the next's.
  public static func rows(_ state: AppState) -> [Milestone] {
    listing(state).compactMap(\.milestone)
  }

  /// The lines of the list: first the milestones from before CareJourney not recorded, as one
  /// line that opens to them, then the overdue ones from any phase, then this phase's and the
  /// next's.
  public static func listing(_ state: AppState) -> [Row] {
    guard let data = state.data else { return [] }
    let phase = data.journey.phase
    let next = PhaseTransition.allowed(from: phase).first { $0.kind == .normal }?.to
    let before = state.views.milestones.filter { $0.status == .notRecorded }
    var rows: [Row] = []
    if !before.isEmpty {
      rows.append(.before(count: before.count, open: state.milestones.beforeOpen))
      if state.milestones.beforeOpen { rows += before.map(Row.milestone) }
    }
    rows += state.views.milestones.filter { milestone in
      milestone.status == .overdue || milestone.status == .due
        || (milestone.status != .notRecorded
          && (milestone.phase == phase || milestone.phase == next))
    }.map(Row.milestone)
    return rows
  }

  /// `b`, or Enter on the line: opens or closes the milestones from before CareJourney.
  static func toggleBefore(_ state: inout AppState) {
    guard listing(state).contains(where: { if case .before = $0 { true } else { false } }) else {
      state.notice = AppState.Notice(
        kind: .info, text: "Nothing from before CareJourney is waiting to be recorded.")
      return
    }
    state.milestones.beforeOpen.toggle()
    state.milestones.row = 0
  }

  /// The selected line's milestone, or a notice saying why there is none.
  static func selected(_ state: inout AppState) -> Milestone? {
    let list = listing(state)
    guard list.indices.contains(state.milestones.row),
      let milestone = list[state.milestones.row].milestone
    else {
      state.notice = AppState.Notice(kind: .info, text: "No milestone selected.")
      return nil
    }
    return milestone
  }

  /// Refuses a nurse's milestone to anyone else; true when `state.author` may sign it.
  static func maySign(_ milestone: Milestone, _ state: inout AppState) -> Bool {
    guard milestone.rule.signer == .nurse, state.author.role != .nurse else { return true }
    state.notice = AppState.Notice(
      kind: .error,
      text: "A nurse signs \"\(milestone.title)\"; p switches person, or start CareJourney "
        + "with --role nurse.")
    return false
  }

  /// The name prompt for signing a milestone from before CareJourney, done on `on` (nil: done
  /// elsewhere).
  static func signerInput(_ milestone: String, on: LocalDate?, _ state: AppState) -> AppState.Input
  {
    AppState.Input(
      .signerBefore(milestone: milestone, on: on),
      prompt: "Sign as (Enter confirms, Esc cancels): ", text: state.author.name)
  }

  /// `e` on a milestone from before CareJourney: mark it done elsewhere, its date not known.
  /// `v`: the selected milestone's detail, signed or not.
  static func openDetail(_ state: inout AppState) {
    guard let milestone = selected(&state) else { return }
    state.mode = .detail(.milestone(milestone))
  }

  static func startSigningElsewhere(_ state: inout AppState) -> [Effect] {
    guard let milestone = selected(&state) else { return [] }
    guard milestone.status == .notRecorded else {
      state.notice = AppState.Notice(
        kind: .info,
        text: "Only a milestone from before CareJourney is marked done elsewhere; Enter signs "
          + "this one.")
      return []
    }
    guard maySign(milestone, &state) else { return [] }
    state.notice = AppState.Notice(
      kind: .info, text: "Done elsewhere, date not entered: \(milestone.title)")
    state.mode = .input(signerInput(milestone.id, on: nil, state))
    return []
  }

  static func symbol(_ status: MilestoneStatus) -> (String, Style) {
    switch status {
    case .done: ("✓ done    ", Style(.ok))
    case .due: ("● DUE     ", Style(.warning, bold: true))
    case .overdue: ("! OVERDUE ", Style(.warning, bold: true))
    case .upcoming: ("○ upcoming", Style(.muted))
    case .notRecorded: ("· before  ", Style(.muted))
    case .notApplicable: ("– n/a     ", Style(.muted))
    }
  }

  /// Enter on a milestone: ask for the signer's name (the current name filled in); on one from
  /// before CareJourney, first the day it was done; on their line, open or close it. `n` the
  /// same to mark a conditional one ("only if: ...") not applicable.
  static func startSigning(_ state: inout AppState, notApplicable: Bool = false) -> [Effect] {
    let list = listing(state)
    if list.indices.contains(state.milestones.row), case .before = list[state.milestones.row] {
      toggleBefore(&state)
      return []
    }
    guard let milestone = selected(&state) else { return [] }
    if milestone.status == .notRecorded, !notApplicable {
      guard maySign(milestone, &state) else { return [] }
      state.notice = AppState.Notice(
        kind: .info, text: "Signing with its real date: \(milestone.title) (e: done elsewhere)")
      state.mode = .input(
        AppState.Input(
          .signedOn(milestone: milestone.id), prompt: "Date it was done, YYYY-MM-DD: "))
      return []
    }
    if milestone.signature != nil, !notApplicable {
      // Signed already: Enter shows who signed it, when, and lets it be corrected.
      state.mode = .detail(.milestone(milestone))
      return []
    }
    if let signature = milestone.signature {
      let what = signature.notApplicable ? "Already marked not applicable" : "Already signed"
      state.notice = AppState.Notice(
        kind: .info, text: "\(what) by \(signature.author.name) \(signature.whenText).")
      return []
    }
    if notApplicable, milestone.rule.appliesIf == nil {
      state.notice = AppState.Notice(
        kind: .error,
        text: "\"\(milestone.title)\" applies to every patient; only a milestone marked "
          + "\"only if\" can be marked not applicable.")
      return []
    }
    guard maySign(milestone, &state) else { return [] }
    let doing = notApplicable ? "Marking not applicable today" : "Signing today"
    state.notice = AppState.Notice(kind: .info, text: "\(doing): \(milestone.title)")
    state.mode = .input(
      AppState.Input(
        .signerName(milestone: milestone.id, notApplicable: notApplicable),
        prompt: notApplicable
          ? "Not applicable, as (Enter confirms, Esc cancels): "
          : "Sign as (Enter confirms, Esc cancels): ",
        text: state.author.name))
    return []
  }

  static func render(_ state: AppState, into buffer: inout CellBuffer, area: Area) {
    guard let data = state.data, area.height > 1 else { return }
    switch state.shownMode {
    case .nurseForm(let form)?:
      NurseForms.render(form, state: state, into: &buffer, area: area)
      return
    case .phasePicker(let choice)?:
      PhasePicker.render(data, choice: choice, into: &buffer, area: area)
      return
    default: break
    }
    let journey = data.journey
    let since = journey.phaseStart.map { " since \($0)" } ?? ""
    buffer.put(
      "Milestones · \(journey.phase.title)\(since)", x: 1, y: area.y,
      style: Style(.accent, bold: true), maxWidth: area.width - 2)
    let list = listing(state)
    if list.isEmpty {
      buffer.put(
        "Nothing to sign in this phase; a advances the phase.", x: 1, y: area.y + 1,
        style: Style(.muted))
      return
    }
    let height = area.height - 1
    let selected = min(state.milestones.row, list.count - 1)
    let first = max(0, min(selected - height / 2, list.count - height))
    for (offset, row) in list.dropFirst(first).prefix(height).enumerated() {
      let y = area.y + 1 + offset
      let isSelected = first + offset == selected
      guard case .milestone(let milestone) = row else {
        if case .before(let count, let open) = row {
          beforeLine(
            count: count, open: open, selected: isSelected, y: y, into: &buffer, area: area)
        }
        continue
      }
      let (word, style) = symbol(milestone.status)
      let day =
        milestone.due.map { StudyDay(date: $0, journey: journey, protocol: data.care).label }
        ?? "not dated"
      let who = milestone.rule.signer == .nurse ? "nurse" : "anyone"
      let due = day.padding(toLength: max(TextWidth.of(text: day), 19), withPad: " ", startingAt: 0)
      var text = "\(due) \(milestone.title)"
      if let condition = milestone.rule.appliesIf { text += " (only if: \(condition))" }
      text += " · \(who)"
      if let signature = milestone.signature {
        let what = signature.notApplicable ? "not applicable, marked" : "signed"
        let when = signature.on?.description ?? "· done elsewhere"
        text += " · \(what) by \(signature.author.name) \(when)"
      }
      if isSelected {
        buffer.fill(x: 0, y: y, width: area.width, height: 1, style: Style(.selection))
      }
      buffer.put(isSelected ? "›" : " ", x: 0, y: y, style: Style(.selection, bold: true))
      buffer.put(word, x: 1, y: y, style: isSelected ? Style(.selection, bold: true) : style)
      buffer.put(
        text, x: 12, y: y, style: isSelected ? Style(.selection) : Style(.normal),
        maxWidth: area.width - 13)
      if isSelected { buffer.cursor = (1, y) }
    }
  }

  /// `▸ before CareJourney: not recorded (17) · b opens`.
  static func beforeLine(
    count: Int, open: Bool, selected: Bool, y: Int, into buffer: inout CellBuffer, area: Area
  ) {
    let text =
      "\(open ? "▾" : "▸") before CareJourney: not recorded (\(count))"
      + (open
        ? " · Enter signs with its date, e done elsewhere, b closes" : " · Enter or b opens")
    PickerRow.draw(
      text, selected: selected, x: 1, y: y, style: Style(.muted), into: &buffer, area: area)
  }
}
