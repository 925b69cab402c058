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
    if case .nurseForm(.sledai(var form))? = state.mode {
      form.follow(
        SledaiForm(today: data.today, entries: data.entries, settings: data.care.remission))
      state.mode = .nurseForm(.sledai(form))
    }
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
  case .working(let text):
    state.progress = text
    if state.mode?.input?.purpose == .exportFormat { state.mode = nil }
    return []
  case .finished(let notice):
    state.progress = nil
    state.notice = notice
    return []
  case .saved(let message):
    state.notice = AppState.Notice(kind: .info, text: message)
    state.mode = nil
    return [.reload]
  case .key(let key):
    if key == .resize { return [] }
    let context = state.keyContext
    if case .paste = key, context != .input {
      // "t39.4⏎" pasted on Today must not log a temperature nobody typed.
      state.notice = AppState.Notice(
        kind: .error,
        text: tr(
          "Pasted text is taken only where text is typed (a note: n first); nothing was done."))
      return []
    }
    guard let binding = KeyMap.binding(for: key, in: context) else {
      if case .character(let c) = key {
        state.notice = AppState.Notice(
          kind: .info, text: tr("The key %s does nothing here; ? shows the keys.", String(c)))
      }
      return []
    }
    if let refusal = binding.refusal(in: state) {
      state.notice = AppState.Notice(kind: .error, text: refusal)
      return []
    }
    // A screen's key clears the last message; inside a form it stays (a refusal to fix).
    if case .screen = context { state.notice = nil }
    return dispatch(binding.command, key, in: context, &state)
  }
}

/// Sends a bound key's command to the context it was pressed in: one switch per context.
func dispatch(
  _ command: KeyCommand, _ key: Key, in context: KeyContext, _ state: inout AppState
) -> [Effect] {
  if command == .help {
    state.notice = nil
    return run(.help, &state)
  }
  switch context {
  case .screen: return run(command, &state)
  case .input: return typing(command, key, &state)
  case .symptomPicker: return SymptomPicker.run(command, key, &state)
  case .neuroCheckForm: return NeuroCheckForm.run(command, key, &state)
  case .phasePicker: return PhasePicker.run(command, &state)
  case .personPicker: return PersonPicker.run(command, key, &state)
  case .startPhasePicker: return StartForm.pickPhase(command, &state)
  case .iceForm, .gradingForm, .sledaiForm: return NurseForms.run(command, key, &state)
  case .detail: return DetailScreen.run(command, &state)
  }
}

/// Keeps the selected rows inside their lists after the data changed.
func clampRows(_ state: inout AppState) {
  let rows = TimelineScreen.listing(state).refs.count
  state.timeline.row = max(0, min(state.timeline.row, rows - 1))
  let milestones = MilestonesScreen.listing(state).count
  state.milestones.row = max(0, min(state.milestones.row, milestones - 1))
}

/// A screen's command.
func run(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
  let tabs = AppState.Screen.tabs
  switch command {
  case .quit:
    state.quitting = true
    return [.quit]
  case .cancel:
    state.notice = nil
    if state.screen == .help { state.screen = state.help.previous }
  case .help:
    if state.screen != .help { state.help.previous = state.screen }
    state.help.row = 0
    state.screen = state.screen == .help ? state.help.previous : .help
  case .nextScreen, .previousScreen:
    let shown = state.screen == .help ? state.help.previous : state.screen
    let current = tabs.firstIndex(of: shown) ?? 0
    let step = command == .nextScreen ? 1 : tabs.count - 1
    state.screen = tabs[(current + step) % tabs.count]
  case .goTo(let screen):
    state.screen = screen
  case .logTemperature:
    let unit = state.data?.journey.temperatureUnit ?? .celsius
    let example = Reading.temperatureExample(unit)
    state.mode = .input(
      AppState.Input(
        .temperature,
        prompt: tr("Temperature (%1$s, e.g. %2$s): ", unit.symbol, Language.current.number(example))
      ))
  case .logNote:
    state.mode = .input(AppState.Input(.note, prompt: tr("Note: ", context: "prompt")))
  case .logMedication:
    state.mode = .input(
      AppState.Input(.medication, prompt: tr("Medication and dose (e.g. prednisone 5 mg): ")))
  case .logSymptom:
    state.mode = .symptomPicker(row: 0, severity: 1)
  case .answerAlert:
    guard let alert = state.views.alerts.first else {
      state.notice = AppState.Notice(kind: .info, text: tr("No alert is open: nothing to answer."))
      return []
    }
    state.mode = .input(
      AppState.Input(
        .acknowledgement(alert: alert.id),
        prompt: tr("What was done about the %s alert (who, what they said)? ", alert.word)))
  case .neuroCheck:
    guard let data = state.data else { return [] }
    if let why = HomeNeuroCheck.refusal(on: data.today, journey: data.journey, protocol: data.care)
    {
      state.notice = AppState.Notice(
        kind: .error,
        text: tr("%s.", why.prefix(1).uppercased() + why.dropFirst(), context: "sentence"))
      return []
    }
    state.mode = .neuroCheck(NeuroCheckForm())
  case .up: move(&state, by: -1)
  case .down: move(&state, by: 1)
  case .pageUp: move(&state, by: -10)
  case .pageDown: move(&state, by: 10)
  case .top: move(&state, by: -1_000_000)
  case .bottom: move(&state, by: 1_000_000)
  case .toggleOrder:
    state.timeline.newestFirst.toggle()
    state.timeline.row = 0
  case .cycleFilter:
    let all = TimelineFilter.allCases
    state.timeline.filter = all[((all.firstIndex(of: state.timeline.filter) ?? 0) + 1) % all.count]
    state.timeline.row = 0
  case .search:
    state.mode = .input(
      AppState.Input(.search, prompt: tr("Search: "), text: state.timeline.search))
  case .jump:
    state.mode = .input(AppState.Input(.jump, prompt: tr("Go to (2026-12-01, +7, -5): ")))
  case .sign:
    return MilestonesScreen.startSigning(&state)
  case .notApplicable:
    return MilestonesScreen.startSigning(&state, notApplicable: true)
  case .advance:
    guard let journey = state.data?.journey else { return [] }
    if PhaseTransition.allowed(from: journey.phase).isEmpty {
      state.notice = AppState.Notice(
        kind: .info,
        text: tr("The journey has ended; nothing follows %s.", journey.phase.titleInSentence))
    } else {
      state.mode = .phasePicker(row: 0)
    }
  case .ice:
    guard NurseForms.named(&state) else { return [] }
    state.mode = .nurseForm(.ice(items: Array(repeating: 1, count: 10), focus: 0))
  case .grade:
    guard NurseForms.named(&state) else { return [] }
    state.mode = .nurseForm(.grading(GradingInput(), temperature: "", focus: 0))
  case .sledai:
    guard let data = state.data, NurseForms.named(&state) else { return [] }
    var form = SledaiForm(today: data.today, entries: data.entries, settings: data.care.remission)
    if !data.historyComplete {
      form.prednisoloneSource += "; " + tr("earlier days still being read")
    }
    state.mode = .nurseForm(.sledai(form))
  case .shorterRange:
    state.trends.days = state.trends.days == 90 ? 30 : 7
  case .longerRange:
    state.trends.days = state.trends.days == 7 ? 30 : 90
  case .nextLab, .previousLab:
    TrendsScreen.step(&state, by: command == .nextLab ? 1 : -1)
  case .newJourney:
    StartForm.begin(&state)
  case .switchPerson:
    PersonPicker.open(&state, question: tr("Who is at the keyboard now?"))
  case .openBefore:
    MilestonesScreen.toggleBefore(&state)
  case .signElsewhere:
    return MilestonesScreen.startSigningElsewhere(&state)
  case .openDemo:
    return [.openDemo]
  case .export:
    state.mode = .input(
      AppState.Input(.exportFormat, prompt: tr("Export as %s: ", ExportFormat.namesText)))
  case .openDetail:
    if state.screen == .milestones {
      MilestonesScreen.openDetail(&state)
    } else {
      DetailScreen.openTimelineRow(&state)
    }
  case .confirm, .type, .deleteLast, .toggle, .choose, .previousValue, .nextValue, .strike,
    .correctValue:
    break  // keys of forms and prompts; no screen binds them
  }
  return []
}

func move(_ state: inout AppState, by step: Int) {
  switch state.screen {
  case .timeline:
    let count = TimelineScreen.listing(state).refs.count
    state.timeline.row = max(0, min(count - 1, state.timeline.row + step))
  case .milestones:
    let count = MilestonesScreen.listing(state).count
    state.milestones.row = max(0, min(count - 1, state.milestones.row + step))
  case .help:
    let count = HelpScreen.lines(state).count
    state.help.row = max(0, min(count - 1, state.help.row + step))
  default: break
  }
}

/// The input line: Enter submits, Esc cancels, Backspace deletes, text (and a paste) is typed.
func typing(_ command: KeyCommand, _ key: Key, _ state: inout AppState) -> [Effect] {
  guard var input = state.mode?.input else { return [] }
  switch command {
  case .cancel:
    let wasNewJourney = if case .newJourney = state.mode { true } else { false }
    state.mode = nil
    state.notice = nil
    if wasNewJourney { StartForm.cancel(&state) }
    if case .personName = input.purpose { state.askPerson = false }
    return []
  case .deleteLast:
    input.deleteLast()
  case .type:
    // A sane limit: a paste of a whole document is refused with the limit named.
    let limit = InputLimits.characters(for: input.purpose)
    func refuse() {
      if let said = input.refusal, state.notice == AppState.Notice(kind: .error, text: said) {
        return
      }
      let text = tr("That is over %s characters, the limit here; shorten it.", String(limit))
      input.refusal = text
      state.notice = AppState.Notice(kind: .error, text: text)
    }
    switch key {
    case .character(let c):
      guard input.type(c, limit: limit) else {
        refuse()
        state.mode?.update(input)
        return []
      }
    case .paste(let text):
      // One line of text: a line break or a tab in a paste is a space, never Enter.
      for character in text {
        let typed: Character = character.isNewline || character == "\t" ? " " : character
        // Other control characters are dropped, as the keyboard's are (KeyDecoding).
        let scalars = typed.unicodeScalars
        if scalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F) ~= $0.value }) { continue }
        guard input.type(typed, limit: limit) else {
          refuse()
          break
        }
      }
    default: return []
    }
  case .confirm:
    return submit(&state, input)
  default:
    return []
  }
  state.mode?.update(input)
  return []
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
      let unit = state.data?.journey.temperatureUnit ?? .celsius
      return [
        .log([.temperature(celsius: try Reading.temperature(text, unit: unit), asTyped: text)])
      ]
    } catch {
      return refuse(error.message)
    }
  case .note, .medication:
    guard !text.isEmpty else { return refuse(tr("Nothing typed; Esc cancels.")) }
    return [.log([input.purpose == .note ? .note(text: text) : .medication(text: text)])]
  case .acknowledgement(let alert):
    guard !text.isEmpty else { return refuse(tr("Say what was done; Esc cancels.")) }
    return [.log([.acknowledgement(alert: alert, note: text)])]
  case .search:
    state.timeline.search = text
    state.mode = nil
    state.timeline.row = 0
  case .jump:
    state.mode = nil
    guard TimelineScreen.jump(&state, to: text) else {
      return refuse(
        tr("%s is not a date (2026-12-01) or a day (+7, -5) in the timeline.", text))
    }
  case .signerName(let milestone, let notApplicable):
    guard !text.isEmpty else { return refuse(tr("Type the name of the person signing.")) }
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
      return refuse(StartForm.notADate(text, state.today))
    }
    do {
      try journey.pastWindow(today: state.today).check(date)
    } catch {
      return refuse(error.message.prefix(1).uppercased() + error.message.dropFirst() + ".")
    }
    state.mode = .input(MilestonesScreen.signerInput(milestone, on: date, state))
  case .signerBefore(let milestone, let on):
    guard !text.isEmpty else { return refuse(tr("Type the name of the person signing.")) }
    state.author.name = text
    return [.record(.milestoneSigned(milestone: milestone, on: on, note: nil))]
  case .personName(let role):
    return PersonPicker.submit(&state, role: role, name: text)
  case .reason(let phase):
    guard !text.isEmpty else {
      return refuse(tr("This move needs a reason; type it, or Esc to cancel."))
    }
    guard let today = state.data?.today else { return [] }
    return [.record(.phaseEntered(phase: phase, on: today, reason: text, note: nil))]
  case .startName, .startPhaseDate, .startInfusion, .startPhone, .startBorn, .startSex,
    .startIdentifier:
    return StartForm.submit(&state, input.purpose, text)
  case .correctionValue(let id, let kind):
    guard !text.isEmpty else { return refuse(tr("Type the correct value, or Esc to cancel.")) }
    do {
      let body = try DetailScreen.value(text, kind: kind, state)
      state.mode = .input(
        AppState.Input(.correctionReason(id: id, change: .value(body)), prompt: tr("Why? ")))
    } catch {
      return refuse(error.message)
    }
  case .correctionReason(let id, let change):
    guard !text.isEmpty else {
      return refuse(tr("A correction needs a reason; type it, or Esc."))
    }
    return [.correct(id: id, reason: text, change: change)]
  case .exportFormat:
    guard !text.isEmpty else {
      return refuse(tr("Type a format: %s; Esc cancels.", ExportFormat.namesText))
    }
    guard let format = ExportFormat(rawValue: text.lowercased()) else {
      let names = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
      return refuse(tr("Not saved: %1$s is not a format; type one of %2$s.", text, names))
    }
    return [.export(format)]
  }
  return []
}
