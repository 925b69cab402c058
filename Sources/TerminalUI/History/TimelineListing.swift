import JourneyCore

/// The rows the Timeline screen shows for one filter, search and order, as references.
///
/// Worked out once when one of those or the data changes (the reducer keeps it in
/// ``DerivedViews``), so a key that moves the selection never walks ten years of rows again;
/// a frame turns only the rows it draws into text.
struct TimelineListing: Equatable, Sendable {
  struct Key: Equatable, Sendable {
    var filter: TimelineFilter
    var search: String
    var newestFirst: Bool
  }

  var key: Key
  var refs: [TimelineRef]

  static func key(_ state: AppState) -> Key {
    Key(
      filter: state.timeline.filter, search: state.timeline.search,
      newestFirst: state.timeline.newestFirst)
  }

  /// The rows for `state`: its timeline merged with the older rows, filtered, searched and
  /// ordered, with a header before each day.
  init(_ state: AppState) {
    key = TimelineListing.key(state)
    let views = state.views
    let filter = state.timeline.filter
    var search = TextSearch(state.timeline.search)
    func keep(_ ref: TimelineRef) -> Bool {
      switch ref {
      case .day: return false
      case .item(let index):
        let item = views.timeline[Int(index)]
        if !search.isEmpty, !search.matches(item.text) { return false }
        return TimelineListing.shows(item.kind, filter) { views.alerting[item.id] != nil }
      case .older(let index):
        // Field by field: copying whole rows would cost four reference counts each.
        let index = Int(index)
        if !search.isEmpty, !search.matches(views.older[index].text) { return false }
        return TimelineListing.shows(views.older[index].kind, filter) {
          views.older[index].alert != nil
        }
      }
    }
    let kept = filter == .all && search.isEmpty ? views.order : views.order.filter(keep)
    var refs: [TimelineRef] = []
    refs.reserveCapacity(kept.count + kept.count / 8)
    var last: Int32?
    func add(_ ref: TimelineRef) {
      let day = views.day(of: ref)
      if day != last {
        refs.append(.day(day))
        last = day
      }
      refs.append(ref)
    }
    if state.timeline.newestFirst {
      for ref in kept.reversed() { add(ref) }
    } else {
      for ref in kept { add(ref) }
    }
    self.refs = refs
  }

  /// Whether a row of this kind is shown with this filter; `alerted` is asked only for the
  /// alerts filter.
  static func shows(
    _ kind: TimelineItem.Kind, _ filter: TimelineFilter, alerted: () -> Bool
  ) -> Bool {
    switch filter {
    case .all: return true
    case .fever: return kind == .temperature
    case .symptoms: return kind == .symptom || kind == .homeNeuroCheck
    case .milestones:
      switch kind {
      case .milestone, .phase, .plan, .started: return true
      default: return false
      }
    case .alerts: return alerted()
    }
  }
}

extension DerivedViews {
  /// The day (days since 1970-01-01) a reference belongs to.
  func day(of ref: TimelineRef) -> Int32 {
    switch ref {
    case .day(let day): day
    case .item(let index): Int32(clamping: timeline[Int(index)].date.daysSinceEpoch)
    case .older(let index): older[Int(index)].day
    }
  }

  /// ``timeline`` and ``older`` in timeline order: by date, a day's journey events first.
  /// (Items dated before the older rows end are journey events: the entries of those days are
  /// the older rows.)
  static func merged(_ timeline: [TimelineItem], _ older: [HistoryRow]) -> [TimelineRef] {
    var refs: [TimelineRef] = []
    refs.reserveCapacity(timeline.count + older.count)
    var item = 0
    var row = 0
    while item < timeline.count || row < older.count {
      if row == older.count
        || (item < timeline.count
          && timeline[item].date.daysSinceEpoch <= Int(older[row].day))
      {
        refs.append(.item(Int32(item)))
        item += 1
      } else {
        refs.append(.older(Int32(row)))
        row += 1
      }
    }
    return refs
  }
}
