import JourneyCore

/// One day file as the screens last read it.
struct DayFile: Sendable {
  var date: LocalDate
  var signature: [Int]
  var entries: [Entry]
  var unreadable: Int
}
