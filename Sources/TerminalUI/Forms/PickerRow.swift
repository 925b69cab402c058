/// One line of a list a person picks from (the Start screen's phases, who is at the keyboard,
/// the line of milestones from before CareJourney): `›` and the selection colour on the
/// selected one, the terminal's cursor on it for screen readers.
enum PickerRow {
  /// Draws `text` at `x` on line `y` of `area`, in `style` unless it is selected.
  static func draw(
    _ text: String, selected: Bool, x: Int = 2, y: Int, style: Style = Style(.normal),
    into buffer: inout CellBuffer, area: Area
  ) {
    if selected { buffer.fill(x: 0, y: y, width: area.width, height: 1, style: Style(.selection)) }
    buffer.put(selected ? "›" : " ", x: 0, y: y, style: Style(.selection, bold: true))
    buffer.put(
      text, x: x, y: y, style: selected ? Style(.selection, bold: true) : style,
      maxWidth: area.width - x - 1)
    if selected { buffer.cursor = (1, y) }
  }
}
