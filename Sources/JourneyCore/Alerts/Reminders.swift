/// What is due at a moment: the rules behind `carejourney remind`.
///
/// Pure: the moment, the journey, the entries and the protocol all come in from outside, so a
/// cron job, the Today screen and the tests get the same answer for the same inputs.
public enum Reminders {
  /// Everything due at `now`: urgent alerts nobody answered in time first, then the
  /// temperature check, milestones due today, overdue milestones, and a day with nothing logged.
  ///
  /// An ended journey still escalates its alerts (CAR-T cells stay) and has nothing else due; a
  /// journey not yet started has nothing due. Temperature checks and unlogged days only count
  /// inside the protocol's acute window, which needs a Day 0 (planned or actual).
  ///
  /// - Parameter entries: at least the entries observed in the last ``RedFlags/openDays`` days
  ///   (the alerts' own history where a rule compares with earlier values).
  public static func due(
    journey: Journey, entries: [Entry], protocol care: CareProtocol, now: Timestamp
  ) -> [Reminder] {
    guard journey.isStarted else { return [] }
    var result = unanswered(journey: journey, entries: entries, care: care, now: now)
    guard !journey.phase.isEnd else { return result }
    if let check = temperatureCheck(journey: journey, entries: entries, care: care, now: now) {
      result.append(check)
    }
    let milestones = journey.milestones(protocol: care, today: now.date)
    for milestone in milestones where milestone.status == .due {
      result.append(
        Reminder(kind: .milestoneDue, .remindDueToday, id: milestone.id) {
          [milestone.title(in: $0), milestone.id]
        })
    }
    for milestone in milestones where milestone.status == .overdue {
      let reminder =
        if let due = milestone.due {
          Reminder(kind: .milestoneOverdue, .remindOverdueSince, id: milestone.id) {
            [$0.numericDate(due), milestone.title(in: $0), milestone.id]
          }
        } else {
          Reminder(kind: .milestoneOverdue, .remindOverdue, id: milestone.id) {
            [milestone.title(in: $0), milestone.id]
          }
        }
      result.append(reminder)
    }
    if let unlogged = unloggedYesterday(journey: journey, entries: entries, care: care, now: now) {
      result.append(unlogged)
    }
    return result
  }

  /// One reminder for each urgent alert in force that nobody answered within the protocol's
  /// minutes: what was seen, who should act and how to record what was done, so a `--exec`
  /// program can page the caregiver.
  static func unanswered(
    journey: Journey, entries: [Entry], care: CareProtocol, now: Timestamp
  ) -> [Reminder] {
    let limit = care.acknowledgeUrgentWithinMinutes * 60
    return RedFlags.active(journey: journey, entries: entries, protocol: care, now: now)
      .filter { $0.level.isUrgent && now.unixSeconds - $0.at.unixSeconds >= limit }
      .map { alert in
        let minutes = (now.unixSeconds - alert.at.unixSeconds) / 60
        return Reminder(
          kind: .alertUnanswered,
          message: tr(
            "%1$s %2$s alert %3$s unanswered for %4$s min (%5$s). Caregiver: check on %6$s now "
              + "and %7$s; then record what was done: carejourney alerts ack %3$s --note TEXT",
            alert.symbol, alert.word, alert.id, String(minutes), alert.seen,
            journey.patient ?? tr("the patient"), alert.compactAction),
          id: alert.id)
      }
  }

  /// The latest check time passed today, when no temperature was observed since it.
  static func temperatureCheck(
    journey: Journey, entries: [Entry], care: CareProtocol, now: Timestamp
  ) -> Reminder? {
    let day = StudyDay(date: now.date, journey: journey, protocol: care)
    guard let label = day.dayLabel, let number = day.number, care.acuteWindow.contains(number),
      let minute = care.temperatureCheckMinutes.filter({ $0 * 60 <= now.secondOfDay }).max()
    else { return nil }
    let checkTime = Timestamp(date: now.date, secondOfDay: minute * 60, utcOffset: now.utcOffset)
    if temperatureTimes(in: entries).contains(where: { $0 >= checkTime }) { return nil }
    return Reminder(kind: .temperatureCheck, .remindTemperature) { language in
      [checkTime.clockText, day.dayLabel(in: language) ?? label]
    }
  }

  /// One reminder when yesterday was a day of the journey inside the acute window and nothing at
  /// all was logged on it.
  static func unloggedYesterday(
    journey: Journey, entries: [Entry], care: CareProtocol, now: Timestamp
  ) -> Reminder? {
    let yesterday = now.date.adding(days: -1)
    let day = StudyDay(date: yesterday, journey: journey, protocol: care)
    guard let label = day.dayLabel, let number = day.number, care.acuteWindow.contains(number),
      let recorded = journey.firstRecorded, recorded <= yesterday,
      !entries.contains(where: { $0.observedAt.date == yesterday })
    else { return nil }
    return Reminder(kind: .unloggedDay, .remindUnlogged) { language in
      [language.numericDate(yesterday), day.dayLabel(in: language) ?? label]
    }
  }

  /// When temperatures were observed: temperature entries no correction has struck out or
  /// replaced, and corrections that replace an entry with a temperature.
  static func temperatureTimes(in entries: [Entry]) -> [Timestamp] {
    var corrected: Set<String> = []
    for entry in entries {
      if case .correction(let target, _, _) = entry.body { corrected.insert(target) }
    }
    return entries.compactMap { entry in
      guard !corrected.contains(entry.id) else { return nil }
      switch entry.body {
      case .temperature, .correction(_, _, .temperature?): return entry.observedAt
      default: return nil
      }
    }
  }
}
