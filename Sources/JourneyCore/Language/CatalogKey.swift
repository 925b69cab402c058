/// Every string that goes through the catalogs, with its English source: the one list the
/// catalog check (`CatalogCompletenessTests`) compares each language's `.po` file with, so a
/// missing translation or a format specifier that differs from English's fails a test.
///
/// English is the source language: its text lives here, not in a `.po` file. A case's
/// ``context`` is the `msgctxt` (the same English words can need different translations), its
/// ``id`` the `msgid`, and ``plural`` the `msgid_plural` of a message that depends on a count.
/// Placeholders are gettext's: `%s` for text, `%d` for the count, `%1$s` where a translation
/// may need to reorder them.
public enum CatalogKey: String, CaseIterable, Sendable {
  // The alert's level, a word beside the symbol so meaning never rests on colour.
  case levelEmergency, levelUrgent, levelCallToday, levelInfo
  // Whom to call, with the team's number or without one.
  case actionEmergency, actionEmergencyNoTeam, actionUrgent, actionUrgentNoTeam
  case actionCallToday, actionCallTodayNoTeam, actionInfo
  case actionAlongside, actionAlongsideNoTeam
  // What to do if the team cannot be reached.
  case ifUnreachableEmergency, ifUnreachableUrgent, localEmergencyNumber
  // The same in the fewest words, for a terminal too small for the rest.
  case compactEmergency, compactUrgent, compactCallToday, compactInfo
  case compactAlongside, compactAlongsideUrgent, compactNoTeam
  case seen, moreAlerts, noTeamPhone
  // Reminders (`remind`, the Today screen).
  case remindTemperature, remindDueToday, remindOverdueSince, remindOverdue, remindUnlogged

  /// The `msgctxt`, where one is needed.
  public var context: String? {
    switch self {
    case .levelEmergency, .levelUrgent, .levelCallToday, .levelInfo: "alert level"
    case .compactEmergency, .compactUrgent, .compactCallToday, .compactInfo, .compactAlongside,
      .compactAlongsideUrgent, .compactNoTeam:
      "alert, small terminal"
    default: nil
    }
  }

  /// The English text (`msgid`), the singular where the message has plural forms.
  public var id: String {
    switch self {
    case .levelEmergency: "EMERGENCY"
    case .levelUrgent: "URGENT"
    case .levelCallToday: "CALL TODAY"
    case .levelInfo: "FOR YOUR INFORMATION"
    case .actionEmergency: "Call %1$s now, then your CAR-T team on %2$s."
    case .actionEmergencyNoTeam: "Call %s now, then your CAR-T team (no team number is recorded)."
    case .actionUrgent: "Call your CAR-T team now on %s."
    case .actionUrgentNoTeam: "Call your CAR-T team now (no team number is recorded)."
    case .actionCallToday: "Call your CAR-T team today on %s."
    case .actionCallTodayNoTeam: "Call your CAR-T team today (no team number is recorded)."
    case .actionInfo: "No call needed; mention it at your next contact."
    case .actionAlongside: "Tell your CAR-T team about this too when you call them now on %s."
    case .actionAlongsideNoTeam:
      "Tell your CAR-T team about this too when you call them now (no team number is recorded)."
    case .ifUnreachableEmergency:
      "If you cannot call, go to the nearest emergency department. Say you had CAR-T cell "
        + "therapy and show your wallet card."
    case .ifUnreachableUrgent:
      "If you cannot reach them now, call %s or go to the nearest emergency department. Say "
        + "you had CAR-T cell therapy and show your wallet card."
    case .localEmergencyNumber: "your local emergency number"
    case .compactEmergency: "call %1$s now, then %2$s"
    case .compactUrgent: "call %1$s now; else %2$s"
    case .compactCallToday: "call %s today"
    case .compactInfo: "no call needed"
    case .compactAlongside: "tell %s too"
    case .compactAlongsideUrgent: "tell %1$s too; else %2$s"
    case .compactNoTeam: "your team (no number recorded)"
    case .seen: "Seen: %s."
    case .moreAlerts: "%d more alert: see Today and status"
    case .noTeamPhone:
      "No CAR-T team phone number recorded: alerts cannot say whom to call. Add it: "
        + "carejourney settings --team-phone NUMBER"
    case .remindTemperature: "Time to take your temperature (%1$s check, %2$s)"
    case .remindDueToday: "Due today: %1$s (%2$s)"
    case .remindOverdueSince: "Overdue since %1$s: %2$s (%3$s)"
    case .remindOverdue: "Overdue: %1$s (%2$s)"
    case .remindUnlogged: "Nothing was logged yesterday (%1$s, %2$s)"
    }
  }

  /// The English plural (`msgid_plural`) of a message that depends on a count.
  public var plural: String? {
    switch self {
    case .moreAlerts: "%d more alerts: see Today and status"
    default: nil
    }
  }

  /// Safety text a clinician must check in every language before clinical use: the `.po`
  /// entries carry the flag `needs-clinical-review` until one has (the README lists them).
  public var isClinicalInstruction: Bool {
    switch self {
    case .actionEmergency, .actionEmergencyNoTeam, .actionUrgent, .actionUrgentNoTeam,
      .actionCallToday, .actionCallTodayNoTeam, .actionInfo, .actionAlongside,
      .actionAlongsideNoTeam, .ifUnreachableEmergency, .ifUnreachableUrgent, .compactEmergency,
      .compactUrgent, .compactCallToday, .compactAlongside, .compactAlongsideUrgent:
      true
    default: false
    }
  }

  /// How the catalogs find it.
  public var key: POFile.Key { POFile.Key(context: context, id: id) }
}
