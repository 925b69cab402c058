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
        kind: .info, text: tr("A day's heading: ↑/↓ to a row, then Enter."))
      return
    }
    state.mode = .detail(.line(item))
  }

  /// The lines drawn: a heading, the whole text, then label and value pairs.
  static func lines(_ detail: Detail, _ state: AppState, width: Int) -> [(String, Style)] {
    var lines: [(String, Style)] = []
    func add(_ label: String, _ value: String, style: Style = Style(.normal)) {
      let pad = String(repeating: " ", count: max(1, 12 - TextWidth.of(text: label)))
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
      lines.append(
        (tr("Detail · %s · Esc goes back", item.kind.title), Style(.accent, bold: true)))
      whole(
        item.struckOut ? item.text + tr(" (struck out)") : item.text,
        Style(.normal, bold: true))
      let day = "\(item.day.label) · \(item.phase.title)"
      let date = Language.current.numericDate(item.date)
      let when = item.time.map { tr("%1$s on %2$s", $0.clockText, date, context: "time") } ?? date
      add(
        tr("Happened"),
        item.undated
          ? tr("date not entered (listed on %s)", date)
          : tr("%1$s, %2$s", when, day, context: "when"))
      let entry = data?.entries.first { $0.id == item.id }
      let event = data?.journey.events.first { $0.id == item.id }
      let written = entry?.recordedAt ?? event?.recordedAt
      // Who, and on which computer once two write to the journey, as the Timeline row says.
      let by =
        item.author.description
        + (item.device.map { " " + tr("on %s", $0, context: "device") } ?? "")
      add(
        tr("Written"),
        written.map {
          tr(
            "%1$s on %2$s by %3$s", $0.clockText, Language.current.numericDate($0.date), by,
            context: "written")
        } ?? (item.lateEntryText.map { tr("%1$s by %2$s", $0, by) } ?? tr("by %s", by)))
      if let entry, let data {
        let alert = RedFlags.alerts(
          for: [entry], in: data.entries, journey: data.journey, protocol: data.care
        ).first
        add(
          tr("Alert"), alert.map { "\($0.symbol) \($0.word): \($0.message)" } ?? tr("none"),
          style: alert.map { AlertMark.of($0.level).1 ?? Style(.normal) } ?? Style(.normal))
      }
      add(tr("Correction"), correction(of: item.id, state) ?? item.correction ?? tr("none"))
      add(tr("Line id"), tr("%1$s (carejourney amend %1$s --reason TEXT …)", item.id))
    case .milestone(let milestone):
      lines.append(
        (
          tr("Detail · %s · Esc goes back", TimelineItem.Kind.milestone.title),
          Style(.accent, bold: true)
        ))
      whole(milestone.title, Style(.normal, bold: true))
      add(
        tr("Due"),
        milestone.due.map { Language.current.numericDate($0) }
          ?? tr("no date yet (its anchor is not known)"))
      if let condition = milestone.rule.appliesIf(in: .current) { add(tr("Only if"), condition) }
      add(
        tr("Signer"),
        milestone.rule.signer == .nurse ? tr("a nurse") : tr("anyone", context: "signer"))
      if let source = milestone.rule.source(in: .current) { add(tr("Source"), source) }
      if let signature = milestone.signature {
        let what = signature.notApplicable ? tr("Marked not applicable") : tr("Signed")
        add(what, tr("%1$s by %2$s", signature.whenText, signature.author.description))
        if let note = signature.note { add(tr("Note"), note) }
        add(tr("Correction"), correction(of: signature.eventID, state) ?? tr("none"))
        add(tr("Line id"), signature.eventID)
      } else {
        add(tr("Signed"), tr("not yet: Esc, then Enter signs it"))
      }
    }
    lines.append(("", Style(.normal)))
    if let refusal = refusal(detail, state) {
      whole(refusal, Style(.muted))
    } else {
      whole(
        tr("s strikes it out · c gives it a new value · each asks why · Esc goes back"),
        Style(.info))
    }
    return lines
  }

  /// Who corrected the line, when and why, from the correction's own line.
  static func correction(of id: String, _ state: AppState) -> String? {
    guard let data = state.data else { return nil }
    for entry in data.entries {
      guard case .correction(let target, let reason, let replacement) = entry.body, target == id
      else { continue }
      let at = entry.recordedAt
      let date = Language.current.numericDate(at.date)
      return replacement == nil
        ? tr(
          "struck out by %1$s at %2$s on %3$s: %4$s", entry.author.description, at.clockText,
          date, reason)
        : tr(
          "corrected by %1$s at %2$s on %3$s: %4$s", entry.author.description, at.clockText,
          date, reason)
    }
    for event in data.journey.events {
      guard case .corrected(let target, let reason, let on) = event.body, target == id else {
        continue
      }
      let at = event.recordedAt
      let date = Language.current.numericDate(at.date)
      guard let on else {
        return tr(
          "struck out by %1$s at %2$s on %3$s: %4$s", event.author.description, at.clockText,
          date, reason)
      }
      return tr(
        "moved to %1$s by %2$s at %3$s on %4$s: %5$s", Language.current.numericDate(on),
        event.author.description, at.clockText, date, reason)
    }
    return nil
  }

  /// Why the person at the keyboard cannot correct this line here; nil when they can.
  static func refusal(_ detail: Detail, _ state: AppState) -> String? {
    guard let data = state.data, let id = detail.target else {
      return tr("Nothing to correct: it is not signed.")
    }
    if state.readOnly { return tr("Read-only window: nothing can be corrected here.") }
    if correction(of: id, state) != nil {
      return tr("Already corrected: the newest version is corrected, not this one.")
    }
    let signer: Signer
    if let entry = data.entries.first(where: { $0.id == id }) {
      if case .correction = entry.body { return tr("A correction: correct the original line.") }
      signer = Signer.of(entry.body)
    } else if let event = data.journey.events.first(where: { $0.id == id }) {
      if case .corrected = event.body { return tr("A correction: correct the original line.") }
      signer = Signer.of(event, in: data.journey, protocol: data.care, today: data.today)
    } else {
      return tr("An older day's line: correct it with carejourney amend %s --reason TEXT.", id)
    }
    guard signer.allows(state.author.role) else {
      return tr(
        "Only a nurse may correct this line; %1$s is at the keyboard as %2$s (p switches "
          + "person).", state.author.name, state.author.role.title)
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
          AppState.Input(
            .correctionReason(id: id, change: .strike), prompt: tr("Why strike it out? ")))
        return []
      }
      guard let entry = state.data?.entries.first(where: { $0.id == id }),
        let prompt = valuePrompt(entry.body, state)
      else {
        state.notice = AppState.Notice(
          kind: .error,
          text: tr(
            "Only a temperature or a note takes a new value here; s strikes this one out (then "
              + "log it again), or: carejourney amend %s --reason TEXT with its new value.", id))
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
      return tr("Correct temperature (%s): ", unit.symbol)
    case .note: return tr("Correct note: ")
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
