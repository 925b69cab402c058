import JourneyCore

/// Milestones' `a`: choosing the phase to advance to (only what the transition table allows),
/// then confirming, with a reason where the table asks for one. Its keys are
/// ``KeyMap/phasePicker``.
enum PhasePicker {
  static func run(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
    guard case .phasePicker(let index)? = state.mode, let data = state.data else { return [] }
    let options = PhaseTransition.allowed(from: data.journey.phase)
    switch command {
    case .cancel: state.mode = nil
    case .up: state.mode = .phasePicker(row: max(0, index - 1))
    case .down: state.mode = .phasePicker(row: min(options.count - 1, index + 1))
    case .confirm:
      let choice = options[index]
      state.mode = nil
      if choice.requiresReason {
        state.mode = .input(
          AppState.Input(
            .reason(phase: choice.to),
            prompt: tr("Reason for %1$s to %2$s: ", choice.kind.title, choice.to.titleInSentence)))
        return []
      }
      return [.record(.phaseEntered(phase: choice.to, on: data.today, reason: nil, note: nil))]
    default: break
    }
    return []
  }

  static func render(
    _ data: JourneyData, choice: Int, into buffer: inout CellBuffer, area: Area
  ) {
    buffer.put(
      tr("Advance from %s to (↑/↓, Enter, Esc cancels):", data.journey.phase.titleInSentence),
      x: 1, y: area.y, style: Style(.accent, bold: true), maxWidth: area.width - 2)
    for (index, transition) in PhaseTransition.allowed(from: data.journey.phase).enumerated() {
      let y = area.y + 1 + index
      guard y < area.y + area.height else { break }
      let why =
        transition.requiresReason
        ? tr(" (%s, needs a reason)", transition.kind.title) : ""
      let selected = index == choice
      buffer.put(
        (selected ? "› " : "  ") + transition.to.title + why
          + (selected ? ", " + tr("today %s", Language.current.numericDate(data.today)) : ""),
        x: 1, y: y, style: selected ? Style(.selection, bold: true) : Style(.normal))
      if selected { buffer.cursor = (1, y) }
    }
  }
}
