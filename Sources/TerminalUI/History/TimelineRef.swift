import JourneyCore

/// A place in the timeline: a day's header, one of ``DerivedViews/timeline``'s items, or one of
/// ``DerivedViews/older``'s rows. Small, so years of history list in a few hundred kilobytes.
enum TimelineRef: Equatable, Sendable {
  case day(Int32)
  case item(Int32)
  case older(Int32)
}
