import JourneyCore

/// The ICE score form, the ASTCT grading form and the SLEDAI-2K form, on the Milestones screen.
public enum NurseForms {
  /// The ten ICE items: (label in ``Language/current``, which ICEScore part it adds to).
  public static var iceItems: [(String, String)] {
    [
      (tr("Orientation: year"), "orientation"), (tr("Orientation: month"), "orientation"),
      (tr("Orientation: city"), "orientation"), (tr("Orientation: hospital"), "orientation"),
      (tr("Naming: object 1 (e.g. clock)"), "naming"),
      (tr("Naming: object 2 (e.g. pen)"), "naming"),
      (tr("Naming: object 3 (e.g. button)"), "naming"),
      (tr("Follows a command (show 2 fingers)"), "commands"),
      (tr("Writes a standard sentence"), "writing"),
      (tr("Counts back from 100 by 10"), "attention"),
    ]
  }

  /// The grading form's fields, in order, in ``Language/current``.
  static var gradingFields: [String] {
    [
      tr("Temperature (°C)"), tr("Antipyretic/anti-cytokine given"), tr("Hypotension"),
      tr("Oxygen"), tr("ICE score"), tr("Consciousness"), tr("Seizure", context: "grading"),
      tr("Motor"), tr("Cerebral oedema"),
    ]
  }

  static func score(_ items: [Int]) -> ICEScore {
    func sum(_ part: String) -> Int {
      zip(iceItems, items).filter { $0.0.1 == part }.reduce(0) { $0 + $1.1 }
    }
    return ICEScore(
      orientation: sum("orientation"), naming: sum("naming"), commands: sum("commands"),
      writing: sum("writing"), attention: sum("attention"))
  }

  /// How many fields the grading form has.
  static let gradingFieldCount = 9

  /// The grading form's temperature field (typed), its "antipyretic/anti-cytokine given"
  /// (Space) and the fields typed into (the temperature and the ICE score).
  static let temperatureField = 0
  static let maskedField = 1
  static let typedFields = [0, 4]

  /// Whether the nurse at the keyboard has a name to sign the form with; with none typed yet
  /// (`--role nurse` alone), a notice says how to give it, and no form opens.
  static func named(_ state: inout AppState) -> Bool {
    guard !state.author.hasName else { return true }
    state.notice = AppState.Notice(
      kind: .error,
      text: tr("A nurse's form is signed with the nurse's name: p, then Nurse, and type it."))
    return false
  }

  /// A key on a nurse's form, as ``KeyMap/iceForm``, ``KeyMap/gradingForm`` and
  /// ``KeyMap/sledaiForm`` bind it; Esc closes the form, nothing saved.
  static func run(_ command: KeyCommand, _ key: Key, _ state: inout AppState) -> [Effect] {
    guard case .nurseForm(let form)? = state.mode else { return [] }
    if command == .cancel {
      state.mode = nil
      return []
    }
    switch form {
    case .ice(var items, var focus):
      switch command {
      case .up: focus = max(0, focus - 1)
      case .down: focus = min(items.count - 1, focus + 1)
      case .toggle: items[focus] = 1 - items[focus]
      case .choose:
        guard case .character(let c) = key, let point = Int(String(c)) else { return [] }
        items[focus] = point
      case .confirm: return [.log([.ice(score(items))])]
      default: break
      }
      state.mode = .nurseForm(.ice(items: items, focus: focus))
    case .grading(var input, var temperature, var focus):
      switch command {
      case .up: focus = max(0, focus - 1)
      case .down: focus = min(gradingFieldCount - 1, focus + 1)
      case .previousValue, .nextValue:
        if focus == maskedField, !input.masked, refuseMasking(&state) { break }
        cycle(&input, field: focus, step: command == .nextValue ? 1 : -1)
      case .type:
        guard case .character(let c) = key else { break }
        if focus == temperatureField {
          temperature.append(c)
        } else if let digit = Int(String(c)) {
          input.ice = min(10, (input.ice ?? 0) * 10 + digit)
        }
      case .toggle:
        if !input.masked, refuseMasking(&state) { break }
        input.masked.toggle()
      case .deleteLast:
        if focus == temperatureField, !temperature.isEmpty { temperature.removeLast() }
        if focus != temperatureField { input.ice = nil }
      case .confirm:
        do {
          input.temperature = temperature.isEmpty ? nil : try Reading.temperature(temperature)
        } catch {
          state.notice = AppState.Notice(kind: .error, text: error.message)
          return []
        }
        return [.log([.grading(input, ASTCT.grade(input))])]
      default: break
      }
      state.mode = .nurseForm(.grading(input, temperature: temperature, focus: focus))
    case .sledai(var sledai):
      let effects = sledaiKey(
        &sledai, command, key, historyComplete: state.data?.historyComplete ?? false,
        notice: &state.notice)
      state.mode = .nurseForm(.sledai(sledai))
      return effects
    }
    return []
  }

  /// A key on the SLEDAI-2K form: ↑/↓ (j/k) move, Space marks, digits fill the number fields,
  /// Enter saves the assessment or says what to fix and goes to it; while the older days are
  /// still being read it waits, since the medicines and the dose come from the whole list.
  static func sledaiKey(
    _ form: inout SledaiForm, _ command: KeyCommand, _ key: Key, historyComplete: Bool,
    notice: inout AppState.Notice?
  ) -> [Effect] {
    switch command {
    case .up: form.move(by: -1)
    case .down: form.move(by: 1)
    case .pageUp: form.move(by: -10)
    case .pageDown: form.move(by: 10)
    case .top: form.move(by: -form.rows.count)
    case .bottom: form.move(by: form.rows.count)
    case .toggle: form.toggle()
    case .type:
      if case .character(let c) = key { _ = form.type(c) }
    case .deleteLast: form.deleteLast()
    case .confirm:
      guard historyComplete else {
        notice = AppState.Notice(
          kind: .error,
          text: tr(
            "The medication list is still being read from earlier days; press Enter again in a "
              + "moment."))
        return []
      }
      do {
        return [.log([try form.entry()])]
      } catch {
        form.focus = form.rows.firstIndex(of: error.row) ?? form.focus
        notice = AppState.Notice(kind: .error, text: error.message)
      }
    default: break
    }
    return []
  }

  /// Turning "antipyretic/anti-cytokine given" on: refused, with the reason as the notice, while
  /// no CRS grade came before (ASTCT 2019 rule 2), as `grade --masked` is.
  static func refuseMasking(_ state: inout AppState) -> Bool {
    guard let data = state.data,
      let refusal = ASTCT.maskedRefusal(entries: data.entries, before: data.now)
    else { return false }
    let sentence = refusal.prefix(1).uppercased() + refusal.dropFirst()
    state.notice = AppState.Notice(
      kind: .error,
      text: data.historyComplete
        ? sentence + "." : tr("%s (older days are still being read).", sentence))
    return true
  }

  static func cycle(_ input: inout GradingInput, field: Int, step: Int) {
    func next<T: CaseIterable & Equatable>(_ value: T) -> T {
      let all = Array(T.allCases)
      let index = all.firstIndex(of: value) ?? 0
      return all[(index + step + all.count) % all.count]
    }
    switch field {
    case 1: input.masked.toggle()
    case 2: input.hypotension = next(input.hypotension)
    case 3: input.oxygen = next(input.oxygen)
    case 4: input.ice = max(0, min(10, (input.ice ?? 10) + step))
    case 5: input.consciousness = next(input.consciousness)
    case 6: input.seizure = next(input.seizure)
    case 7: input.motor = next(input.motor)
    case 8: input.edema = next(input.edema)
    default: break
    }
  }

  static func render(_ form: NurseForm, state: AppState, into buffer: inout CellBuffer, area: Area)
  {
    switch form {
    case .sledai(let sledai):
      guard let care = state.data?.care else { return }
      sledai.render(care: care, into: &buffer, area: area)
    case .ice(let items, let focus):
      let total = score(items).total
      let icans = ASTCT.icansFromICE(total, consciousness: .alert)
      buffer.put(
        tr(
          "ICE score %1$s/10 · ICANS contribution: grade %2$s · Space toggles, Enter saves, Esc "
            + "cancels", String(total), String(icans.grade)),
        x: 1, y: area.y, style: Style(.accent, bold: true), maxWidth: area.width - 2)
      let marks = [tr("[x] 1 point "), tr("[ ] 0 points")]
      let markWidth = marks.map { TextWidth.of(text: $0) }.max() ?? 12
      let height = area.height - 1
      let first = max(0, min(focus - height / 2, items.count - height))
      for (offset, (label, _)) in iceItems.enumerated().dropFirst(first).prefix(height) {
        let y = area.y + 1 + offset - first
        let mark = TextWidth.padded(marks[items[offset] == 1 ? 0 : 1], to: markWidth)
        let selected = offset == focus
        buffer.put(
          (selected ? "› " : "  ") + mark + "  " + label, x: 1, y: y,
          style: selected ? Style(.selection, bold: true) : Style(.normal), maxWidth: area.width - 2
        )
        if selected { buffer.cursor = (1, y) }
      }
    case .grading(let input, let temperature, let focus):
      var graded = input
      graded.temperature = try? Reading.temperature(temperature)
      let result = ASTCT.grade(graded, in: Language.current)
      let crs = result.crs.map { "CRS \($0)" } ?? tr("CRS: no ASTCT grade")
      let icans = result.icans.map { "ICANS \($0)" } ?? tr("ICANS: no ASTCT grade")
      buffer.put(
        tr(
          "ASTCT grading: %1$s · %2$s · ↑/↓ field, ←/→ change, Enter saves, Esc cancels", crs,
          icans),
        x: 1, y: area.y, style: Style(.accent, bold: true), maxWidth: area.width - 2)
      let values = [
        temperature.isEmpty ? tr("(type it)") : temperature,
        input.masked ? tr("yes") : tr("no"), input.hypotension.title, input.oxygen.title,
        input.ice.map(String.init) ?? tr("not done"), input.consciousness.title,
        input.seizure.title, input.motor.title, input.edema.title,
      ]
      var y = area.y + 1
      let fields = gradingFields
      let column = max(34, 1 + (fields.map { TextWidth.of(text: $0) }.max() ?? 0))
      for (index, field) in fields.enumerated() where y < area.y + area.height {
        let selected = index == focus
        let label = TextWidth.padded(field, to: column)
        buffer.put(
          (selected ? "› " : "  ") + label + values[index], x: 1, y: y,
          style: selected ? Style(.selection, bold: true) : Style(.normal), maxWidth: area.width - 2
        )
        if selected { buffer.cursor = (1, y) }
        y += 1
      }
      for reason in result.reasons where y < area.y + area.height {
        buffer.put(reason, x: 3, y: y, style: Style(.info), maxWidth: area.width - 4)
        y += 1
      }
    }
  }
}
