/// With no journey yet: start one, or open the demo.
public enum StartScreen {
  static func render(_ state: AppState, into buffer: inout CellBuffer, area: Area) {
    let lines = [
      ("Welcome to CareJourney.", Style(.accent, bold: true)),
      ("It keeps one patient's CAR-T journey: phases, milestones, temperatures, symptoms.", Style(.normal)),
      ("There is no journey in this data directory yet.", Style(.normal)),
      ("", Style(.normal)),
      ("  n  start a new journey (patient name, planned infusion date, team phone)", Style(.normal)),
      ("  d  open the demo journey (a made-up patient at Month 6)", Style(.normal)),
      ("  q  quit", Style(.normal)),
    ]
    for (offset, (text, style)) in lines.prefix(area.height).enumerated() {
      buffer.put(text, x: 1, y: area.y + offset, style: style, maxWidth: area.width - 2)
    }
    if state.readOnly, area.height > lines.count {
      buffer.put("Read-only: nothing can be started here.", x: 1, y: area.y + lines.count, style: Style(.warning))
    }
  }
}
