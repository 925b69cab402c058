import JourneyCore

/// The caregiver's screen: day by day, phases as bands, alerts marked, filter, search, jump.
public enum TimelineScreen {
  /// A row of the list: a day header or an item.
  public enum Row: Equatable, Sendable {
    case day(LocalDate, StudyDay, Phase)
    case item(TimelineItem)
  }

  /// The rows as shown now: filtered, searched, ordered, with a header per day.
  public static func rows(_ state: AppState) -> [Row] {
    let items = state.views.timeline.filter { keep($0, state) }
    let ordered = state.newestFirst ? items.reversed() : items
    var rows: [Row] = []
    var last: LocalDate?
    for item in ordered {
      if item.date != last {
        rows.append(.day(item.date, item.day, item.phase))
        last = item.date
      }
      rows.append(.item(item))
    }
    return rows
  }

  static func keep(_ item: TimelineItem, _ state: AppState) -> Bool {
    if !state.search.isEmpty, !item.text.localizedCaseInsensitiveContains(state.search) { return false }
    switch state.filter {
    case .all: return true
    case .fever: return item.kind == .temperature
    case .symptoms: return item.kind == .symptom
    case .milestones: return [.milestone, .phase, .plan, .started].contains(item.kind)
    case .alerts: return state.views.alerting[item.id] != nil
    }
  }

  /// Moves the selection to a date or a day label; false when there is no such row.
  static func jump(_ state: inout AppState, to text: String) -> Bool {
    let rows = rows(state)
    let index: Int?
    if let date = LocalDate(parsing: text) {
      index = rows.firstIndex {
        if case .day(let d, _, _) = $0 { return state.newestFirst ? d <= date : d >= date }
        return false
      }
    } else if let offset = StudyDay.parseOffset(text) {
      index = rows.firstIndex {
        if case .day(_, let day, _) = $0, let n = day.number { return state.newestFirst ? n <= offset : n >= offset }
        return false
      }
    } else {
      index = nil
    }
    guard let index else { return false }
    state.timelineRow = index
    return true
  }

  static func render(_ state: AppState, into buffer: inout CellBuffer, area: Area) {
    guard state.data != nil, area.height > 1 else { return }
    let order = state.newestFirst ? "newest first" : "oldest first"
    var head = "Timeline · \(order) · showing \(state.filter.title)"
    if !state.search.isEmpty { head += " · search \"\(state.search)\"" }
    buffer.put(head, x: 1, y: area.y, style: Style(.accent, bold: true), maxWidth: area.width - 2)
    let rows = rows(state)
    let height = area.height - 1
    if rows.isEmpty {
      buffer.put("Nothing to show with this filter; f changes it.", x: 1, y: area.y + 1, style: Style(.muted))
      return
    }
    let selected = min(state.timelineRow, rows.count - 1)
    let first = max(0, min(selected - height / 2, rows.count - height))
    for (offset, row) in rows.dropFirst(first).prefix(height).enumerated() {
      let y = area.y + 1 + offset
      let isSelected = first + offset == selected
      switch row {
      case .day(let date, let day, let phase):
        // The phase as a band down the left edge of each day.
        buffer.fill(x: 0, y: y, width: area.width, height: 1, style: Style(.border))
        buffer.put("▌\(phase.title.uppercased())  \(date)  \(day.label)", x: 0, y: y, style: Style(.accent, bold: true), maxWidth: area.width)
      case .item(let item):
        let (mark, alertStyle) = AlertMark.of(state.views.alerting[item.id])
        let time = item.time?.clockText ?? "     "
        var text = item.struckOut ? Strike.through(item.text) + " (struck out)" : item.text
        if let correction = item.correction, !item.struckOut { text += " (\(correction))" }
        let line = "\(mark) \(time)  \(text)  — \(item.author.name)"
        var style = alertStyle ?? (item.struckOut ? Style(.muted, dim: true) : Style(.normal))
        if isSelected { style = Style(.selection, bold: alertStyle != nil) }
        if isSelected { buffer.fill(x: 0, y: y, width: area.width, height: 1, style: style) }
        buffer.put("▌", x: 0, y: y, style: Style(.border))
        buffer.put(line, x: 1, y: y, style: style, maxWidth: area.width - 1)
      }
      if isSelected { buffer.cursor = (1, y) }
    }
  }
}
