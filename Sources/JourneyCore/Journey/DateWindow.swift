/// The dates a journey accepts for one kind of record, and the refusal for any other: what
/// happened is dated from the journey's start to today, a plan up to a few years ahead.
///
/// A date outside the window is refused with the rule and the nearest date that would be
/// accepted, so a typing slip (`0026-11-20`, `9999-01-01`) is caught before anything is written
/// instead of overflowing every list that shows it.
public struct DateWindow: Equatable, Sendable {
  /// The first date accepted.
  public let earliest: LocalDate
  /// The last date accepted.
  public let latest: LocalDate
  /// What a date before ``earliest`` is: `is before 2026-10-01, when this journey began`.
  let earliestRule: String
  /// What a date after ``latest`` is: `is in the future (today is 2026-12-03)`.
  let latestRule: String
  /// The code a date after ``latest`` is refused with.
  let lateCode: JourneyError.Code

  /// A window from `earliest` to `latest`, each with the words that say what a date beyond it
  /// is (`is more than 20 years ago`).
  public init(
    earliest: LocalDate, because earliestRule: String, latest: LocalDate,
    because latestRule: String, lateCode: JourneyError.Code = .dateInFuture
  ) {
    self.earliest = earliest
    self.latest = latest
    self.earliestRule = earliestRule
    self.latestRule = latestRule
    self.lateCode = lateCode
  }

  /// Whether `date` is accepted.
  public func contains(_ date: LocalDate) -> Bool { earliest <= date && date <= latest }

  /// Refuses `date` when it is outside the window, saying the rule and the date accepted
  /// nearest to it; `what` names the date (`2026-09-01`, `the infusion date 2026-09-01`).
  public func check(_ date: LocalDate, _ what: String? = nil) throws(JourneyError) {
    let named = what ?? Language.current.numericDate(date)
    if date < earliest {
      throw JourneyError(
        .dateBeforeJourney,
        tr(
          "%1$s %2$s; the earliest date accepted is %3$s", named, earliestRule,
          Language.current.numericDate(earliest)))
    }
    if date > latest {
      throw JourneyError(
        lateCode,
        tr(
          "%1$s %2$s; the latest date accepted is %3$s", named, latestRule,
          Language.current.numericDate(latest)))
    }
  }
}

extension Journey {
  /// How far ahead a plan may be dated: a CAR-T journey is planned weeks to months ahead, so a
  /// plan years away is a typing slip (a project choice, not a clinical rule).
  public static let planYearsAhead = 3

  /// How far back a journey may begin: past the 15 years of gene-therapy long-term follow-up
  /// (clinical.md, "Long-term follow-up"), with room; older is a typing slip.
  public static let startYearsBack = 20

  /// With the date screening began not entered, how far before the earliest date entered what
  /// happened may lie: screening to infusion takes weeks to months, so a year covers it (a
  /// project choice) while a slip of a decade is still caught.
  public static let undatedStartYears = 1

  /// The dates accepted for the day a journey began (`init --on`, the Start screen's dates):
  /// no later than today, no earlier than ``startYearsBack`` years ago.
  public static func startWindow(today: LocalDate) -> DateWindow {
    DateWindow(
      earliest: today.adding(years: -startYearsBack),
      because: tr("is more than %s years ago", String(startYearsBack)), latest: today,
      because: tr("is in the future (today is %s)", Language.current.numericDate(today)))
  }

  /// The dates accepted for what happened (a phase entered, a milestone signed, a reading
  /// logged, a visit, a medicine changed): from the journey's start to today.
  public func pastWindow(today: LocalDate) -> DateWindow {
    let earliest = earliestAccepted(today: today)
    return DateWindow(
      earliest: earliest, because: earliestRule(earliest, today: today), latest: today,
      because: tr("is in the future (today is %s)", Language.current.numericDate(today)))
  }

  /// The dates accepted for a plan: from the journey's start to ``planYearsAhead`` years ahead.
  public func planWindow(today: LocalDate) -> DateWindow {
    let earliest = earliestAccepted(today: today)
    return DateWindow(
      earliest: earliest, because: earliestRule(earliest, today: today),
      latest: today.adding(years: Journey.planYearsAhead),
      because: tr(
        "is more than %1$s years ahead (today is %2$s)", String(Journey.planYearsAhead),
        Language.current.numericDate(today)),
      lateCode: .dateTooFarAhead)
  }

  /// The first date accepted for what happened: the journey's start; with that not entered,
  /// ``undatedStartYears`` before the earliest date entered; before any, the start window's.
  func earliestAccepted(today: LocalDate) -> LocalDate {
    let floor = Journey.startWindow(today: today).earliest
    if let startDate { return startDate }
    guard let earliestDate else { return floor }
    return max(floor, earliestDate.adding(years: -Journey.undatedStartYears))
  }

  /// What a date before `earliest`, the first accepted, is, in words.
  func earliestRule(_ earliest: LocalDate, today: LocalDate) -> String {
    let date = Language.current.numericDate
    if startDate != nil { return tr("is before %s, when this journey began", date(earliest)) }
    guard let earliestDate, earliest > Journey.startWindow(today: today).earliest else {
      return tr("is more than %s years ago", String(Journey.startYearsBack))
    }
    return tr(
      "is more than a year before %s, the earliest date this journey has (enter the date "
        + "screening began to go further back)", date(earliestDate))
  }
}
