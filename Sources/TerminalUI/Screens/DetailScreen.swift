import JourneyCore

/// A row's detail: every word of it, wrapped, and what a paper chart would say about it (when,
/// who, what it raised, how it was corrected). From here the person who may correct the line
/// strikes it out or gives a new value, with a reason, through the same write as
/// `carejourney amend`.
public enum DetailScreen {
  /// Enter on the Timeline: the selected row's detail (a day's header has none).
  static func openTimelineRow(_ state: inout AppState) {
    let refs = TimelineScreen.listing(state).refs
    guard refs.indices.contains(state.timeline.row),
      case .item(let item) = TimelineScreen.row(refs[state.timeline.row], state)
    else {
      state.notice = AppState.Notice(
        kind: .info, text: "A day's heading: ↑/↓ to a row, then Enter.")
      return
    }
    state.mode = .detail(.line(item))
  }

  /// The lines drawn: a heading, the whole text, then label and value pairs.
  static func lines(_ detail: Detail, _ state: AppState, width: Int) -> [(String, Style)] {
    var lines: [(String, Style)] = []
    func add(_ label: String, _ value: String, style: Style = Style(.normal)) {
      let pad = String(repeating: " ", count: max(1, 12 - label.count))
      let wrapped = Wrap.lines(value, width: max(10, width - 14))
      for (index, line) in wrapped.enumerated() {
        lines.append(((index == 0 ? label + pad : String(repeating: " ", count: 12)) + line, style))
      }
    }
    func whole(_ text: String, _ style: Style) {
      for line in Wrap.lines(text, width: width - 2) { lines.append((line, style)) }
    }
    let data = state.data
    switch detail {
    case .line(let item):
      lines.append(("Detail · \(item.kind.rawValue) · Esc goes back", Style(.accent, bold: true)))
      whole(item.struckOut ? item.text + " (struck out)" : item.text, Style(.normal, bold: true))
      let day = "\(item.day.label) · \(item.phase.title)"
      let when = item.time.map { "\($0.clockText) on \(item.date)" } ?? "\(item.date)"
      add(
        "Happened", item.undated ? "date not entered (listed on \(item.date))" : "\(when), \(day)")
      let entry = data?.entries.first { $0.id == item.id }
      let event = data?.journey.events.first { $0.id == item.id }
      let written = entry?.recordedAt ?? event?.recordedAt
      let by = "\(item.author.name) (\(item.author.role.rawValue))"
      add(
        "Written",
        written.map { "\($0.clockText) on \($0.date) by \(by)" }
          ?? (item.lateEntryText.map { "\($0) by \(by)" } ?? "by \(by)"))
      if let entry, let data {
        let alert = RedFlags.alerts(
          for: [entry], in: data.entries, journey: data.journey, protocol: data.care
        ).first
        add(
          "Alert", alert.map { "\($0.symbol) \($0.word): \($0.message)" } ?? "none",
          style: alert.map { AlertMark.of($0.level).1 ?? Style(.normal) } ?? Style(.normal))
      }
      add("Correction", correction(of: item.id, state) ?? item.correction ?? "none")
      add("Line id", "\(item.id) (carejourney amend \(item.id) --reason TEXT …)")
    case .milestone(let milestone):
      lines.append(("Detail · milestone · Esc goes back", Style(.accent, bold: true)))
      whole(milestone.title, Style(.normal, bold: true))
      add("Due", milestone.due.map { "\($0)" } ?? "no date yet (its anchor is not known)")
      if let condition = milestone.rule.appliesIf { add("Only if", condition) }
      add("Signer", milestone.rule.signer == .nurse ? "a nurse" : "anyone")
      if let source = milestone.rule.source { add("Source", source) }
      if let signature = milestone.signature {
        let what = signature.notApplicable ? "Marked not applicable" : "Signed"
        let by = "\(signature.author.name) (\(signature.author.role.rawValue))"
        add(what, "\(signature.whenText) by \(by)")
        if let note = signature.note { add("Note", note) }
        add("Correction", correction(of: signature.eventID, state) ?? "none")
        add("Line id", signature.eventID)
      } else {
        add("Signed", "not yet: Esc, then Enter signs it")
      }
    }
    lines.append(("", Style(.normal)))
    if let refusal = refusal(detail, state) {
      whole(refusal, Style(.muted))
    } else {
      whole(
        "s strikes it out · c gives it a new value · each asks why · Esc goes back", Style(.info))
    }
    return lines
  }

  /// Who corrected the line, when and why, from the correction's own line.
  static func correction(of id: String, _ state: AppState) -> String? {
    guard let data = state.data else { return nil }
    for entry in data.entries {
      guard case .correction(let target, let reason, let replacement) = entry.body, target == id
      else { continue }
      let what = replacement == nil ? "struck out" : "corrected"
      return "\(what) by \(entry.author.name) (\(entry.author.role.rawValue)) at "
        + "\(entry.recordedAt.clockText) on \(entry.recordedAt.date): \(reason)"
    }
    for event in data.journey.events {
      guard case .corrected(let target, let reason, let on) = event.body, target == id else {
        continue
      }
      let what = on.map { "moved to \($0)" } ?? "struck out"
      return "\(what) by \(event.author.name) (\(event.author.role.rawValue)) at "
        + "\(event.recordedAt.clockText) on \(event.recordedAt.date): \(reason)"
    }
    return nil
  }

  /// Why the person at the keyboard cannot correct this line here; nil when they can.
  static func refusal(_ detail: Detail, _ state: AppState) -> String? {
    guard let data = state.data, let id = detail.target else {
      return "Nothing to correct: it is not signed."
    }
    if state.readOnly { return "Read-only window: nothing can be corrected here." }
    if correction(of: id, state) != nil {
      return "Already corrected: the newest version is corrected, not this one."
    }
    let signer: Signer
    if let entry = data.entries.first(where: { $0.id == id }) {
      if case .correction = entry.body { return "A correction: correct the original line." }
      signer = Signer.of(entry.body)
    } else if let event = data.journey.events.first(where: { $0.id == id }) {
      if case .corrected = event.body { return "A correction: correct the original line." }
      signer = Signer.of(event, in: data.journey, protocol: data.care, today: data.today)
    } else {
      return "An older day's line: correct it with carejourney amend \(id) --reason TEXT."
    }
    guard signer.allows(state.author.role) else {
      return "Only a nurse may correct this line; \(state.author.name) is at the keyboard as "
        + "\(state.author.role.rawValue) (p switches person)."
    }
    return nil
  }

  /// `s` and `c` in a detail: ask why (and, for `c`, the new value first). `c` takes a new
  /// value for a temperature or a note; other lines are struck out and logged again, or
  /// corrected with `carejourney amend`.
  static func run(_ command: KeyCommand, _ state: inout AppState) -> [Effect] {
    guard case .detail(let detail)? = state.mode else { return [] }
    switch command {
    case .cancel:
      state.mode = nil
    case .strike, .correctValue:
      if let refusal = refusal(detail, state) {
        state.notice = AppState.Notice(kind: .error, text: refusal)
        return []
      }
      guard let id = detail.target else { return [] }
      if command == .strike {
        state.mode = .input(
          AppState.Input(.correctionReason(id: id, change: .strike), prompt: "Why strike it out? "))
        return []
      }
      guard let entry = state.data?.entries.first(where: { $0.id == id }),
        let prompt = valuePrompt(entry.body, state)
      else {
        state.notice = AppState.Notice(
          kind: .error,
          text: "Only a temperature or a note takes a new value here; s strikes this one out "
            + "(then log it again), or: carejourney amend \(id) --reason TEXT with its new value.")
        return []
      }
      state.mode = .input(
        AppState.Input(.correctionValue(id: id, kind: entry.body.type), prompt: prompt))
    default: break
    }
    return []
  }

  /// The question for a new value of `body`'s kind; nil for kinds not corrected here.
  static func valuePrompt(_ body: Entry.Body, _ state: AppState) -> String? {
    switch body {
    case .temperature:
      let unit = state.data?.journey.temperatureUnit ?? .celsius
      return "Correct temperature (\(unit.symbol)): "
    case .note: return "Correct note: "
    default: return nil
    }
  }

  /// The new value typed, as an entry body of `kind`; throws the reading's own message.
  static func value(_ text: String, kind: String, _ state: AppState) throws(Reading.Error)
    -> Entry.Body
  {
    if kind == "temperature" {
      let unit = state.data?.journey.temperatureUnit ?? .celsius
      return .temperature(celsius: try Reading.temperature(text, unit: unit), asTyped: text)
    }
    return .note(text: text)
  }

  static func render(_ detail: Detail, _ state: AppState, into buffer: inout CellBuffer, area: Area)
  {
    buffer.fill(x: area.x, y: area.y, width: area.width, height: area.height)
    let lines = lines(detail, state, width: area.width)
    for (offset, (line, style)) in lines.prefix(area.height).enumerated() {
      buffer.put(line, x: area.x + 1, y: area.y + offset, style: style, maxWidth: area.width - 2)
    }
    buffer.cursor = (area.x + 1, area.y + 1)
  }
}
