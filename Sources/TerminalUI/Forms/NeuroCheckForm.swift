import JourneyCore

/// Today's home neuro check (`c`, in the acute weeks): the caregiver's four answers, each
/// unanswered until chosen, so nothing is saved that nobody answered. ↑/↓ choose an item,
/// ←/→ or Space its answer, 0–3 the objects named; Enter saves through the one write, Esc
/// cancels. Its keys are ``KeyMap/neuroCheckForm``. Not the nurse's ICE score.
public struct NeuroCheckForm: Equatable, Sendable {
  public var writing: HomeNeuroCheck.Writing?
  public var objects: Int?
  public var date: HomeNeuroCheck.Answer?
  public var countBack: HomeNeuroCheck.Answer?
  /// The item ↑/↓ have chosen (``items``).
  public var focus = 0

  public init(
    writing: HomeNeuroCheck.Writing? = nil, objects: Int? = nil,
    date: HomeNeuroCheck.Answer? = nil, countBack: HomeNeuroCheck.Answer? = nil, focus: Int = 0
  ) {
    self.writing = writing
    self.objects = objects
    self.date = date
    self.countBack = countBack
    self.focus = focus
  }

  /// What each item asks the caregiver to do with the patient, in the order shown.
  static var items: [String] {
    [
      tr("Write a standard sentence: does it look as usual?"),
      tr("Name three objects shown (a watch, a pen, a button)"),
      tr("Say today's date"),
      tr("Count back from 100 by tens"),
    ]
  }

  /// The row of the objects named.
  static let objectsItem = 1

  /// The answer shown for each item: the word, or that it is not answered yet.
  var answers: [String] {
    let none = tr("not answered", context: "neuro check")
    return [
      writing.map { $0 == .usual ? tr("as usual", context: "sentence") : $0.word } ?? none,
      objects.map { tr("%1$s of %2$s named", String($0), String(HomeNeuroCheck.objects)) }
        ?? none,
      date?.word ?? none, countBack?.word ?? none,
    ]
  }

  /// The check, once every item is answered.
  var check: HomeNeuroCheck? {
    guard let writing, let objects, let date, let countBack else { return nil }
    return HomeNeuroCheck(writing: writing, objectsNamed: objects, date: date, countBack: countBack)
  }

  /// The first item not answered yet.
  var firstUnanswered: Int? {
    [writing == nil, objects == nil, date == nil, countBack == nil].firstIndex(of: true)
  }

  /// ←/→ (`step` −1 or 1) or Space on the focused item: an unanswered item takes the usual
  /// answer first (as usual, 3 of 3, right); then the two-answer items switch and the objects
  /// go one down (←) or up (→).
  mutating func change(by step: Int) {
    func other<T: CaseIterable & Equatable>(_ value: T?) -> T? {
      let all = Array(T.allCases)
      guard let value, let index = all.firstIndex(of: value) else { return all.first }
      return all[(index + 1) % all.count]
    }
    switch focus {
    case 0: writing = other(writing)
    case NeuroCheckForm.objectsItem:
      objects =
        objects.map { max(0, min(HomeNeuroCheck.objects, $0 + step)) }
        ?? HomeNeuroCheck.objects
    case 2: date = other(date)
    default: countBack = other(countBack)
    }
  }

  /// A key in the form, as ``KeyMap/neuroCheckForm`` binds it.
  static func run(_ command: KeyCommand, _ key: Key, _ state: inout AppState) -> [Effect] {
    guard case .neuroCheck(var form)? = state.mode else { return [] }
    switch command {
    case .cancel:
      state.mode = nil
      state.notice = nil
      return []
    case .up: form.focus = max(0, form.focus - 1)
    case .down: form.focus = min(items.count - 1, form.focus + 1)
    case .previousValue: form.change(by: -1)
    case .nextValue: form.change(by: 1)
    case .choose:
      guard case .character(let c) = key, let digit = Int(String(c)) else { return [] }
      form.objects = digit
      form.focus = objectsItem
    case .confirm:
      guard let check = form.check else {
        let missing = form.firstUnanswered ?? 0
        form.focus = missing
        state.mode = .neuroCheck(form)
        state.notice = AppState.Notice(
          kind: .error,
          text: tr(
            "Answer every item before saving: \"%s\" is not answered (←/→ choose).",
            items[missing]))
        return []
      }
      return [.log([.homeNeuroCheck(check)])]
    default: return []
    }
    state.mode = .neuroCheck(form)
    return []
  }

  /// The form under Today's date: a heading with its keys, the four items with their answers
  /// (the focused one marked, the terminal's cursor on it), and what a change means.
  func render(into buffer: inout CellBuffer, area: Area) {
    let end = area.y + area.height
    buffer.put(
      tr("Home neuro check · ↑/↓ item · ←/→ answer · Enter saves · Esc cancels"),
      x: 1, y: area.y, style: Style(.accent, bold: true), maxWidth: area.width - 2)
    var y = area.y + 1
    let items = NeuroCheckForm.items
    // The answers in one column after the longest item, in cells (a Chinese character takes two).
    let column = (items.map { TextWidth.of(text: $0) }.max() ?? 0) + 2
    for (index, (item, answer)) in zip(items, answers).enumerated() where y < end {
      let selected = index == focus
      let label = TextWidth.padded(item, to: max(54, column))
      buffer.put(
        (selected ? "› " : "  ") + label + answer, x: 1, y: y,
        style: selected ? Style(.selection, bold: true) : Style(.normal), maxWidth: area.width - 2)
      if selected { buffer.cursor = (1, y) }
      y += 1
    }
    let note = tr(
      "A sentence that looks changed, or any answer worse than at the first check, is urgent: "
        + "the app says whom to call. This is the caregiver's check, not a score.")
    for line in Wrap.lines(note, width: area.width - 4) where y + 1 < end {
      buffer.put(line, x: 3, y: y + 1, style: Style(.info), maxWidth: area.width - 4)
      y += 1
    }
  }
}
