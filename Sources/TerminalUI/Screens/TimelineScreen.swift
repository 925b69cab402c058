import JourneyCore

/// The caregiver's screen: day by day, phases as bands, alerts marked, filter, search, jump.
public enum TimelineScreen {
  /// A row of the list: a day header or an item.
  public enum Row: Equatable, Sendable {
    case day(LocalDate, StudyDay, Phase)
    case item(TimelineItem)
  }

  /// The rows as shown now: filtered, searched, ordered, with a header per day.
  ///
  /// Every row made whole: for tests and small journeys. The screen itself works from
  /// ``listing(_:)`` and makes only the rows it draws.
  public static func rows(_ state: AppState) -> [Row] {
    listing(state).refs.map { row($0, state) }
  }

  /// What the screen lists for the state: the one the reducer keeps, or, when the state was
  /// changed without it (tests), worked out again.
  static func listing(_ state: AppState) -> TimelineListing {
    if let listing = state.views.listing, listing.key == TimelineListing.key(state) {
      return listing
    }
    return TimelineListing(state)
  }

  /// Keeps the listing in step with the state's filter, search, order and data.
  static func syncListing(_ state: inout AppState) {
    // After every action, so the key alone first: copying the listing (or the data) to look
    // at it costs each key of a long paste more than the key itself.
    if state.views.listing?.key == TimelineListing.key(state) { return }
    guard state.data != nil else { return }
    state.views.listing = TimelineListing(state)
  }

  /// A listed row, made whole.
  static func row(_ ref: TimelineRef, _ state: AppState) -> Row {
    let journey = state.data?.journey ?? Journey()
    let care = state.data?.care ?? CareProtocol(id: "", name: "")
    switch ref {
    case .day(let day):
      let date = LocalDate(daysSinceEpoch: Int(day))
      return .day(
        date, StudyDay(date: date, journey: journey, protocol: care),
        Timeline.phase(on: date, journey: journey))
    case .item(let index):
      return .item(state.views.timeline[Int(index)])
    case .older(let index):
      return .item(state.views.older[Int(index)].item(journey: journey, care: care))
    }
  }

  /// The alert level a listed row is marked with.
  static func alert(_ ref: TimelineRef, _ state: AppState) -> RedFlagRule.Level? {
    switch ref {
    case .day: nil
    case .item(let index): state.views.alerting[state.views.timeline[Int(index)].id]
    case .older(let index): state.views.older[Int(index)].alert
    }
  }

  /// Moves the selection to a date or a day label; false when there is no such row.
  static func jump(_ state: inout AppState, to text: String) -> Bool {
    let refs = listing(state).refs
    let newestFirst = state.timeline.newestFirst
    let index: Int?
    if let date = LocalDate(parsing: text) {
      let target = Int32(clamping: date.daysSinceEpoch)
      index = refs.firstIndex {
        if case .day(let d) = $0 { return newestFirst ? d <= target : d >= target }
        return false
      }
    } else if let offset = StudyDay.parseOffset(text), let data = state.data {
      index = refs.firstIndex {
        guard case .day(let d) = $0 else { return false }
        let date = LocalDate(daysSinceEpoch: Int(d))
        guard let n = StudyDay(date: date, journey: data.journey, protocol: data.care).number
        else { return false }
        return newestFirst ? n <= offset : n >= offset
      }
    } else {
      index = nil
    }
    guard let index else { return false }
    state.timeline.row = index
    return true
  }

  static func render(_ state: AppState, into buffer: inout CellBuffer, area: Area) {
    guard state.data != nil, area.height > 1 else { return }
    let order = state.timeline.newestFirst ? tr("newest first") : tr("oldest first")
    var head =
      AppState.Screen.timeline.title + " · " + order + " · "
      + tr("showing %s", state.timeline.filter.title)
    if !state.timeline.search.isEmpty {
      head += " · " + tr("search \"%s\"", state.timeline.search)
    }
    if state.data?.historyComplete == false { head += " · " + tr("reading older days…") }
    buffer.put(head, x: 1, y: area.y, style: Style(.accent, bold: true), maxWidth: area.width - 2)
    let refs = listing(state).refs
    let height = area.height - 1
    if refs.isEmpty {
      buffer.put(
        tr("Nothing to show with this filter; f changes it."), x: 1, y: area.y + 1,
        style: Style(.muted))
      return
    }
    let selected = min(state.timeline.row, refs.count - 1)
    let first = max(0, min(selected - height / 2, refs.count - height))
    for (offset, ref) in refs.dropFirst(first).prefix(height).enumerated() {
      let y = area.y + 1 + offset
      let isSelected = first + offset == selected
      switch row(ref, state) {
      case .day(let date, let day, let phase):
        // The phase as a band down the left edge of each day.
        buffer.fill(x: 0, y: y, width: area.width, height: 1, style: Style(.border))
        buffer.put(
          "▌\(phase.title.uppercased())  \(Language.current.numericDate(date))  \(day.label)", x: 0,
          y: y,
          style: Style(.accent, bold: true), maxWidth: area.width)
      case .item(let item):
        let (mark, alertStyle) = AlertMark.of(alert(ref, state))
        let time = item.time?.clockText ?? "     "
        var text =
          item.struckOut ? Strike.through(item.text) + tr(" (struck out)") : item.text
        if let correction = item.correction, !item.struckOut { text += " (\(correction))" }
        var line = "\(mark) \(time)  \(text)  — \(item.author.name)"
        if let device = item.device { line += " " + tr("on %s", device, context: "device") }
        if let late = item.lateEntryText { line += " · " + late }
        var style = alertStyle ?? (item.struckOut ? Style(.muted, dim: true) : Style(.normal))
        if isSelected { style = Style(.selection, bold: alertStyle != nil) }
        if isSelected { buffer.fill(x: 0, y: y, width: area.width, height: 1, style: style) }
        buffer.put("▌", x: 0, y: y, style: Style(.border))
        buffer.putCut(line, x: 1, y: y, style: style, maxWidth: area.width - 1)
      }
      if isSelected { buffer.cursor = (1, y) }
    }
  }
}
