import JourneyCore

extension AppState {
  /// What is open over a screen: one form, picker or prompt at a time (TCA's destination,
  /// lazygit's popup). Its keys are in the key map under its ``KeyContext``; closing it is
  /// `state.mode = nil`.
  public enum Mode: Equatable, Sendable {
    /// The input line: a temperature, a note, a search, a signer's name, an export format.
    case input(Input)
    /// Today: choosing a symptom (the selected row of the protocol's symptoms) and its
    /// severity, 0–4.
    case symptomPicker(row: Int, severity: Int)
    /// Today: the caregiver's home neuro check, in the acute weeks.
    case neuroCheck(NeuroCheckForm)
    /// Milestones: choosing the phase to advance to (the row of the allowed transitions).
    case phasePicker(row: Int)
    /// Milestones: a nurse's form (ICE, ASTCT grading, SLEDAI-2K).
    case nurseForm(NurseForm)
    /// Who is at the keyboard: the selected row of `Role.allCases`.
    case personPicker(row: Int)
    /// The Start screen's questions for a new journey, with the one being asked.
    case newJourney(StartForm)
    /// Timeline or Milestones: one row made whole (Enter), where it may be corrected.
    case detail(Detail)

    /// Where its keys are looked up.
    public var context: KeyContext {
      switch self {
      case .input: .input
      case .symptomPicker: .symptomPicker
      case .neuroCheck: .neuroCheckForm
      case .phasePicker: .phasePicker
      case .nurseForm(.ice): .iceForm
      case .nurseForm(.grading): .gradingForm
      case .nurseForm(.sledai): .sledaiForm
      case .personPicker: .personPicker
      case .detail: .detail
      case .newJourney(let form):
        switch form.step {
        case .typing: .input
        case .choosingPhase: .startPhasePicker
        case .choosingPerson: .personPicker
        }
      }
    }

    /// The line being typed, wherever it is asked (on its own or as a new journey's question).
    public var input: Input? {
      switch self {
      case .input(let input): input
      case .newJourney(let form): if case .typing(let input) = form.step { input } else { nil }
      default: nil
      }
    }

    /// Puts back the line being typed, where it was asked.
    mutating func update(_ input: Input) {
      switch self {
      case .input: self = .input(input)
      case .newJourney(var form):
        form.step = .typing(input)
        self = .newJourney(form)
      default: break
      }
    }

    /// The detail open, if any.
    var detail: Detail? {
      if case .detail(let detail) = self { detail } else { nil }
    }

    /// The person picker's selected row, on its own or in a new journey.
    var personRow: Int? {
      switch self {
      case .personPicker(let row): row
      case .newJourney(let form):
        if case .choosingPerson(let row) = form.step { row } else { nil }
      default: nil
      }
    }

    /// Moves the person picker's selection, where it is open.
    mutating func choosePerson(row: Int) {
      switch self {
      case .personPicker: self = .personPicker(row: row)
      case .newJourney(var form):
        form.step = .choosingPerson(row: row)
        self = .newJourney(form)
      default: break
      }
    }
  }

  /// Where the next key goes: Help over everything, else the open form, picker or prompt, else
  /// the screen.
  public var keyContext: KeyContext {
    if screen == .help { return .screen(.help) }
    return mode?.context ?? .screen(screen)
  }

  /// The form, picker or prompt drawn now: none while Help covers it.
  var shownMode: Mode? { screen == .help ? nil : mode }
}
