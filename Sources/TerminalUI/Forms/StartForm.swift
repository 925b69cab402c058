import JourneyCore

/// The Start screen's questions for a new journey, asked one at a time: the patient's name,
/// where they are now (a phase picker), the day that phase began, the infusion date (done or
/// planned), the team's phone, the date of birth, the sex and any hospital or trial numbers
/// (each may be skipped with Enter), then who is typing (``PersonPicker``). Nothing is written until
/// the last answer; each date is checked as it is typed, with the rule and the date accepted.
public struct StartForm: Equatable, Sendable {
  public var patient = ""
  /// The row of ``JourneyStartPlan/startingPhases`` chosen.
  public var phaseRow = 0
  public var phaseBegan: LocalDate?
  public var infusion: LocalDate?
  public var teamPhone: String?
  /// Date of birth, sex and identifiers, for another clinic's system to match the records on.
  public var details = PatientDetails()
  /// The question being asked.
  public var step: Step

  /// The question being asked now.
  public enum Step: Equatable, Sendable {
    /// Typed on the input line: the name, a date, the phone, then the typist's name (kept on
    /// screen until the journey is written, so a failed write can be tried again).
    case typing(AppState.Input)
    /// Where the patient is now: the phase picker.
    case choosingPhase
    /// Who is typing: the person picker, on the row selected.
    case choosingPerson(row: Int)
  }

  /// A new journey's questions, from the first: the patient's name.
  public init() {
    step = .typing(AppState.Input(.startName, prompt: tr("Patient's name: ")))
  }

  /// The phase chosen as where the patient is now.
  public var phase: Phase {
    let phases = JourneyStartPlan.startingPhases
    return phases[max(0, min(phaseRow, phases.count - 1))]
  }

  /// The journey as answered so far, once the phase's date is in.
  public var plan: JourneyStartPlan? {
    guard let phaseBegan else { return nil }
    return JourneyStartPlan(
      patient: patient, phase: phase, phaseBegan: phaseBegan, infusion: infusion,
      teamPhone: teamPhone, details: details)
  }

  /// `n` on the Start screen: the first question.
  static func begin(_ state: inout AppState) {
    state.mode = .newJourney(StartForm())
  }

  /// Esc during the questions: nothing was written, nothing is kept.
  static func cancel(_ state: inout AppState) {
    state.mode = nil
    state.notice = AppState.Notice(kind: .info, text: tr("No journey started; n starts again."))
  }

  /// An answer typed; refuses (the input stays, to be fixed) with the rule and the date that
  /// would be accepted.
  static func submit(_ state: inout AppState, _ purpose: AppState.Input.Purpose, _ text: String)
    -> [Effect]
  {
    guard case .newJourney(var form)? = state.mode else { return [] }
    let today = state.today
    // The refusal of an earlier answer goes once this one is accepted (a refusal sets its own).
    state.notice = nil
    func refuse(_ message: String) -> [Effect] {
      state.notice = AppState.Notice(kind: .error, text: message)
      return []
    }
    switch purpose {
    case .startName:
      guard !text.isEmpty else { return refuse(tr("Type the patient's name.")) }
      form.patient = text
      form.step = .choosingPhase
    case .startPhaseDate:
      let date: LocalDate
      if text.isEmpty {
        date = today
      } else {
        guard let typed = LocalDate(parsing: text) else { return refuse(notADate(text, today)) }
        date = typed
      }
      do {
        try Journey.startWindow(today: today).check(date, Language.current.numericDate(date))
      } catch {
        return refuse(error.message.prefix(1).uppercased() + error.message.dropFirst() + ".")
      }
      form.phaseBegan = date
      form.infusion = nil
      if form.phase == .infusion {
        form.step = .typing(phoneInput)
      } else {
        let prompt =
          JourneyStartPlan.needsInfusionDate(form.phase)
          ? tr("Infusion date (Day 0), YYYY-MM-DD: ")
          : tr("Planned infusion date, YYYY-MM-DD (Enter if not planned yet): ")
        form.step = .typing(AppState.Input(.startInfusion, prompt: prompt))
      }
    case .startInfusion:
      if text.isEmpty {
        form.infusion = nil
      } else {
        guard let date = LocalDate(parsing: text) else { return refuse(notADate(text, today)) }
        form.infusion = date
      }
      do {
        try form.plan?.check(today: today)
      } catch {
        return refuse(error.message.prefix(1).uppercased() + error.message.dropFirst() + ".")
      }
      form.step = .typing(phoneInput)
    case .startPhone:
      form.teamPhone = text.isEmpty ? nil : text
      form.step = .typing(
        AppState.Input(
          .startBorn, prompt: tr("Patient's date of birth, YYYY-MM-DD (Enter to skip): ")))
    case .startBorn:
      if !text.isEmpty {
        do {
          form.details.born = try PatientDetails.born(
            text, today: today, option: tr("Date of birth"))
        } catch {
          return refuse(error.message + ".")
        }
      }
      form.step = .typing(
        AppState.Input(
          .startSex,
          prompt: tr("Sex for records: female, male, other or unknown (Enter to skip): ")))
    case .startSex:
      if !text.isEmpty {
        do {
          form.details.sex = try PatientSex(parsing: text, option: tr("Sex"))
        } catch {
          return refuse(error.message + ".")
        }
      }
      form.step = .typing(identifierInput)
    case .startIdentifier:
      guard !text.isEmpty else {
        state.mode = .newJourney(form)
        PersonPicker.open(&state, question: nil)
        return []
      }
      do {
        let identifier = try PatientIdentifier(parsing: text, option: tr("Number"))
        if !form.details.identifiers.contains(identifier) {
          form.details.identifiers.append(identifier)
        }
      } catch {
        return refuse(error.message + ".")
      }
      form.step = .typing(identifierInput)
    default:
      return []
    }
    state.mode = .newJourney(form)
    return []
  }

  static var identifierInput: AppState.Input {
    AppState.Input(
      .startIdentifier,
      prompt: tr("Hospital or trial number as SYSTEM|VALUE (Enter when there is none or no more): ")
    )
  }

  static var phoneInput: AppState.Input {
    AppState.Input(
      .startPhone, prompt: tr("CAR-T team phone, shown with every alert (Enter to skip): "))
  }

  /// Why `text` is not a date, with one that is.
  static func notADate(_ text: String, _ today: LocalDate) -> String {
    tr("%1$s is not a date: write it as YYYY-MM-DD, e.g. %2$s.", text, today.description)
  }

  /// The phase picker: ↑/↓ choose, Enter asks the day it began, Esc cancels. Its keys are
  /// ``KeyMap/startPhasePicker``.
  static func pickPhase(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
    guard case .newJourney(var form)? = state.mode else { return [] }
    let count = JourneyStartPlan.startingPhases.count
    switch command {
    case .cancel:
      cancel(&state)
      return []
    case .up: form.phaseRow = max(0, form.phaseRow - 1)
    case .down: form.phaseRow = min(count - 1, form.phaseRow + 1)
    case .confirm:
      let prompt =
        form.phase == .infusion
        ? tr("Infusion date (Day 0), YYYY-MM-DD (Enter for today): ")
        : tr("Date %s began, YYYY-MM-DD (Enter for today): ", form.phase.screenName)
      form.step = .typing(AppState.Input(.startPhaseDate, prompt: prompt))
    default: break
    }
    state.mode = .newJourney(form)
    return []
  }

  /// The last answer, who is typing, given: start the journey, signed by them.
  static func finish(_ state: inout AppState, typist: Author) -> [Effect] {
    guard case .newJourney(let form)? = state.mode, let plan = form.plan else { return [] }
    do {
      try plan.check(today: state.today)
    } catch {
      state.notice = AppState.Notice(kind: .error, text: error.message)
      return []
    }
    state.author = typist
    state.askPerson = false
    return [.start(plan, typist: typist)]
  }
}

extension AppState {
  /// The day the screens judge dates by: the data's, or before a journey the clock's.
  var today: LocalDate { data?.today ?? clock.date }
}
