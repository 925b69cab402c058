import JourneyCore

/// The ICE score form, the ASTCT grading form and the SLEDAI-2K form, on the Milestones screen.
public enum NurseForms {
  /// The ten ICE items: (label, which ICEScore part it adds to).
  public static let iceItems: [(String, String)] = [
    ("Orientation: year", "orientation"), ("Orientation: month", "orientation"),
    ("Orientation: city", "orientation"), ("Orientation: hospital", "orientation"),
    ("Naming: object 1 (e.g. clock)", "naming"), ("Naming: object 2 (e.g. pen)", "naming"),
    ("Naming: object 3 (e.g. button)", "naming"), ("Follows a command (show 2 fingers)", "commands"),
    ("Writes a standard sentence", "writing"), ("Counts back from 100 by 10", "attention"),
  ]

  /// The grading form's fields, in order.
  static let gradingFields = [
    "Temperature (°C)", "Antipyretic/anti-cytokine given", "Hypotension", "Oxygen", "ICE score",
    "Consciousness", "Seizure", "Motor", "Cerebral oedema",
  ]

  static func score(_ items: [Int]) -> ICEScore {
    func sum(_ part: String) -> Int {
      zip(iceItems, items).filter { $0.0.1 == part }.reduce(0) { $0 + $1.1 }
    }
    return ICEScore(
      orientation: sum("orientation"), naming: sum("naming"), commands: sum("commands"),
      writing: sum("writing"), attention: sum("attention"))
  }

  static func key(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard case .nurseForm(let form)? = state.mode else { return [] }
    if key == .escape {
      state.mode = nil
      return []
    }
    switch form {
    case .ice(var items, var focus):
      switch key {
      case .up, .character("k"): focus = max(0, focus - 1)
      case .down, .character("j"), .tab: focus = min(items.count - 1, focus + 1)
      case .character(" "), .character("x"): items[focus] = 1 - items[focus]
      case .character("0"): items[focus] = 0
      case .character("1"): items[focus] = 1
      case .enter: return [.log([.ice(score(items))])]
      default: break
      }
      state.mode = .nurseForm(.ice(items: items, focus: focus))
    case .grading(var input, var temperature, var focus):
      switch key {
      case .up: focus = max(0, focus - 1)
      case .down, .tab: focus = min(gradingFields.count - 1, focus + 1)
      case .left, .right:
        let step = key == .right ? 1 : -1
        if focus == 1, !input.masked, refuseMasking(&state) { break }
        cycle(&input, field: focus, step: step)
      case .character(let c) where focus == 0 && (c.isNumber || c == "." || c == ","):
        temperature.append(c)
      case .character(let c) where focus == 4 && c.isNumber:
        input.ice = min(10, (input.ice ?? 0) * 10 + (Int(String(c)) ?? 0))
      case .character(" ") where focus == 1:
        if !input.masked, refuseMasking(&state) { break }
        input.masked.toggle()
      case .backspace:
        if focus == 0, !temperature.isEmpty { temperature.removeLast() }
        if focus == 4 { input.ice = nil }
      case .enter:
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
      let effects = sledaiKey(&sledai, key, notice: &state.notice)
      state.mode = .nurseForm(.sledai(sledai))
      return effects
    }
    return []
  }

  /// A key on the SLEDAI-2K form: ↑/↓ (j/k) move, Space marks, digits fill the number fields,
  /// Enter saves the assessment or says what to fix and goes to it.
  static func sledaiKey(_ form: inout SledaiForm, _ key: Key, notice: inout AppState.Notice?)
    -> [Effect]
  {
    switch key {
    case .up, .character("k"): form.move(by: -1)
    case .down, .character("j"), .tab: form.move(by: 1)
    case .pageUp: form.move(by: -10)
    case .pageDown: form.move(by: 10)
    case .home: form.move(by: -form.rows.count)
    case .end: form.move(by: form.rows.count)
    case .character(" "), .character("x"): form.toggle()
    case .character(let c): _ = form.type(c)
    case .backspace: form.deleteLast()
    case .enter:
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
    let reading = data.historyComplete ? "" : " (older days are still being read)"
    state.notice = AppState.Notice(
      kind: .error, text: refusal.prefix(1).uppercased() + refusal.dropFirst() + reading + ".")
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

  static func render(_ form: NurseForm, state: AppState, into buffer: inout CellBuffer, area: Area) {
    switch form {
    case .sledai(let sledai):
      guard let care = state.data?.care else { return }
      sledai.render(care: care, into: &buffer, area: area)
    case .ice(let items, let focus):
      let total = score(items).total
      let icans = ASTCT.icansFromICE(total, consciousness: .alert)
      buffer.put(
        "ICE score \(total)/10 · ICANS contribution: grade \(icans.grade) · Space toggles, Enter saves, Esc cancels",
        x: 1, y: area.y, style: Style(.accent, bold: true), maxWidth: area.width - 2)
      let height = area.height - 1
      let first = max(0, min(focus - height / 2, items.count - height))
      for (offset, (label, _)) in iceItems.enumerated().dropFirst(first).prefix(height) {
        let y = area.y + 1 + offset - first
        let mark = items[offset] == 1 ? "[x] 1 point " : "[ ] 0 points"
        let selected = offset == focus
        buffer.put((selected ? "› " : "  ") + mark + "  " + label, x: 1, y: y, style: selected ? Style(.selection, bold: true) : Style(.normal), maxWidth: area.width - 2)
        if selected { buffer.cursor = (1, y) }
      }
    case .grading(let input, let temperature, let focus):
      var graded = input
      graded.temperature = try? Reading.temperature(temperature)
      let result = ASTCT.grade(graded)
      let crs = result.crs.map { "CRS \($0)" } ?? "CRS: no ASTCT grade"
      let icans = result.icans.map { "ICANS \($0)" } ?? "ICANS: no ASTCT grade"
      buffer.put(
        "ASTCT grading: \(crs) · \(icans) · ↑/↓ field, ←/→ change, Enter saves, Esc cancels",
        x: 1, y: area.y, style: Style(.accent, bold: true), maxWidth: area.width - 2)
      let values = [
        temperature.isEmpty ? "(type it)" : temperature, input.masked ? "yes" : "no",
        input.hypotension.rawValue, input.oxygen.rawValue, input.ice.map(String.init) ?? "not done",
        input.consciousness.rawValue, input.seizure.rawValue, input.motor.rawValue, input.edema.rawValue,
      ]
      var y = area.y + 1
      for (index, field) in gradingFields.enumerated() where y < area.y + area.height {
        let selected = index == focus
        let label = field.padding(toLength: 34, withPad: " ", startingAt: 0)
        buffer.put((selected ? "› " : "  ") + label + values[index], x: 1, y: y, style: selected ? Style(.selection, bold: true) : Style(.normal), maxWidth: area.width - 2)
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
