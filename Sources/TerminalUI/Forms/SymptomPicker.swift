import JourneyCore

/// Today's symptom picker (`s`): ↑/↓ choose a symptom from the protocol's list, 0–4 or ←/→ its
/// severity, Enter saves; for a symptom logged only as happened, Enter saves "yes". Its keys are ``KeyMap/symptomPicker``.
enum SymptomPicker {
  static func run(_ command: KeyCommand, _ key: Key, _ state: inout AppState) -> [Effect] {
    guard case .symptomPicker(var row, var severity)? = state.mode,
      let symptoms = state.data?.care.symptoms, !symptoms.isEmpty
    else {
      state.mode = nil
      return []
    }
    let last = symptoms.count - 1
    switch command {
    case .cancel:
      state.mode = nil
      return []
    case .up: row = max(0, row - 1)
    case .down: row = min(last, row + 1)
    case .pageUp: row = max(0, row - 10)
    case .pageDown: row = min(last, row + 10)
    case .previousValue: severity = max(0, severity - 1)
    case .nextValue: severity = min(4, severity + 1)
    case .choose:
      guard case .character(let c) = key, let digit = Int(String(c)) else { return [] }
      severity = digit
    case .confirm:
      // A symptom logged only as happened is saved as 1 ("yes"), whatever severity was chosen.
      let saved = symptoms[row].scale == .present ? 1 : severity
      return [.log([.symptom(name: symptoms[row].id, severity: saved)])]
    default: return []
    }
    state.mode = .symptomPicker(row: row, severity: severity)
    return []
  }

  static func render(
    row: Int, severity: Int, data: JourneyData, into buffer: inout CellBuffer, area: Area
  ) {
    let symptoms = data.care.symptoms
    let words = Timeline.severityLabels
    let header =
      symptoms.indices.contains(row) && symptoms[row].scale == .present
      ? tr("Symptom: ↑/↓ choose · Enter = yes, it happened · Esc cancel")
      : tr(
        "Symptom: ↑/↓ choose · 0–4 or ←/→ severity: %1$s %2$s · Enter save · Esc cancel",
        String(severity), words[severity])
    buffer.put(header, x: 1, y: area.y, style: Style(.accent), maxWidth: area.width - 2)
    let height = max(1, area.height - 1)
    let first = max(0, min(row - height / 2, symptoms.count - height))
    for (offset, symptom) in symptoms.dropFirst(first).prefix(height).enumerated() {
      let index = first + offset
      let y = area.y + 1 + offset
      let selected = index == row
      let group = symptom.group == .proCTCAE ? "" : "  (\(symptom.group.title))"
      let text = (selected ? "› " : "  ") + symptom.label(in: Language.current) + group
      buffer.put(
        text, x: 1, y: y, style: selected ? Style(.selection, bold: true) : Style(.normal),
        maxWidth: area.width - 2)
      if selected { buffer.cursor = (1, y) }
    }
  }
}
