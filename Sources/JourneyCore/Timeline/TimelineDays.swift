/// The timeline one day at a time, for printing years of it without holding them all: the same
/// items, in the same order, as ``Timeline/items(journey:entries:protocol:from:to:)`` over all
/// the entries at once.
///
/// Give it each day's entries, oldest day first, as its day file holds them; it hands back the
/// journey events dated up to that day that it has not given yet, then the day's entries. (An
/// entry whose date is not its file's, which only editing a file by hand makes, comes with its
/// file's day.)
public struct TimelineDays {
  let journey: Journey
  let care: CareProtocol
  let from: LocalDate?
  let to: LocalDate?
  /// The journey's events in the range, in timeline order, and how many were given.
  let events: [TimelineItem]
  var given = 0
  /// The words of the readings met so far.
  var descriptions = Timeline.Descriptions()

  public init(journey: Journey, protocol care: CareProtocol, from: LocalDate?, to: LocalDate?) {
    self.journey = journey
    self.care = care
    self.from = from
    self.to = to
    events = Timeline.ordered(
      Timeline.eventItems(journey: journey, protocol: care, from: from, to: to))
  }

  /// The events dated up to `date` not given yet, then the rows of `entries` (that day's).
  public mutating func through(_ date: LocalDate, entries: [Entry]) -> [TimelineItem] {
    var items: [TimelineItem] = []
    while given < events.count, events[given].date <= date {
      items.append(events[given])
      given += 1
    }
    let rows = Timeline.ordered(
      Timeline.entryItems(
        journey: journey, entries: entries, protocol: care, from: from, to: to,
        descriptions: &descriptions))
    guard !items.isEmpty else { return rows }
    return items + rows
  }

  /// The events after the last day given.
  public mutating func rest() -> [TimelineItem] {
    defer { given = events.count }
    return Array(events[given...])
  }
}
