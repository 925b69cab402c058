import JourneyCore

/// A place in the timeline: a day's header, one of ``DerivedViews/timeline``'s items, or one of
/// ``DerivedViews/older``'s rows. Small, so years of history list in a few hundred kilobytes.
enum TimelineRef: Equatable, Sendable {
  case day(Int32)
  case item(Int32)
  case older(Int32)
}

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
    case .symptoms: return kind == .symptom
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

/// A case-insensitive search of row texts, as `localizedCaseInsensitiveContains` searches, but
/// comparing bytes where that gives the same answer: a search of ten years then fits in a
/// frame, and Foundation's collation data (2 MB) is not loaded for it.
///
/// Bytes are compared when the query is ASCII and every other character of the text is one
/// that no ASCII letter can match or be changed by: no case mapping of it reaches ASCII (as
/// `ß` → `SS`, `K` (kelvin) → `k`, `ﬁ` → `FI` do) and it does not join the character before or
/// after it (combining marks, joiners, format characters). `°`, `µ`, `—`, `ü`, `é` (one
/// character) are such; for any text holding another, Foundation compares.
struct TextSearch {
  let query: String
  private let folded: [UInt8]?
  /// Whether each non-ASCII character met so far can be passed over.
  private var passable: [Unicode.Scalar: Bool] = [:]

  init(_ query: String) {
    self.query = query
    folded = query.utf8.allSatisfy { $0 < 0x80 } ? query.utf8.map(TextSearch.lower) : nil
  }

  var isEmpty: Bool { query.isEmpty }

  mutating func matches(_ text: String) -> Bool {
    // Foundation finds the empty string nowhere.
    guard !query.isEmpty else { return false }
    guard let folded, text.utf8.allSatisfy({ $0 < 0x80 }) || passesOver(text) else {
      return text.localizedCaseInsensitiveContains(query)
    }
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      guard folded.count <= bytes.count else { return false }
      for start in 0...(bytes.count - folded.count) {
        var index = 0
        while index < folded.count, TextSearch.lower(bytes[start + index]) == folded[index] {
          index += 1
        }
        if index == folded.count { return true }
      }
      return false
    }
    return text.utf8.withContiguousStorageIfAvailable(find)
      ?? Array(text.utf8).withUnsafeBufferPointer(find)
  }

  /// Whether every non-ASCII character of `text` can be passed over by a byte comparison.
  private mutating func passesOver(_ text: String) -> Bool {
    for scalar in text.unicodeScalars where !scalar.isASCII {
      if let known = passable[scalar] {
        if !known { return false }
        continue
      }
      let verdict = TextSearch.passable(scalar)
      passable[scalar] = verdict
      if !verdict { return false }
    }
    return true
  }

  static func passable(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .format, .control, .surrogate,
      .privateUse, .unassigned:
      return false
    default:
      break
    }
    if properties.isGraphemeExtend || properties.isEmojiModifier { return false }
    let text = String(scalar)
    let mapped = [
      text.lowercased(), text.uppercased(), text.lowercased().uppercased(),
      text.uppercased().lowercased(),
    ]
    return !mapped.contains { $0.unicodeScalars.contains(where: \.isASCII) }
  }

  static func lower(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
  }
}
