/// The days a red-flag rule applies on, counted by study day from the journey's dates
/// (``RuleDates``), never from the phase the journey has recorded.
///
/// - It starts on Day `fromDay`, or on the day `fromPhase` began if that is earlier (fever is
///   urgent from the first lymphodepletion day: planned Day −5, or earlier when recorded so).
/// - It ends on Day `toDay`, or the day before `untilPhase` began if that is earlier.
/// - Past its end it goes on while the latest value of a lab since its start is at or below a
///   ceiling (`extendWhile`: the LICATS watch-list lasts while B cells are still low).
///
/// A start that cannot be dated yet (no Day 0, the phase not begun) means the window has not
/// started; an end that cannot be dated means it has not ended. No bounds at all: every day.
public struct RuleWindow: Equatable, Sendable {
  /// A lab value that keeps a window open while at or below `atMost` (in the lab's unit).
  public struct LabCeiling: Equatable, Sendable {
    public var lab: String
    public var atMost: Double

    public init(lab: String, atMost: Double) {
      self.lab = lab
      self.atMost = atMost
    }
  }

  public var fromDay: Int?
  public var toDay: Int?
  public var fromPhase: Phase?
  public var untilPhase: Phase?
  public var extendWhile: LabCeiling?
  /// Old protocol files list phases; they are matched against the phase the dates give
  /// (``RuleDates/phase(on:)``), never the recorded one. Empty: any phase.
  public var phases: Set<Phase>

  public init(
    fromDay: Int? = nil, toDay: Int? = nil, fromPhase: Phase? = nil, untilPhase: Phase? = nil,
    extendWhile: LabCeiling? = nil, phases: Set<Phase> = []
  ) {
    self.fromDay = fromDay
    self.toDay = toDay
    self.fromPhase = fromPhase
    self.untilPhase = untilPhase
    self.extendWhile = extendWhile
    self.phases = phases
  }

  /// Whether the window has a start or an end at all.
  public var isEveryDay: Bool {
    fromDay == nil && toDay == nil && fromPhase == nil && untilPhase == nil && phases.isEmpty
  }

  /// The first day, or nil when the window has a start that cannot be dated yet; `.some(nil)`
  /// when it has no start.
  func start(_ dates: RuleDates) -> LocalDate?? {
    guard fromDay != nil || fromPhase != nil else { return .some(nil) }
    let candidates = [
      fromDay.flatMap { day in dates.dayZero?.adding(days: day) },
      fromPhase.flatMap { dates.began[$0] },
    ].compactMap { $0 }
    guard let first = candidates.min() else { return nil }
    return .some(first)
  }

  /// The last day before any extension; nil when it has no end or the end cannot be dated.
  func end(_ dates: RuleDates) -> LocalDate? {
    [
      toDay.flatMap { day in dates.dayZero?.adding(days: day) },
      untilPhase.flatMap { dates.began[$0]?.adding(days: -1) },
    ].compactMap { $0 }.min()
  }

  /// Whether the window holds `date`. `latest(lab, from, to)` gives the lab's latest value
  /// observed between two dates (inclusive), for `extendWhile`.
  public func contains(
    _ date: LocalDate, dates: RuleDates,
    latest: (_ lab: String, _ from: LocalDate?, _ to: LocalDate) -> Double?
  ) -> Bool {
    if !phases.isEmpty, !phases.contains(dates.phase(on: date)) { return false }
    guard let start = start(dates) else { return false }
    if let start, date < start { return false }
    guard let end = end(dates), date > end else { return true }
    guard let extendWhile, let value = latest(extendWhile.lab, start, date) else { return false }
    return value <= extendWhile.atMost + 1e-9
  }
}
