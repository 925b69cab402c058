import JourneyCore

/// Who is at the keyboard: asked once on a computer (when the screens first open on a journey,
/// or as the new journey's last question), switched with `p`. The role is chosen from a list,
/// then the name is confirmed (filled in with what the app knows: the patient's name for the
/// patient), as signing confirms it. The loop remembers the answer outside the data directory.
public enum PersonPicker {
  /// What each role does, one line each.
  static func explanation(of role: Role) -> String {
    switch role {
    case .patient: tr("logs temperatures, symptoms and medicines")
    case .caregiver: tr("reviews the timeline; logs for the patient")
    case .nurse: tr("signs milestones, ICE score, CRS/ICANS grading")
    }
  }

  /// Opens the picker on the current role, with `question` in the notice line.
  /// Opens the picker; `question`, when given, shows above it as a question (the Start flow's
  /// picker needs none: its own heading asks).
  static func open(_ state: inout AppState, question: String?) {
    let row = Role.allCases.firstIndex(of: state.author.role) ?? 0
    if case .newJourney(var form)? = state.mode {
      form.step = .choosingPerson(row: row)
      state.mode = .newJourney(form)
    } else {
      state.mode = .personPicker(row: row)
    }
    state.notice = question.map { AppState.Notice(kind: .question, text: $0) }
  }

  /// On first start with a journey and nobody remembered: ask, once.
  static func askIfNeeded(_ state: inout AppState) {
    guard state.askPerson, state.data != nil, state.mode == nil else { return }
    open(
      &state,
      question: tr("Who is using CareJourney on this computer? Asked once; p switches later."))
  }

  /// ↑/↓ or 1–3 choose a role, Enter asks the name, Esc keeps the person as they were. Its keys
  /// are ``KeyMap/personPicker``.
  static func run(_ command: KeyCommand, _ key: Key, _ state: inout AppState) -> [Effect] {
    guard let row = state.mode?.personRow else { return [] }
    let roles = Role.allCases
    switch command {
    case .cancel:
      if case .newJourney = state.mode {
        StartForm.cancel(&state)
      } else {
        state.mode = nil
        state.askPerson = false
        state.notice = AppState.Notice(
          kind: .info, text: tr("Still %s.", state.author.description))
      }
    case .up: state.mode?.choosePerson(row: max(0, row - 1))
    case .down: state.mode?.choosePerson(row: min(roles.count - 1, row + 1))
    case .choose:
      guard case .character(let c) = key, let digit = Int(String(c)),
        roles.indices.contains(digit - 1)
      else { return [] }
      state.mode?.choosePerson(row: digit - 1)
    case .confirm:
      let role = roles[row]
      let input = AppState.Input(
        .personName(role), prompt: tr("Your name as %s (Enter confirms): ", role.title),
        text: suggestedName(for: role, state))
      if case .newJourney(var form)? = state.mode {
        form.step = .typing(input)
        state.mode = .newJourney(form)
      } else {
        state.mode = .input(input)
      }
    default: break
    }
    return []
  }

  /// The name filled in: the current person's when the role stays theirs, the patient's name
  /// for the patient, else nothing (a nurse types their own).
  static func suggestedName(for role: Role, _ state: AppState) -> String {
    if role == .patient, case .newJourney(let form)? = state.mode { return form.patient }
    if role == state.author.role, !state.askPerson { return state.author.name }
    guard role == .patient else { return "" }
    return state.data?.journey.patient ?? ""
  }

  /// The name confirmed: the new journey starts signed by them, or they are now at the keyboard
  /// (remembered on this computer).
  static func submit(_ state: inout AppState, role: Role, name: String) -> [Effect] {
    guard !name.isEmpty else {
      state.notice = AppState.Notice(kind: .error, text: tr("Type your name; Esc cancels."))
      return []
    }
    let person = Author(role: role, name: name)
    // A new journey keeps the name on screen until it is written (a failed write keeps it).
    if case .newJourney = state.mode { return StartForm.finish(&state, typist: person) }
    state.mode = nil
    state.author = person
    state.askPerson = false
    state.notice = AppState.Notice(
      kind: .info, text: tr("Now at the keyboard: %s.", person.description))
    return [.rememberPerson(person)]
  }

  static func render(_ row: Int, into buffer: inout CellBuffer, area: Area) {
    guard area.height > 1 else { return }
    buffer.put(
      tr("Who is at the keyboard? ↑/↓ or 1–3, Enter chooses, Esc cancels"), x: 1, y: area.y,
      style: Style(.accent, bold: true), maxWidth: area.width - 2)
    let titles = Role.allCases.map { $0.title.prefix(1).uppercased() + $0.title.dropFirst() }
    let column = max(10, titles.map { TextWidth.of(text: $0) }.max() ?? 0)
    for (index, role) in Role.allCases.enumerated() {
      let y = area.y + 1 + index
      guard y < area.y + area.height else { break }
      let selected = index == row
      let text =
        "\(index + 1) \(TextWidth.padded(titles[index], to: column)) " + explanation(of: role)
      PickerRow.draw(text, selected: selected, y: y, into: &buffer, area: area)
    }
  }
}
