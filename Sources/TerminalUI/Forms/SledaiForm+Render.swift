import JourneyCore

extension SledaiForm {
  /// The words of one row, without the focus mark; `field` is where typing goes, if it does.
  func text(of row: Row) -> (text: String, field: String?) {
    switch row {
    case .descriptor(let index):
      let descriptor = SLEDAI2K.descriptors[index]
      let weight = descriptor.weight < 10 ? " \(descriptor.weight)" : "\(descriptor.weight)"
      let serology = descriptor.isSerology ? tr(" (serology: not in the clinical SLEDAI)") : ""
      let exclusion = descriptor.exclusion == nil ? "" : tr(" (exclusions apply)")
      let mark = present[index] ? "[x]" : "[ ]"
      return ("\(mark) \(weight)  \(descriptor.shownLabel)\(serology)\(exclusion)", nil)
    case .physicianGlobal:
      return (tr("Physician global assessment, 0–3: "), physicianGlobal)
    case .prednisolone:
      return (tr("Prednisolone mg/day: "), prednisolone)
    case .medicine(let index):
      let medicine = medicines[index]
      let dose = medicine.dose.map { " \($0)" } ?? ""
      return (
        "\(medicine.counts ? "[x]" : "[ ]") "
          + tr("immunosuppressant, antimalarial or biologic: %s", medicine.name + dose), nil
      )
    }
  }

  /// Draws the form: the running scores and remission, the keys, then as many rows as fit,
  /// scrolled so the focused one shows, with the terminal's cursor on it.
  func render(care: CareProtocol, into buffer: inout CellBuffer, area: Area) {
    let width = area.width - 2
    let score = score
    buffer.put(
      tr(
        "SLEDAI-2K %1$s of %2$s · clinical SLEDAI %3$s", String(score.total),
        String(SLEDAI2K.maximum), String(score.clinical)),
      x: 1, y: area.y, style: Style(.accent, bold: true), maxWidth: width)
    let doris = Remission.doris(assessment, settings: care.remission)
    var remission = Timeline.remissionText("DORIS", doris)
    if doris.isMet {
      remission +=
        " · "
        + Timeline.remissionText(
          Timeline.drugFreeName, Remission.drugFree(assessment, settings: care.remission))
    }
    // The reasons may take two lines; the rows keep the rest. On a descriptor lupus shares with
    // CAR-T's effects, what must be ruled out first follows.
    let most = area.height > 12 ? 2 : 1
    func indented(_ text: String) -> [String] {
      Wrap.lines(text, width: width - 2).prefix(most).enumerated().map {
        $0.offset == 0 ? $0.element : "  " + $0.element
      }
    }
    var reasons = indented(remission)
    if case .descriptor(let index) = rows[focus],
      let exclusion = SLEDAI2K.descriptors[index].exclusion
    {
      let descriptor = SLEDAI2K.descriptors[index]
      reasons += indented(
        tr(
          "%1$s counts only if %2$s.", descriptor.shownLabel, descriptor.shownExclusion ?? exclusion
        ))
    }
    for (offset, line) in reasons.enumerated() {
      buffer.put(line, x: 1, y: area.y + 1 + offset, style: Style(.info), maxWidth: width)
    }
    let top = area.y + 1 + reasons.count
    let rows = rows
    let height = max(1, area.y + area.height - top - 1)
    let first = max(0, min(focus - height / 2, rows.count - height))
    let last = min(rows.count, first + height)
    buffer.put(
      tr(
        "Rows %1$s–%2$s of %3$s · ↑/↓ move · Space marks · Enter saves · Esc cancels",
        String(first + 1), String(last), String(rows.count)),
      x: 1, y: top, style: Style(.muted), maxWidth: width)
    for index in first..<last {
      let y = top + 1 + index - first
      guard y < area.y + area.height else { break }
      let selected = index == focus
      let (words, field) = text(of: rows[index])
      let style = selected ? Style(.selection, bold: true) : Style(.normal)
      if selected {
        buffer.fill(x: 0, y: y, width: area.width, height: 1, style: Style(.selection))
      }
      var used = buffer.put(
        (selected ? "› " : "  ") + words, x: 1, y: y, style: style, maxWidth: width)
      if let field {
        // The number as typed, with the decimal mark of the language (`0,6` in German).
        let shown =
          field.isEmpty && !selected ? tr("(not given)") : Language.current.number(field)
        used += buffer.put(shown, x: 1 + used, y: y, style: style, maxWidth: max(0, width - used))
        if rows[index] == .prednisolone {
          buffer.put(
            "  (\(prednisoloneSource))", x: 1 + used, y: y,
            style: selected ? Style(.selection) : Style(.muted), maxWidth: max(0, width - used))
        }
      }
      if selected {
        // On a number field the cursor waits where the next digit goes.
        let cursor = field == nil ? 1 : 1 + TextWidth.of(text: "› " + words + (field ?? ""))
        buffer.cursor = (min(area.x + area.width - 1, cursor), y)
      }
    }
  }
}
