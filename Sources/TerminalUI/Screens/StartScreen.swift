import JourneyCore

/// With no journey yet: start one (asking what a person knows, for a journey begun before
/// CareJourney too), or open the demo.
public enum StartScreen {
  static func render(_ state: AppState, into buffer: inout CellBuffer, area: Area) {
    if case .newJourney(let form)? = state.shownMode {
      renderForm(form, into: &buffer, area: area)
      return
    }
    // Each paragraph wrapped at word boundaries; the keys' descriptions hang under their text.
    let paragraphs: [(text: String, indent: String, style: Style)] = [
      (tr("Welcome to CareJourney."), "", Style(.accent, bold: true)),
      (
        tr("It keeps one patient's CAR-T journey: phases, milestones, temperatures, symptoms."),
        "", Style(.normal)
      ),
      (tr("There is no journey in this data directory yet."), "", Style(.normal)),
      ("", "", Style(.normal)),
      (
        "  n  " + tr("start a new journey: the patient, where they are now, the dates you know"),
        "     ", Style(.normal)
      ),
      (
        "  d  " + tr("open the demo journey (a made-up patient at Month 6)"), "     ",
        Style(.normal)
      ),
      ("  q  " + tr("quit", context: "key"), "     ", Style(.normal)),
    ]
    let width = max(1, area.width - 2)
    var lines: [(String, Style)] = []
    for paragraph in paragraphs {
      // A key's line starts with spaces, which wrapping would drop: they go back in front.
      let body = paragraph.text.drop { $0 == " " }
      let lead = String(repeating: " ", count: paragraph.text.count - body.count)
      let wrapped = Wrap.lines(String(body), width: max(1, width - lead.count))
      let head = wrapped.first ?? ""
      lines.append((lead + head, paragraph.style))
      let rest = wrapped.dropFirst().joined(separator: " ")
      guard !rest.isEmpty else { continue }
      let hanging = Wrap.lines(rest, width: max(1, width - paragraph.indent.count))
      lines += hanging.map { (paragraph.indent + $0, paragraph.style) }
    }
    for (offset, (text, style)) in lines.prefix(area.height).enumerated() {
      buffer.put(text, x: 1, y: area.y + offset, style: style, maxWidth: area.width - 2)
    }
    if state.readOnly, area.height > lines.count {
      buffer.put(
        tr("Read-only: nothing can be started here."), x: 1, y: area.y + lines.count,
        style: Style(.warning), maxWidth: area.width - 2)
    }
  }

  /// A date as the summary shows it, in ``Language/current``.
  static func date(_ date: LocalDate) -> String { Language.current.numericDate(date) }

  /// The answers so far and what will be recorded, or the phase picker while it is open.
  static func renderForm(
    _ form: StartForm, into buffer: inout CellBuffer, area: Area
  ) {
    var y = area.y
    func line(_ text: String, _ style: Style = Style(.normal), x: Int = 1) {
      guard y < area.y + area.height else { return }
      buffer.put(text, x: x, y: y, style: style, maxWidth: area.width - x - 1)
      y += 1
    }
    let title =
      form.patient.isEmpty ? tr("New journey") : tr("New journey for %s", form.patient)
    line(title, Style(.accent, bold: true))
    if form.step == .choosingPhase {
      line(tr("Where is the patient now? ↑/↓ choose, Enter, Esc cancels"), Style(.accent))
      let phases = JourneyStartPlan.startingPhases
      let column = max(16, 1 + (phases.map { TextWidth.of(text: $0.title) }.max() ?? 0))
      for (index, phase) in phases.enumerated() {
        guard y < area.y + area.height else { break }
        let selected = index == form.phaseRow
        let text =
          TextWidth.padded(phase.title, to: column) + JourneyStartPlan.explanation(of: phase)
        PickerRow.draw(text, selected: selected, y: y, into: &buffer, area: area)
        y += 1
      }
      return
    }
    if let plan = form.plan {
      line(
        tr("Will be recorded (a date nobody entered stays empty; it can be given later):"),
        Style(.muted))
      // The phases passed, in the order they came: the infusion dated, the others not entered.
      for phase in JourneyStartPlan.path where phase < plan.phase {
        if phase == .infusion, plan.infusionDone, let infusion = plan.infusion {
          line(tr("%1$s: %2$s (Day 0)", Phase.infusion.screenName, date(infusion)), x: 3)
        } else if plan.notEntered.contains(phase) {
          line(
            tr("%1$s: %2$s", phase.screenName, Timeline.undatedText, context: "phase and date"),
            x: 3)
        }
      }
      line(
        tr("%1$s: since %2$s", plan.phase.screenName, date(plan.phaseBegan)),
        Style(.normal, bold: true), x: 3)
      if !plan.infusionDone, let infusion = plan.infusion {
        line(tr("%1$s planned for %2$s (Day 0)", Phase.infusion.screenName, date(infusion)), x: 3)
      }
      if let phone = form.teamPhone { line(tr("CAR-T team phone: %s", phone), x: 3) }
      if let born = form.details.born { line(tr("born %s", date(born)), x: 3) }
      if let sex = form.details.sex { line(tr("sex %s", sex.title), x: 3) }
      for identifier in form.details.identifiers {
        line(tr("number %s", identifier.description), x: 3)
      }
    } else if !form.patient.isEmpty {
      line(tr("Now in: %s", form.phase.title), x: 3)
    }
    if case .choosingPerson(let row) = form.step {
      y += 1
      PersonPicker.render(
        row, into: &buffer,
        area: Area(x: area.x, y: y, width: area.width, height: max(0, area.y + area.height - y)))
    }
  }
}
