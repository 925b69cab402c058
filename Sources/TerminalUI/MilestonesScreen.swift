import JourneyCore

/// The nurse's screen: this phase's and the next's milestones, anything overdue, signing, and
/// advancing the phase.
public enum MilestonesScreen {
  /// The milestones listed: overdue ones from any phase, then this phase's and the next's.
  public static func rows(_ state: AppState) -> [Milestone] {
    guard let data = state.data else { return [] }
    let phase = data.journey.phase
    let next = PhaseTransition.allowed(from: phase).first { $0.kind == .normal }?.to
    return state.views.milestones.filter { milestone in
      milestone.status == .overdue || milestone.status == .due || milestone.phase == phase
        || milestone.phase == next
    }
  }

  static func symbol(_ status: MilestoneStatus) -> (String, Style) {
    switch status {
    case .done: ("✓ done    ", Style(.ok))
    case .due: ("● DUE     ", Style(.warning, bold: true))
    case .overdue: ("! OVERDUE ", Style(.warning, bold: true))
    case .upcoming: ("○ upcoming", Style(.muted))
    case .notApplicable: ("– n/a     ", Style(.muted))
    }
  }

  /// Enter on a milestone: ask for the signer's name (the current name filled in); `n` the same
  /// to mark a conditional one ("only if: ...") not applicable.
  static func startSigning(_ state: inout AppState, notApplicable: Bool = false) -> [Effect] {
    let list = rows(state)
    guard list.indices.contains(state.milestoneRow) else {
      state.notice = AppState.Notice(kind: .info, text: "No milestone selected.")
      return []
    }
    let milestone = list[state.milestoneRow]
    if let signature = milestone.signature {
      let what = signature.notApplicable ? "Already marked not applicable" : "Already signed"
      state.notice = AppState.Notice(
        kind: .info, text: "\(what) by \(signature.author.name) on \(signature.on).")
      return []
    }
    if notApplicable, milestone.rule.appliesIf == nil {
      state.notice = AppState.Notice(
        kind: .error,
        text: "\"\(milestone.title)\" applies to every patient; only a milestone marked "
          + "\"only if\" can be marked not applicable.")
      return []
    }
    if milestone.rule.signer == .nurse, state.author.role != .nurse {
      state.notice = AppState.Notice(
        kind: .error, text: "A nurse signs \"\(milestone.title)\"; start CareJourney with --role nurse.")
      return []
    }
    let doing = notApplicable ? "Marking not applicable today" : "Signing today"
    state.notice = AppState.Notice(kind: .info, text: "\(doing): \(milestone.title)")
    state.input = AppState.Input(
      .signerName(milestone: milestone.id, notApplicable: notApplicable),
      prompt: notApplicable
        ? "Not applicable, as (Enter confirms, Esc cancels): "
        : "Sign as (Enter confirms, Esc cancels): ",
      text: state.author.name)
    return []
  }

  static func render(_ state: AppState, into buffer: inout CellBuffer, area: Area) {
    guard let data = state.data, area.height > 1 else { return }
    if let form = state.form {
      NurseForms.render(form, state: state, into: &buffer, area: area)
      return
    }
    if let choice = state.advancePicker {
      advancePicker(data, choice: choice, into: &buffer, area: area)
      return
    }
    let journey = data.journey
    let since = journey.phaseStart.map { " since \($0)" } ?? ""
    buffer.put("Milestones · \(journey.phase.title)\(since)", x: 1, y: area.y, style: Style(.accent, bold: true), maxWidth: area.width - 2)
    let list = rows(state)
    if list.isEmpty {
      buffer.put("Nothing to sign in this phase; a advances the phase.", x: 1, y: area.y + 1, style: Style(.muted))
      return
    }
    let height = area.height - 1
    let selected = min(state.milestoneRow, list.count - 1)
    let first = max(0, min(selected - height / 2, list.count - height))
    for (offset, milestone) in list.dropFirst(first).prefix(height).enumerated() {
      let y = area.y + 1 + offset
      let isSelected = first + offset == selected
      let (word, style) = symbol(milestone.status)
      let day = milestone.due.map { StudyDay(date: $0, journey: journey, protocol: data.care).label } ?? "not dated"
      let who = milestone.rule.signer == .nurse ? "nurse" : "anyone"
      let due = day.padding(toLength: max(TextWidth.of(text: day), 19), withPad: " ", startingAt: 0)
      var text = "\(due) \(milestone.title)"
      if let condition = milestone.rule.appliesIf { text += " (only if: \(condition))" }
      text += " · \(who)"
      if let signature = milestone.signature {
        let what = signature.notApplicable ? "not applicable, marked" : "signed"
        text += " · \(what) by \(signature.author.name) \(signature.on)"
      }
      if isSelected { buffer.fill(x: 0, y: y, width: area.width, height: 1, style: Style(.selection)) }
      buffer.put(isSelected ? "›" : " ", x: 0, y: y, style: Style(.selection, bold: true))
      buffer.put(word, x: 1, y: y, style: isSelected ? Style(.selection, bold: true) : style)
      buffer.put(text, x: 12, y: y, style: isSelected ? Style(.selection) : Style(.normal), maxWidth: area.width - 13)
      if isSelected { buffer.cursor = (1, y) }
    }
  }

  static func advancePicker(_ data: JourneyData, choice: Int, into buffer: inout CellBuffer, area: Area) {
    buffer.put(
      "Advance from \(data.journey.phase.title.lowercased()) to (↑/↓, Enter, Esc cancels):",
      x: 1, y: area.y, style: Style(.accent, bold: true), maxWidth: area.width - 2)
    for (index, transition) in PhaseTransition.allowed(from: data.journey.phase).enumerated() {
      let y = area.y + 1 + index
      guard y < area.y + area.height else { break }
      let why = transition.requiresReason ? " (\(transition.kind.rawValue), needs a reason)" : ""
      let selected = index == choice
      buffer.put(
        (selected ? "› " : "  ") + transition.to.title + why + (selected ? ", today \(data.today)" : ""),
        x: 1, y: y, style: selected ? Style(.selection, bold: true) : Style(.normal))
      if selected { buffer.cursor = (1, y) }
    }
  }
}
