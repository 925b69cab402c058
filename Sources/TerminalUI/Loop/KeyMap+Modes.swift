import JourneyCore

extension KeyMap {
  /// The keys of every form, picker and prompt (lazygit's popups have their own bindings too);
  /// Help lists them when opened from one (`?`, or F1 where `?` is typed).
  static var modeBindings: [KeyBinding] {
    inputLine + symptomPicker + neuroCheckForm + phasePicker + personPicker + startPhasePicker
      + iceForm + gradingForm + sledaiForm + detail
  }

  /// Help from inside a form or picker; Help's Esc comes back to it as it was.
  static func help(in context: KeyContext) -> KeyBinding {
    KeyBinding(
      [.character("?"), .function(1)], "?", tr("help: these keys", context: "key"), .help,
      in: context, main: true)
  }

  /// Esc in a form or picker: `what` says what is left as it was.
  static func cancel(in context: KeyContext, _ what: String) -> KeyBinding {
    KeyBinding(
      [.escape], tr("Esc", context: "key name"), tr("cancel: %s", what, context: "key"), .cancel,
      in: context, main: true)
  }

  /// ↑/k and ↓/j over a list: `previous` and `next` say what they move to ("previous
  /// symptom").
  static func rows(
    previous: String, next: String, in context: KeyContext, tab: Bool = false
  ) -> [KeyBinding] {
    [
      KeyBinding([.up, .character("k")], "↑/k", previous, .up, in: context),
      KeyBinding(
        [.down, .character("j")] + (tab ? [.tab] : []), tab ? "↓/j/Tab" : "↓/j", next, .down,
        in: context),
    ]
  }

  static var inputLine: [KeyBinding] {
    [
      KeyBinding(
        [.enter], tr("Enter", context: "key name"),
        tr("confirm: save what is typed, or answer the question", context: "key"), .confirm,
        in: .input, main: true),
      cancel(in: .input, tr("nothing typed here is saved", context: "key")),
      KeyBinding(
        [.backspace], tr("Backspace", context: "key name"),
        tr("delete the last character", context: "key"), .deleteLast, in: .input),
      KeyBinding(
        [], tr("text", context: "key name"),
        tr(
          "typed into the line (? too); a paste is typed, its line breaks as spaces", context: "key"
        ),
        .type, in: .input, characters: .text),
      KeyBinding(
        [.function(1)], "F1", tr("help: these keys", context: "key"), .help, in: .input,
        main: true),
    ]
  }

  static var symptomPicker: [KeyBinding] {
    rows(
      previous: tr("previous symptom", context: "key"), next: tr("next symptom", context: "key"),
      in: .symptomPicker) + [
        KeyBinding(
          [.pageUp], tr("PgUp", context: "key name"), tr("ten symptoms up", context: "key"),
          .pageUp, in: .symptomPicker),
        KeyBinding(
          [.pageDown], tr("PgDn", context: "key name"), tr("ten symptoms down", context: "key"),
          .pageDown, in: .symptomPicker),
        KeyBinding(
          [.left, .character("h")], "←/h", tr("milder: severity down", context: "key"),
          .previousValue,
          in: .symptomPicker),
        KeyBinding(
          [.right, .character("l")], "→/l", tr("worse: severity up", context: "key"), .nextValue,
          in: .symptomPicker),
        KeyBinding(
          [], "0–4",
          tr("severity: 0 none, 1 mild, 2 moderate, 3 severe, 4 very severe", context: "key"),
          .choose,
          in: .symptomPicker, characters: .digits("0"..."4")),
        KeyBinding(
          [.enter], tr("Enter", context: "key name"),
          tr("save: the symptom at this severity", context: "key"), .confirm, in: .symptomPicker,
          main: true),
        cancel(in: .symptomPicker, tr("nothing is saved", context: "key")),
        help(in: .symptomPicker),
      ]
  }

  static var neuroCheckForm: [KeyBinding] {
    rows(
      previous: tr("previous item", context: "key"), next: tr("next item", context: "key"),
      in: .neuroCheckForm, tab: true) + [
        KeyBinding(
          [.left, .character("h")], "←/h",
          tr("answer: the item's other answer (objects: one fewer)", context: "key"),
          .previousValue, in: .neuroCheckForm),
        KeyBinding(
          [.right, .character("l"), .character(" ")], tr("→/l/Space", context: "key name"),
          tr("answer: the item's other answer (objects: one more)", context: "key"), .nextValue,
          in: .neuroCheckForm, main: true),
        KeyBinding(
          [], "0–3", tr("objects named: how many of the three", context: "key"), .choose,
          in: .neuroCheckForm, characters: .digits("0"..."3")),
        KeyBinding(
          [.enter], tr("Enter", context: "key name"),
          tr("save: the check, once every item is answered", context: "key"), .confirm,
          in: .neuroCheckForm, main: true),
        cancel(in: .neuroCheckForm, tr("nothing is saved", context: "key")),
        help(in: .neuroCheckForm),
      ]
  }

  static var phasePicker: [KeyBinding] {
    rows(
      previous: tr("previous phase", context: "key"), next: tr("next phase", context: "key"),
      in: .phasePicker) + [
        KeyBinding(
          [.enter], tr("Enter", context: "key name"),
          tr("advance: to the selected phase today (asks a reason where needed)", context: "key"),
          .confirm, in: .phasePicker, main: true),
        cancel(in: .phasePicker, tr("the phase stays as it is", context: "key")),
        help(in: .phasePicker),
      ]
  }

  static var personPicker: [KeyBinding] {
    rows(
      previous: tr("previous person", context: "key"), next: tr("next person", context: "key"),
      in: .personPicker) + [
        KeyBinding(
          [], "1–3", tr("choose: 1 patient, 2 caregiver, 3 nurse", context: "key"), .choose,
          in: .personPicker,
          characters: .digits("1"..."3")),
        KeyBinding(
          [.enter], tr("Enter", context: "key name"),
          tr("choose: then confirm the name", context: "key"), .confirm, in: .personPicker,
          main: true),
        cancel(
          in: .personPicker,
          tr("the same person stays (in a new journey: nothing is started)", context: "key")),
        help(in: .personPicker),
      ]
  }

  static var startPhasePicker: [KeyBinding] {
    rows(
      previous: tr("previous phase", context: "key"), next: tr("next phase", context: "key"),
      in: .startPhasePicker) + [
        KeyBinding(
          [.enter], tr("Enter", context: "key name"),
          tr("answer: the patient is in this phase now", context: "key"), .confirm,
          in: .startPhasePicker, main: true),
        cancel(
          in: .startPhasePicker, tr("no journey is started; nothing is written", context: "key")),
        help(in: .startPhasePicker),
      ]
  }

  static var iceForm: [KeyBinding] {
    rows(
      previous: tr("previous item", context: "key"), next: tr("next item", context: "key"),
      in: .iceForm, tab: true) + [
        KeyBinding(
          [.character(" "), .character("x")], tr("Space/x", context: "key name"),
          tr("mark: the item scores 1 or 0", context: "key"),
          .toggle, in: .iceForm),
        KeyBinding(
          [], "0–1", tr("score: the item 0 or 1 point", context: "key"), .choose, in: .iceForm,
          characters: .digits("0"..."1")),
        KeyBinding(
          [.enter], tr("Enter", context: "key name"), tr("save: the ICE score", context: "key"),
          .confirm, in: .iceForm, main: true),
        cancel(in: .iceForm, tr("nothing is saved", context: "key")),
        help(in: .iceForm),
      ]
  }

  static var gradingForm: [KeyBinding] {
    [
      KeyBinding([.up], "↑", tr("previous field", context: "key"), .up, in: .gradingForm),
      KeyBinding(
        [.down, .tab], "↓/Tab", tr("next field", context: "key"), .down, in: .gradingForm),
      KeyBinding(
        [.left], "←", tr("change: the field's previous value", context: "key"), .previousValue,
        in: .gradingForm,
        requires: [.choiceField]),
      KeyBinding(
        [.right], "→", tr("change: the field's next value", context: "key"), .nextValue,
        in: .gradingForm,
        requires: [.choiceField]),
      KeyBinding(
        [], "0–9 . ,", tr("type: the temperature, or the ICE score", context: "key"), .type,
        in: .gradingForm,
        characters: .number, requires: [.numberField]),
      KeyBinding(
        [.backspace], tr("Backspace", context: "key name"),
        tr("delete: the temperature's last digit, or the ICE score", context: "key"),
        .deleteLast, in: .gradingForm, requires: [.numberField]),
      KeyBinding(
        [.character(" ")], tr("Space", context: "key name"),
        tr("antipyretic/anti-cytokine given: yes or no", context: "key"), .toggle,
        in: .gradingForm, requires: [.markable]),
      KeyBinding(
        [.enter], tr("Enter", context: "key name"),
        tr("save: the grading (ASTCT 2019)", context: "key"), .confirm, in: .gradingForm,
        main: true),
      cancel(in: .gradingForm, tr("nothing is saved", context: "key")),
      help(in: .gradingForm),
    ]
  }

  static var sledaiForm: [KeyBinding] {
    rows(
      previous: tr("previous row", context: "key"), next: tr("next row", context: "key"),
      in: .sledaiForm, tab: true) + [
        KeyBinding(
          [.pageUp], tr("PgUp", context: "key name"), tr("ten rows up", context: "key"), .pageUp,
          in: .sledaiForm),
        KeyBinding(
          [.pageDown], tr("PgDn", context: "key name"), tr("ten rows down", context: "key"),
          .pageDown, in: .sledaiForm),
        KeyBinding(
          [.home], tr("Home", context: "key name"), tr("first row", context: "key"), .top,
          in: .sledaiForm),
        KeyBinding(
          [.end], tr("End", context: "key name"), tr("last row", context: "key"), .bottom,
          in: .sledaiForm),
        KeyBinding(
          [.character(" "), .character("x")], tr("Space/x", context: "key name"),
          tr(
            "mark: a descriptor present, or a medicine counted against drug-free remission",
            context: "key"),
          .toggle, in: .sledaiForm, requires: [.markable]),
        KeyBinding(
          [], "0–9 . ,",
          tr("type: the physician global (0–3) or the prednisolone mg/day", context: "key"), .type,
          in: .sledaiForm, characters: .number, requires: [.numberField]),
        KeyBinding(
          [.backspace], tr("Backspace", context: "key name"),
          tr("delete: the number's last digit", context: "key"), .deleteLast,
          in: .sledaiForm, requires: [.numberField]),
        KeyBinding(
          [.enter], tr("Enter", context: "key name"),
          tr("save: the assessment (what sledai --record saves)", context: "key"), .confirm,
          in: .sledaiForm, main: true),
        cancel(in: .sledaiForm, tr("nothing is saved", context: "key")),
        help(in: .sledaiForm),
      ]
  }

  static var detail: [KeyBinding] {
    [
      KeyBinding(
        [.character("s")], "s",
        tr("strike out: the line stays, struck through, with your reason", context: "key"),
        .strike, in: .detail, requires: [.writable], main: true),
      KeyBinding(
        [.character("c")], "c",
        tr("correct: a new value (a temperature, a note) and the reason", context: "key"),
        .correctValue, in: .detail, requires: [.writable], main: true),
      KeyBinding(
        [.escape], tr("Esc", context: "key name"), tr("back: to the list", context: "key"), .cancel,
        in: .detail, main: true),
      help(in: .detail),
    ]
  }
}
