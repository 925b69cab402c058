import JourneyCore

/// Where a key is pressed: a screen, or the form, picker or prompt open over it. Each has its
/// own bindings in ``KeyMap`` (lazygit's contexts), and Help lists the ones of the context it
/// was opened from.
public enum KeyContext: Hashable, Sendable {
  case screen(AppState.Screen)
  /// The input line (what is typed: a temperature, a note, a name, a date).
  case input
  /// Today's symptom picker.
  case symptomPicker
  /// Today's home neuro check.
  case neuroCheckForm
  /// Milestones: the phase to advance to.
  case phasePicker
  /// Who is at the keyboard.
  case personPicker
  /// The nurse's forms on Milestones.
  case iceForm, gradingForm, sledaiForm
  /// The new journey's question "where is the patient now?".
  case startPhasePicker
  /// A Timeline row's or a milestone's detail.
  case detail

  /// Every form, picker and prompt.
  public static let modes: [KeyContext] = [
    .input, .symptomPicker, .neuroCheckForm, .phasePicker, .personPicker, .iceForm, .gradingForm,
    .sledaiForm, .startPhasePicker, .detail,
  ]

  /// What it is called in Help and in a refusal: "the ICE score form".
  public var title: String {
    switch self {
    case .screen(let screen): screen.title
    case .input: tr("the input line")
    case .symptomPicker: tr("the symptom picker")
    case .neuroCheckForm: tr("the home neuro check")
    case .phasePicker: tr("the phase picker")
    case .personPicker: tr("the person picker")
    case .iceForm: tr("the ICE score form")
    case .gradingForm: tr("the CRS/ICANS grading form")
    case .sledaiForm: tr("the SLEDAI-2K form")
    case .startPhasePicker: tr("the new journey's phase picker")
    case .detail: tr("a row's detail")
    }
  }

  /// Help's heading for its keys.
  var heading: String {
    if case .screen(let screen) = self { return tr("Keys on %s:", screen.title) }
    return tr("Keys in %s:", title)
  }
}
