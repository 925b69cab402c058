/// What a key does: one value per action, looked up in ``KeyMap`` and dispatched by one switch
/// per context (calcurse's virtual keys). Inside a form, picker or prompt the same few
/// commands (move, confirm, cancel, type) mean what that form's bindings say.
public enum KeyCommand: Equatable, Sendable {
  // Everywhere
  case nextScreen, previousScreen, help, quit
  case goTo(AppState.Screen)
  /// Esc: close what is open (Help, a form, a prompt), or clear the message.
  case cancel
  // Today
  case logTemperature, logSymptom, logNote, logMedication
  /// Record what was done about the alert at the top of the screen.
  case answerAlert
  /// The caregiver's home neuro check, in the acute weeks.
  case neuroCheck
  // Lists, and the rows of a form or picker
  case up, down, pageUp, pageDown, top, bottom
  // Timeline
  case toggleOrder, cycleFilter, search, jump
  /// Enter on a Timeline row, `v` on a milestone: its detail.
  case openDetail
  /// In a detail: strike the line out, or give it a new value (with a reason).
  case strike, correctValue
  // Milestones
  case sign, notApplicable, advance, ice, grade, sledai
  case openBefore, signElsewhere
  // Trends
  case shorterRange, longerRange, nextLab, previousLab
  // Start
  case newJourney, openDemo
  case export
  case switchPerson
  // Inside a form, picker or prompt
  /// Enter: save, answer or choose.
  case confirm
  /// A character typed (or pasted) into the line or the focused field.
  case type
  /// Backspace in the line or the focused field.
  case deleteLast
  /// Space: mark or unmark the focused item.
  case toggle
  /// A digit that chooses a value (a severity, a score, a role).
  case choose
  /// ←/→ on a field with a list of values, or a severity.
  case previousValue, nextValue
}
