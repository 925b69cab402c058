extension KeyMap {
  /// The keys of every form, picker and prompt (lazygit's popups have their own bindings too);
  /// Help lists them when opened from one (`?`, or F1 where `?` is typed).
  static let modeBindings: [KeyBinding] =
    inputLine + symptomPicker + neuroCheckForm + phasePicker + personPicker + startPhasePicker
    + iceForm + gradingForm + sledaiForm + detail

  /// Help from inside a form or picker; Help's Esc comes back to it as it was.
  static func help(in context: KeyContext) -> KeyBinding {
    KeyBinding(
      [.character("?"), .function(1)], "?", "help: these keys", .help, in: context, main: true)
  }

  /// Esc in a form or picker: `what` says what is left as it was.
  static func cancel(in context: KeyContext, _ what: String) -> KeyBinding {
    KeyBinding([.escape], "Esc", "cancel: \(what)", .cancel, in: context, main: true)
  }

  /// ↑/k and ↓/j over a list of `rows` ("symptom", "phase").
  static func rows(_ rows: String, in context: KeyContext, tab: Bool = false) -> [KeyBinding] {
    [
      KeyBinding([.up, .character("k")], "↑/k", "previous \(rows)", .up, in: context),
      KeyBinding(
        [.down, .character("j")] + (tab ? [.tab] : []), tab ? "↓/j/Tab" : "↓/j",
        "next \(rows)", .down, in: context),
    ]
  }

  static let inputLine: [KeyBinding] = [
    KeyBinding(
      [.enter], "Enter", "confirm: save what is typed, or answer the question", .confirm,
      in: .input, main: true),
    cancel(in: .input, "nothing typed here is saved"),
    KeyBinding([.backspace], "Backspace", "delete the last character", .deleteLast, in: .input),
    KeyBinding(
      [], "text", "typed into the line (? too); a paste is typed, its line breaks as spaces",
      .type, in: .input, characters: .text),
    KeyBinding([.function(1)], "F1", "help: these keys", .help, in: .input, main: true),
  ]

  static let symptomPicker: [KeyBinding] =
    rows("symptom", in: .symptomPicker) + [
      KeyBinding([.pageUp], "PgUp", "ten symptoms up", .pageUp, in: .symptomPicker),
      KeyBinding([.pageDown], "PgDn", "ten symptoms down", .pageDown, in: .symptomPicker),
      KeyBinding(
        [.left, .character("h")], "←/h", "milder: severity down", .previousValue,
        in: .symptomPicker),
      KeyBinding(
        [.right, .character("l")], "→/l", "worse: severity up", .nextValue, in: .symptomPicker),
      KeyBinding(
        [], "0–4", "severity: 0 none, 1 mild, 2 moderate, 3 severe, 4 very severe", .choose,
        in: .symptomPicker, characters: .digits("0"..."4")),
      KeyBinding(
        [.enter], "Enter", "save: the symptom at this severity", .confirm, in: .symptomPicker,
        main: true),
      cancel(in: .symptomPicker, "nothing is saved"),
      help(in: .symptomPicker),
    ]

  static let neuroCheckForm: [KeyBinding] =
    rows("item", in: .neuroCheckForm, tab: true) + [
      KeyBinding(
        [.left, .character("h")], "←/h", "answer: the item's other answer (objects: one fewer)",
        .previousValue, in: .neuroCheckForm),
      KeyBinding(
        [.right, .character("l"), .character(" ")], "→/l/Space",
        "answer: the item's other answer (objects: one more)", .nextValue, in: .neuroCheckForm,
        main: true),
      KeyBinding(
        [], "0–3", "objects named: how many of the three", .choose, in: .neuroCheckForm,
        characters: .digits("0"..."3")),
      KeyBinding(
        [.enter], "Enter", "save: the check, once every item is answered", .confirm,
        in: .neuroCheckForm, main: true),
      cancel(in: .neuroCheckForm, "nothing is saved"),
      help(in: .neuroCheckForm),
    ]

  static let phasePicker: [KeyBinding] =
    rows("phase", in: .phasePicker) + [
      KeyBinding(
        [.enter], "Enter", "advance: to the selected phase today (asks a reason where needed)",
        .confirm, in: .phasePicker, main: true),
      cancel(in: .phasePicker, "the phase stays as it is"),
      help(in: .phasePicker),
    ]

  static let personPicker: [KeyBinding] =
    rows("person", in: .personPicker) + [
      KeyBinding(
        [], "1–3", "choose: 1 patient, 2 caregiver, 3 nurse", .choose, in: .personPicker,
        characters: .digits("1"..."3")),
      KeyBinding(
        [.enter], "Enter", "choose: then confirm the name", .confirm, in: .personPicker,
        main: true),
      cancel(in: .personPicker, "the same person stays (in a new journey: nothing is started)"),
      help(in: .personPicker),
    ]

  static let startPhasePicker: [KeyBinding] =
    rows("phase", in: .startPhasePicker) + [
      KeyBinding(
        [.enter], "Enter", "answer: the patient is in this phase now", .confirm,
        in: .startPhasePicker, main: true),
      cancel(in: .startPhasePicker, "no journey is started; nothing is written"),
      help(in: .startPhasePicker),
    ]

  static let iceForm: [KeyBinding] =
    rows("item", in: .iceForm, tab: true) + [
      KeyBinding(
        [.character(" "), .character("x")], "Space/x", "mark: the item scores 1 or 0",
        .toggle, in: .iceForm),
      KeyBinding(
        [], "0–1", "score: the item 0 or 1 point", .choose, in: .iceForm,
        characters: .digits("0"..."1")),
      KeyBinding([.enter], "Enter", "save: the ICE score", .confirm, in: .iceForm, main: true),
      cancel(in: .iceForm, "nothing is saved"),
      help(in: .iceForm),
    ]

  static let gradingForm: [KeyBinding] = [
    KeyBinding([.up], "↑", "previous field", .up, in: .gradingForm),
    KeyBinding([.down, .tab], "↓/Tab", "next field", .down, in: .gradingForm),
    KeyBinding(
      [.left], "←", "change: the field's previous value", .previousValue, in: .gradingForm,
      requires: [.choiceField]),
    KeyBinding(
      [.right], "→", "change: the field's next value", .nextValue, in: .gradingForm,
      requires: [.choiceField]),
    KeyBinding(
      [], "0–9 . ,", "type: the temperature, or the ICE score", .type, in: .gradingForm,
      characters: .number, requires: [.numberField]),
    KeyBinding(
      [.backspace], "Backspace", "delete: the temperature's last digit, or the ICE score",
      .deleteLast, in: .gradingForm, requires: [.numberField]),
    KeyBinding(
      [.character(" ")], "Space", "antipyretic/anti-cytokine given: yes or no", .toggle,
      in: .gradingForm, requires: [.markable]),
    KeyBinding(
      [.enter], "Enter", "save: the grading (ASTCT 2019)", .confirm, in: .gradingForm,
      main: true),
    cancel(in: .gradingForm, "nothing is saved"),
    help(in: .gradingForm),
  ]

  static let sledaiForm: [KeyBinding] =
    rows("row", in: .sledaiForm, tab: true) + [
      KeyBinding([.pageUp], "PgUp", "ten rows up", .pageUp, in: .sledaiForm),
      KeyBinding([.pageDown], "PgDn", "ten rows down", .pageDown, in: .sledaiForm),
      KeyBinding([.home], "Home", "first row", .top, in: .sledaiForm),
      KeyBinding([.end], "End", "last row", .bottom, in: .sledaiForm),
      KeyBinding(
        [.character(" "), .character("x")], "Space/x",
        "mark: a descriptor present, or a medicine counted against drug-free remission",
        .toggle, in: .sledaiForm, requires: [.markable]),
      KeyBinding(
        [], "0–9 . ,", "type: the physician global (0–3) or the prednisolone mg/day", .type,
        in: .sledaiForm, characters: .number, requires: [.numberField]),
      KeyBinding(
        [.backspace], "Backspace", "delete: the number's last digit", .deleteLast,
        in: .sledaiForm, requires: [.numberField]),
      KeyBinding(
        [.enter], "Enter", "save: the assessment (what sledai --record saves)", .confirm,
        in: .sledaiForm, main: true),
      cancel(in: .sledaiForm, "nothing is saved"),
      help(in: .sledaiForm),
    ]

  static let detail: [KeyBinding] = [
    KeyBinding(
      [.character("s")], "s", "strike out: the line stays, struck through, with your reason",
      .strike, in: .detail, requires: [.writable], main: true),
    KeyBinding(
      [.character("c")], "c", "correct: a new value (a temperature, a note) and the reason",
      .correctValue, in: .detail, requires: [.writable], main: true),
    KeyBinding([.escape], "Esc", "back: to the list", .cancel, in: .detail, main: true),
    help(in: .detail),
  ]
}
