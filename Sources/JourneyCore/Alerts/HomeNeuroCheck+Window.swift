extension HomeNeuroCheck {
  /// The protocol's rule on home neuro checks (the first red flag with a `home-neuro-check`
  /// condition): it judges each check, and its window is the days the check is offered. Nil
  /// when the protocol has none; the check is then never offered.
  public static func rule(in care: CareProtocol) -> RedFlagRule? {
    care.redFlags.first { $0.condition == .homeNeuroCheck }
  }

  /// Whether the check is offered on `date`: inside its rule's window, counted by study day
  /// from the journey's dates (planned or recorded), as every red-flag window is.
  public static func offered(on date: LocalDate, journey: Journey, protocol care: CareProtocol)
    -> Bool
  {
    refusal(on: date, journey: journey, protocol: care) == nil
  }

  /// Why the check is not offered on `date`, as a sentence to show (lower case first, no full
  /// stop), or nil when it is. Outside its window the signs it looks for are logged as
  /// symptoms, which are urgent on any day.
  public static func refusal(on date: LocalDate, journey: Journey, protocol care: CareProtocol)
    -> String?
  {
    guard let rule = rule(in: care) else {
      return tr(
        "this journey's protocol has no home neuro check (no red flag with "
          + "home-neuro-check); log what you see as a symptom instead")
    }
    let dates = RuleDates(journey: journey)
    guard !rule.window.contains(date, dates: dates, latest: { _, _, _ in nil }) else { return nil }
    let days = daysText(rule.window)
    guard rule.window.start(dates) != nil else {
      return tr(
        "the home neuro check is for the acute weeks (%s), which start once Day 0 "
          + "is known: plan the infusion first (carejourney plan infusion DATE)", days)
    }
    let day =
      StudyDay(date: date, journey: journey, protocol: care).dayLabel
      ?? Language.current.numericDate(date)
    return tr(
      "the home neuro check is for the acute weeks (%1$s); today is %2$s. Log what "
        + "you see as a symptom instead (handwriting, word-finding, confusion): urgent on any day",
      days, day)
  }

  /// `Day −5 to Day +28`, or the whole window in words when it is not two study days.
  static func daysText(_ window: RuleWindow) -> String {
    guard let from = window.fromDay, let to = window.toDay, window.untilPhase == nil,
      window.extendWhile == nil, window.phases.isEmpty
    else { return AlertTable.window(window) }
    return tr("%1$s to %2$s", AlertTable.day(from), AlertTable.day(to), context: "days")
  }
}
