import JourneyCore

extension KeyBinding {
  /// What must hold for a key to act; when it does not, the key says why instead of doing
  /// nothing in silence (lazygit's `GetDisabledReason`, as data).
  public enum Requirement: Equatable, Sendable {
    /// It writes to the journey: not in a read-only window.
    case writable
    /// Only a nurse may use it.
    case nurse
    /// It goes to a screen of the journey: not before there is one (the Start screen).
    case journey
    /// It leaves the screen: not while a form, picker or prompt waits behind Help.
    case nothingOpen
    /// The focus is on a field typed into: the grading form's temperature or ICE score, the
    /// SLEDAI-2K form's physician global or prednisolone dose.
    case numberField
    /// The focus is on what Space marks: the grading form's "antipyretic/anti-cytokine given",
    /// a SLEDAI-2K descriptor or medicine.
    case markable
    /// The focus is on a grading field with a list of values (not the typed temperature).
    case choiceField

    /// Why `binding` does nothing in `state`, or nil when this holds.
    func refusal(of binding: KeyBinding, in state: AppState) -> String? {
      switch self {
      case .writable:
        guard state.readOnly else { return nil }
        return state.folderReadOnly
          ? tr(
            "Read-only window: %s is not possible here (this computer cannot write to the data "
              + "folder).", binding.help)
          : tr(
            "Read-only window: %s is not possible here (started with --read-only).", binding.help)
      case .nurse:
        guard state.author.role != .nurse else { return nil }
        return tr(
          "Only a nurse can use the %s; start CareJourney with --role nurse.", binding.help)
      case .journey:
        guard state.data == nil else { return nil }
        return tr("There is no journey here yet: n starts one, d opens the demo.")
      case .nothingOpen:
        guard state.screen == .help, let mode = state.mode else { return nil }
        let title = mode.context.title
        return tr(
          "%s is still open behind this help: Esc goes back to it.",
          title.prefix(1).uppercased() + title.dropFirst())
      case .numberField, .markable, .choiceField:
        guard case .nurseForm(let form)? = state.mode else { return nil }
        return formRefusal(form)
      }
    }

    /// The refusal on a nurse's form, where the focused field decides.
    func formRefusal(_ form: NurseForm) -> String? {
      switch (self, form) {
      case (.numberField, .grading(_, _, let focus)) where !NurseForms.typedFields.contains(focus):
        tr("Numbers go into the temperature and the ICE score; ↑/↓ moves to them.")
      case (.markable, .grading(_, _, let focus)) where focus != NurseForms.maskedField:
        tr("Space answers only \"antipyretic/anti-cytokine given\"; ←/→ change the other fields.")
      case (.choiceField, .grading(_, _, let focus)) where focus == NurseForms.temperatureField:
        tr("The temperature is typed, not chosen: type it, e.g. 38.9.")
      case (.numberField, .sledai(let sledai)) where !sledai.focusIsNumber:
        tr("Numbers go into the physician global and the prednisolone dose; ↑/↓ moves to them.")
      case (.markable, .sledai(let sledai)) where sledai.focusIsNumber:
        tr("Space marks a descriptor or a medicine; type the number here.")
      default: nil
      }
    }
  }

  /// Whether the status line leaves it out: it cannot act while the window is read-only,
  /// before there is a journey, or while a form waits behind Help. (A nurse's key stays, to
  /// be asked for.)
  func hidden(in state: AppState) -> Bool {
    requires.contains { requirement in
      [.writable, .journey, .nothingOpen].contains(requirement)
        && requirement.refusal(of: self, in: state) != nil
    }
  }

  /// Why it does nothing in `state` (the first requirement that does not hold), or nil.
  func refusal(in state: AppState) -> String? {
    requires.lazy.compactMap { $0.refusal(of: self, in: state) }.first
  }
}
