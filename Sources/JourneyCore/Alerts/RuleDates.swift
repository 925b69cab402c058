/// The dates red-flag windows are counted from: Day 0 and the day each phase began, taken from
/// what was recorded and what was planned, so a journey whose recorded phase lags behind its
/// dates is judged by its dates.
///
/// A plan dated after the journey ended (completed or withdrawn) never happened and is left out;
/// everything that did happen stays, so rules go on after the end.
public struct RuleDates: Equatable, Sendable {
  /// Day 0: the infusion as recorded, else as planned.
  public let dayZero: LocalDate?
  /// For each phase, the earlier of the first day it was entered and its planned date.
  public let began: [Phase: LocalDate]
  /// The day the journey ended, if it has.
  public let ended: LocalDate?

  public init(journey: Journey) {
    let ended = journey.endDate
    self.ended = ended
    func happens(_ planned: LocalDate?) -> LocalDate? {
      guard let planned else { return nil }
      if let ended, planned > ended { return nil }
      return planned
    }
    dayZero = journey.infusionDate ?? happens(journey.planned[.infusion])
    var began: [Phase: LocalDate] = [:]
    for phase in Phase.allCases where !phase.isEnd {
      let entered = journey.stays.first { $0.phase == phase }?.start
      let planned = happens(journey.planned[phase])
      if let earliest = [entered, planned].compactMap({ $0 }).min() { began[phase] = earliest }
    }
    if let zero = dayZero { began[.infusion] = min(began[.infusion] ?? zero, zero) }
    self.began = began
  }

  /// Study day of `date` (Day 0 = 0), nil while no Day 0 is known.
  public func day(of date: LocalDate) -> Int? { dayZero.map { $0.days(to: date) } }

  /// The phase the dates put a date in: the phase (not an end) that began last on or before it;
  /// screening before any began. Used only for old protocol files whose rules list phases.
  public func phase(on date: LocalDate) -> Phase {
    var best: (Phase, LocalDate)?
    for phase in Phase.allCases where !phase.isEnd {
      guard let start = began[phase], start <= date else { continue }
      if let (bestPhase, bestStart) = best,
        (bestStart, bestPhase.order) > (start, phase.order)
      {
        continue
      }
      best = (phase, start)
    }
    return best?.0 ?? .screening
  }
}
