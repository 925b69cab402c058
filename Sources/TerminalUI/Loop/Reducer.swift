import JourneyCore

/// The app's one state machine: a key or an event in, the new state and the effects out.
///
/// Pure: no files, no clock, no terminal. The loop runs the effects and sends their results
/// back as actions (`saved`, `failed`, `loaded`).
public func reduce(into state: inout AppState, _ action: Action) -> [Effect] {
  // Whatever changed, the Timeline's listing follows before the next frame.
  defer { TimelineScreen.syncListing(&state) }
  switch action {
  case .loaded(let data):
    state.data = data
    state.views = DerivedViews(data)
    TimelineScreen.syncListing(&state)
    if state.screen == .start { state.screen = AppState.firstScreen(for: state.author.role) }
    clampRows(&state)
    PersonPicker.askIfNeeded(&state)
    return []
  case .tick(let now):
    state.clock = now
    guard var data = state.data, data.now != now else { return [] }
    let before = data.now
    data.now = now
    state.data = data
    // Alerts depend on the time of day (a temperature missing by the evening): judge them
    // again when the minute changes, not on every tick.
    if before.date != now.date || before.hour != now.hour || before.minute != now.minute {
      state.views.refresh(data, timeline: false)
    }
    return []
  case .failed(let message):
    state.notice = AppState.Notice(kind: .error, text: message)
    return []
  case .saved(let message):
    state.notice = AppState.Notice(kind: .info, text: message)
    state.input = nil
    state.pickerRow = nil
    state.form = nil
    state.advancePicker = nil
    state.startForm = nil
    return [.reload]
  case .key(let key):
    if key == .resize { return [] }
    if state.input != nil { return typing(&state, key) }
    if case .paste = key {
      // "t39.4⏎" pasted on Today must not log a temperature nobody typed.
      state.notice = AppState.Notice(
        kind: .error,
        text: "Pasted text is taken only where text is typed (a note: n first); nothing was done.")
      return []
    }
    if state.personPicker != nil { return PersonPicker.key(&state, key) }
    if state.startForm?.choosingPhase == true { return StartForm.choosingPhase(&state, key) }
    if state.pickerRow != nil { return picking(&state, key) }
    if state.form != nil { return NurseForms.key(&state, key) }
    if state.advancePicker != nil { return choosingPhase(&state, key) }
    if key == .escape {
      state.notice = nil
      if state.screen == .help { state.screen = state.previous }
      return []
    }
    guard let binding = KeyMap.binding(for: key, on: state.screen) else {
      if case .character(let c) = key {
        state.notice = AppState.Notice(kind: .info, text: "The key \(c) does nothing here; ? shows the keys.")
      }
      return []
    }
    if binding.writes && state.readOnly {
      state.notice = AppState.Notice(
        kind: .error, text: "Read-only window: \(binding.help) is not possible here (started with --read-only).")
      return []
    }
    if binding.nurseOnly && state.author.role != .nurse {
      state.notice = AppState.Notice(
        kind: .error, text: "Only a nurse can use the \(binding.help); start CareJourney with --role nurse.")
      return []
    }
    state.notice = nil
    return run(binding.command, &state)
  }
}

/// Keeps the selected rows inside their lists after the data changed.
func clampRows(_ state: inout AppState) {
  let rows = TimelineScreen.listing(state).refs.count
  state.timelineRow = max(0, min(state.timelineRow, rows - 1))
  let milestones = MilestonesScreen.listing(state).count
  state.milestoneRow = max(0, min(state.milestoneRow, milestones - 1))
}

func run(_ command: Command, _ state: inout AppState) -> [Effect] {
  let tabs = AppState.Screen.tabs
  switch command {
  case .quit:
    state.quitting = true
    return [.quit]
  case .help:
    if state.screen != .help { state.previous = state.screen }
    state.helpRow = 0
    state.screen = state.screen == .help ? state.previous : .help
  case .nextScreen, .previousScreen:
    guard state.data != nil else { return [] }
    let current = tabs.firstIndex(of: state.screen == .help ? state.previous : state.screen) ?? 0
    let step = command == .nextScreen ? 1 : tabs.count - 1
    state.screen = tabs[(current + step) % tabs.count]
  case .goTo(let screen):
    guard state.data != nil else { return [] }
    state.screen = screen
  case .logTemperature:
    let unit = state.data?.journey.temperatureUnit == .fahrenheit ? "°F" : "°C"
    state.input = AppState.Input(.temperature, prompt: "Temperature (\(unit), e.g. 37.8): ")
  case .logNote:
    state.input = AppState.Input(.note, prompt: "Note: ")
  case .logMedication:
    state.input = AppState.Input(.medication, prompt: "Medication and dose (e.g. prednisone 5 mg): ")
  case .logSymptom:
    state.pickerRow = 0
    state.pickerSeverity = 1
  case .up: move(&state, by: -1)
  case .down: move(&state, by: 1)
  case .pageUp: move(&state, by: -10)
  case .pageDown: move(&state, by: 10)
  case .top: move(&state, by: -1_000_000)
  case .bottom: move(&state, by: 1_000_000)
  case .toggleOrder:
    state.newestFirst.toggle()
    state.timelineRow = 0
  case .cycleFilter:
    let all = TimelineFilter.allCases
    state.filter = all[((all.firstIndex(of: state.filter) ?? 0) + 1) % all.count]
    state.timelineRow = 0
  case .search:
    state.input = AppState.Input(.search, prompt: "Search: ", text: state.search)
  case .jump:
    state.input = AppState.Input(.jump, prompt: "Go to (2026-12-01, +7, -5): ")
  case .sign:
    return MilestonesScreen.startSigning(&state)
  case .notApplicable:
    return MilestonesScreen.startSigning(&state, notApplicable: true)
  case .advance:
    guard let journey = state.data?.journey else { return [] }
    if PhaseTransition.allowed(from: journey.phase).isEmpty {
      state.notice = AppState.Notice(kind: .info, text: "The journey has ended; nothing follows \(journey.phase.title.lowercased()).")
    } else {
      state.advancePicker = 0
    }
  case .ice:
    state.form = .ice(items: Array(repeating: 1, count: 10), focus: 0)
  case .grade:
    state.form = .grading(GradingInput(), temperature: "", focus: 0)
  case .sledai:
    guard let data = state.data else { return [] }
    state.form = .sledai(
      SledaiForm(today: data.today, entries: data.entries, settings: data.care.remission))
  case .shorterRange:
    state.trendDays = state.trendDays == 90 ? 30 : 7
  case .longerRange:
    state.trendDays = state.trendDays == 7 ? 30 : 90
  case .nextLab, .previousLab:
    TrendsScreen.step(&state, by: command == .nextLab ? 1 : -1)
  case .newJourney:
    StartForm.begin(&state)
  case .switchPerson:
    PersonPicker.open(&state, question: "Who is at the keyboard now?")
  case .openBefore:
    MilestonesScreen.toggleBefore(&state)
  case .signElsewhere:
    return MilestonesScreen.startSigningElsewhere(&state)
  case .openDemo:
    return [.openDemo]
  case .export:
    state.input = AppState.Input(.exportFormat, prompt: "Export as csv, json, fhir, ics or html: ")
  }
  return []
}

func move(_ state: inout AppState, by step: Int) {
  switch state.screen {
  case .timeline:
    let count = TimelineScreen.listing(state).refs.count
    state.timelineRow = max(0, min(count - 1, state.timelineRow + step))
  case .milestones:
    let count = MilestonesScreen.listing(state).count
    state.milestoneRow = max(0, min(count - 1, state.milestoneRow + step))
  case .help:
    let count = HelpScreen.lines(for: state.previous).count
    state.helpRow = max(0, min(count - 1, state.helpRow + step))
  default: break
  }
}

/// Typing into the input line: Enter submits, Esc cancels, Backspace deletes.
func typing(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard var input = state.input else { return [] }
  switch key {
  case .escape:
    state.input = nil
    state.notice = nil
    if state.startForm != nil { StartForm.cancel(&state) }
    if case .personName = input.purpose { state.askPerson = false }
    return []
  case .backspace:
    input.deleteLast()
  case .character(let c):
    // A sane limit: a paste of a whole document is refused with the limit named.
    let limit = InputLimits.characters(for: input.purpose)
    guard input.type(c, limit: limit) else {
      state.notice = AppState.Notice(
        kind: .error, text: "That is over \(limit) characters, the limit here; shorten it.")
      return []
    }
  case .paste(let text):
    // One line of text: a line break or a tab in a paste is a space, never Enter.
    let limit = InputLimits.characters(for: input.purpose)
    for character in text {
      let typed: Character = character.isNewline || character == "\t" ? " " : character
      // Other control characters are dropped, as the keyboard's are (KeyDecoding).
      let scalars = typed.unicodeScalars
      if scalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F) ~= $0.value }) { continue }
      guard input.type(typed, limit: limit) else {
        state.notice = AppState.Notice(
          kind: .error, text: "That is over \(limit) characters, the limit here; shorten it.")
        break
      }
    }
  case .enter:
    return submit(&state, input)
  default:
    return []
  }
  state.input = input
  return []
}

/// The longest line a person types into CareJourney: the same ``TextLimits`` as the command line.
public enum InputLimits {
  /// The limit for free text (notes, medications, reasons).
  public static let characters = TextLimits.freeText

  /// The limit for what `purpose` asks for: names and phone numbers are short.
  public static func characters(for purpose: AppState.Input.Purpose) -> Int {
    switch purpose {
    case .signerName, .signerBefore, .startName, .startPhone, .personName, .startBorn, .startSex:
      TextLimits.name
    case .startIdentifier: 2 * TextLimits.name + 1
    default: TextLimits.freeText
    }
  }
}

func submit(_ state: inout AppState, _ input: AppState.Input) -> [Effect] {
  let text = input.text.trimmingCharacters(in: .whitespaces)
  func refuse(_ message: String) -> [Effect] {
    state.notice = AppState.Notice(kind: .error, text: message)
    return []  // the input stays on screen to be fixed
  }
  switch input.purpose {
  case .temperature:
    do {
      var typed = text
      if state.data?.journey.temperatureUnit == .fahrenheit, !typed.uppercased().hasSuffix("F"),
        !typed.uppercased().hasSuffix("C")
      {
        typed += "F"
      }
      return [.log([.temperature(celsius: try Reading.temperature(typed), asTyped: text)])]
    } catch {
      return refuse(error.message)
    }
  case .note, .medication:
    guard !text.isEmpty else { return refuse("Nothing typed; Esc cancels.") }
    return [.log([input.purpose == .note ? .note(text: text) : .medication(text: text)])]
  case .search:
    state.search = text
    state.input = nil
    state.timelineRow = 0
  case .jump:
    state.input = nil
    guard TimelineScreen.jump(&state, to: text) else {
      return refuse("\(text) is not a date (2026-12-01) or a day (+7, -5) in the timeline.")
    }
  case .signerName(let milestone, let notApplicable):
    guard !text.isEmpty else { return refuse("Type the name of the person signing.") }
    guard let today = state.data?.today else { return [] }
    state.author.name = text
    return [
      .record(
        .milestoneSigned(
          milestone: milestone, on: today, note: nil, notApplicable: notApplicable))
    ]
  case .signedOn(let milestone):
    guard let journey = state.data?.journey else { return [] }
    guard let date = LocalDate(parsing: text) else {
      return refuse("\(text) is not a date: write it as YYYY-MM-DD, e.g. \(state.today).")
    }
    do {
      try journey.pastWindow(today: state.today).check(date)
    } catch {
      return refuse(error.message.prefix(1).uppercased() + error.message.dropFirst() + ".")
    }
    state.input = MilestonesScreen.signerInput(milestone, on: date, state)
  case .signerBefore(let milestone, let on):
    guard !text.isEmpty else { return refuse("Type the name of the person signing.") }
    state.author.name = text
    return [.record(.milestoneSigned(milestone: milestone, on: on, note: nil))]
  case .personName(let role):
    return PersonPicker.submit(&state, role: role, name: text)
  case .reason(let phase):
    guard !text.isEmpty else { return refuse("This move needs a reason; type it, or Esc to cancel.") }
    guard let today = state.data?.today else { return [] }
    return [.record(.phaseEntered(phase: phase, on: today, reason: text, note: nil))]
  case .startName, .startPhaseDate, .startInfusion, .startPhone, .startBorn, .startSex,
    .startIdentifier:
    return StartForm.submit(&state, input.purpose, text)
  case .exportFormat:
    guard !text.isEmpty else {
      return refuse("Type a format: csv, json, fhir, ics or html; Esc cancels.")
    }
    return [.export(format: text.lowercased())]
  }
  return []
}

/// The symptom picker: ↑/↓ choose a symptom, 0–4 or ←/→ its severity, Enter saves.
func picking(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard let row = state.pickerRow, let symptoms = state.data?.care.symptoms, !symptoms.isEmpty else {
    state.pickerRow = nil
    return []
  }
  switch key {
  case .escape: state.pickerRow = nil
  case .up, .character("k"): state.pickerRow = max(0, row - 1)
  case .down, .character("j"): state.pickerRow = min(symptoms.count - 1, row + 1)
  case .pageUp: state.pickerRow = max(0, row - 10)
  case .pageDown: state.pickerRow = min(symptoms.count - 1, row + 10)
  case .left, .character("h"): state.pickerSeverity = max(0, state.pickerSeverity - 1)
  case .right, .character("l"): state.pickerSeverity = min(4, state.pickerSeverity + 1)
  case .character(let c) where ("0"..."4").contains(c):
    state.pickerSeverity = Int(String(c)) ?? 1
  case .enter:
    return [.log([.symptom(name: symptoms[row].id, severity: state.pickerSeverity)])]
  default: break
  }
  return []
}

/// Choosing the phase to advance to, then confirming (with a reason where the table asks).
func choosingPhase(_ state: inout AppState, _ key: Key) -> [Effect] {
  guard let index = state.advancePicker, let data = state.data else { return [] }
  let options = PhaseTransition.allowed(from: data.journey.phase)
  switch key {
  case .escape: state.advancePicker = nil
  case .up, .character("k"): state.advancePicker = max(0, index - 1)
  case .down, .character("j"): state.advancePicker = min(options.count - 1, index + 1)
  case .enter:
    let choice = options[index]
    state.advancePicker = nil
    if choice.requiresReason {
      state.input = AppState.Input(.reason(phase: choice.to), prompt: "Reason for \(choice.kind.rawValue) to \(choice.to.title.lowercased()): ")
      return []
    }
    return [.record(.phaseEntered(phase: choice.to, on: data.today, reason: nil, note: nil))]
  default: break
  }
  return []
}
