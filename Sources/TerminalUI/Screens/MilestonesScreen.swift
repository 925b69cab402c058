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
        kind: .info, text: tr("Nothing from before CareJourney is waiting to be recorded."))
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
      state.notice = AppState.Notice(kind: .info, text: tr("No milestone selected."))
      return nil
    }
    return milestone
  }

  /// Refuses a nurse's milestone to anyone else; true when `state.author` may sign it.
  static func maySign(_ milestone: Milestone, _ state: inout AppState) -> Bool {
    guard milestone.rule.signer == .nurse, state.author.role != .nurse else { return true }
    state.notice = AppState.Notice(
      kind: .error,
      text: tr(
        "A nurse signs \"%s\"; p switches person, or start CareJourney with --role nurse.",
        milestone.title))
    return false
  }

  /// The name prompt for signing a milestone from before CareJourney, done on `on` (nil: done
  /// elsewhere).
  static func signerInput(_ milestone: String, on: LocalDate?, _ state: AppState) -> AppState.Input
  {
    AppState.Input(
      .signerBefore(milestone: milestone, on: on),
      prompt: tr("Sign as (Enter confirms, Esc cancels): "), text: state.author.name)
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
        text: tr(
          "Only a milestone from before CareJourney is marked done elsewhere; Enter signs this "
            + "one."))
      return []
    }
    guard maySign(milestone, &state) else { return [] }
    state.notice = AppState.Notice(
      kind: .info, text: tr("Done elsewhere, date not entered: %s", milestone.title))
    state.mode = .input(signerInput(milestone.id, on: nil, state))
    return []
  }

  /// A status as a symbol and a word (`! OVERDUE`), never colour alone, in
  /// ``Language/current``.
  static func symbol(_ status: MilestoneStatus) -> (String, Style) {
    switch status {
    case .done: ("✓ " + tr("done", context: "milestone status"), Style(.ok))
    case .due: ("● " + tr("DUE", context: "milestone status"), Style(.warning, bold: true))
    case .overdue:
      ("! " + tr("OVERDUE", context: "milestone status"), Style(.warning, bold: true))
    case .upcoming: ("○ " + tr("upcoming", context: "milestone status"), Style(.muted))
    case .notRecorded: ("· " + tr("before", context: "milestone status"), Style(.muted))
    case .notApplicable: ("– " + tr("n/a", context: "milestone status"), Style(.muted))
    }
  }

  /// Where a row's text starts: after the widest status word (`! OVERDUE`), and a space.
  static var textColumn: Int {
    2 + (MilestoneStatus.allCases.map { TextWidth.of(text: symbol($0).0) }.max() ?? 10)
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
        kind: .info,
        text: tr("Signing with its real date: %s (e: done elsewhere)", milestone.title))
      state.mode = .input(
        AppState.Input(
          .signedOn(milestone: milestone.id), prompt: tr("Date it was done, YYYY-MM-DD: ")))
      return []
    }
    if milestone.signature != nil, !notApplicable {
      // Signed already: Enter shows who signed it, when, and lets it be corrected.
      state.mode = .detail(.milestone(milestone))
      return []
    }
    if let signature = milestone.signature {
      let text =
        signature.notApplicable
        ? tr(
          "Already marked not applicable by %1$s %2$s.", signature.author.name,
          signature.whenText)
        : tr("Already signed by %1$s %2$s.", signature.author.name, signature.whenText)
      state.notice = AppState.Notice(kind: .info, text: text)
      return []
    }
    if notApplicable, milestone.rule.appliesIf == nil {
      state.notice = AppState.Notice(
        kind: .error,
        text: tr(
          "\"%s\" applies to every patient; only a milestone marked \"only if\" can be marked "
            + "not applicable.", milestone.title))
      return []
    }
    guard maySign(milestone, &state) else { return [] }
    let doing =
      notApplicable
      ? tr("Marking not applicable today: %s", milestone.title)
      : tr("Signing today: %s", milestone.title)
    state.notice = AppState.Notice(kind: .info, text: doing)
    state.mode = .input(
      AppState.Input(
        .signerName(milestone: milestone.id, notApplicable: notApplicable),
        prompt: notApplicable
          ? tr("Not applicable, as (Enter confirms, Esc cancels): ")
          : tr("Sign as (Enter confirms, Esc cancels): "),
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
    let since =
      journey.phaseStart.map { " " + tr("since %s", Language.current.numericDate($0)) } ?? ""
    buffer.put(
      "\(AppState.Screen.milestones.title) · \(journey.phase.title)\(since)", x: 1, y: area.y,
      style: Style(.accent, bold: true), maxWidth: area.width - 2)
    let list = listing(state)
    if list.isEmpty {
      buffer.put(
        tr("Nothing to sign in this phase; a advances the phase."), x: 1, y: area.y + 1,
        style: Style(.muted))
      return
    }
    let height = area.height - 1
    let column = textColumn
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
        ?? tr("not dated")
      let who = milestone.rule.signer == .nurse ? Role.nurse.title : tr("anyone", context: "signer")
      let due = TextWidth.padded(day, to: 19)
      var text = "\(due) \(milestone.title)"
      if let condition = milestone.rule.appliesIf(in: .current) {
        text += tr(" (only if: %s)", condition)
      }
      text += " · \(who)"
      if let signature = milestone.signature {
        let when =
          signature.on.map { Language.current.numericDate($0) }
          ?? "· " + tr("done elsewhere", context: "milestone")
        text +=
          " · "
          + (signature.notApplicable
            ? tr("not applicable, marked by %1$s %2$s", signature.author.name, when)
            : tr("signed by %1$s %2$s", signature.author.name, when))
      }
      if isSelected {
        buffer.fill(x: 0, y: y, width: area.width, height: 1, style: Style(.selection))
      }
      buffer.put(isSelected ? "›" : " ", x: 0, y: y, style: Style(.selection, bold: true))
      buffer.put(word, x: 1, y: y, style: isSelected ? Style(.selection, bold: true) : style)
      buffer.putCut(
        text, x: column, y: y, style: isSelected ? Style(.selection) : Style(.normal),
        maxWidth: area.width - column - 1)
      if isSelected { buffer.cursor = (1, y) }
    }
  }

  /// `▸ before CareJourney: not recorded (17) · b opens`.
  static func beforeLine(
    count: Int, open: Bool, selected: Bool, y: Int, into buffer: inout CellBuffer, area: Area
  ) {
    let text =
      "\(open ? "▾" : "▸") " + tr("before CareJourney: not recorded (%s)", String(count)) + " · "
      + (open
        ? tr("Enter signs with its date, e done elsewhere, b closes") : tr("Enter or b opens"))
    PickerRow.draw(
      text, selected: selected, x: 1, y: y, style: Style(.muted), into: &buffer, area: area)
  }
}
