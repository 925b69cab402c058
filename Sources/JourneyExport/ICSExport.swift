import JourneyCore

/// The protocol's milestones and follow-up visits as an RFC 5545 calendar.
///
/// - Each milestone with a due date is an all-day event on that date (`DTSTART;VALUE=DATE`,
///   `DTEND` the next day), so no time zone is involved: a date is the same day wherever the
///   calendar is opened. `DTSTAMP` is the export's moment in UTC, taken from the input, never
///   the clock.
/// - Repeating milestones (the follow-up visit every 3 months, with no end: it repeats for as
///   long as the journey lasts) are listed up to ``horizonDays`` after the export day, or up to
///   `to` when given; a journey that has ended has nothing after its end. Exporting again later
///   adds the next ones.
/// - `UID` is the milestone id (one per occurrence: `follow-up-visit-m9`) and the journey id:
///   the same milestone keeps its UID across exports, even when its date moves, so importing the
///   calendar again updates an event instead of adding a second one.
/// - **Signed milestones are kept and marked**: the summary starts with `Done:`, the description
///   says who signed and when, and there is no alarm. Leaving them out would leave the earlier
///   import's event, with its alarm, in a calendar, since an import never deletes.
/// - An unsigned milestone due after the export day has an alarm (`VALARM`, `ACTION:DISPLAY`)
///   at 09:00 the day before: `TRIGGER:-PT15H` before the all-day event's start at midnight.
///   Milestones already past get none, so an import raises no stale reminders.
/// - Lines end in CRLF and are folded at 75 octets (``ICSText``); text is escaped as TEXT.
///
/// `from`/`to` keep the milestones due on those dates.
enum ICSExport {
  /// How far ahead repeating milestones are listed without `to`: two years.
  static let horizonDays = 730

  static let productID = "-//CareJourney//CareJourney milestones//EN"

  static func render(_ input: ExportInput) -> String {
    var lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:\(productID)",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
    ]
    let name = "CareJourney" + (input.journey.patient.map { ": \($0)" } ?? "")
    lines += ["NAME:\(ICSText.escape(name))", "X-WR-CALNAME:\(ICSText.escape(name))"]
    for milestone in milestones(input) {
      lines += event(milestone, input: input)
    }
    lines.append("END:VCALENDAR")
    return lines.map(ICSText.fold).joined(separator: "\r\n") + "\r\n"
  }

  /// The milestones with a due date within `from`...`to` and the horizon, in due order.
  static func milestones(_ input: ExportInput) -> [Milestone] {
    let horizon = input.to ?? input.today.adding(days: horizonDays)
    // Statuses are counted as of the horizon only to list every repeat up to it; an event only
    // uses whether a milestone is signed, which does not depend on the day.
    return input.journey.milestones(protocol: input.care, today: horizon).filter { milestone in
      guard let due = milestone.due else { return false }
      return due <= horizon && input.includes(due)
    }
  }

  static func event(_ milestone: Milestone, input: ExportInput) -> [String] {
    guard let due = milestone.due else { return [] }
    let day = StudyDay(date: due, journey: input.journey, protocol: input.care)
    var description = "\(day.label) · \(milestone.phase.title)."
    let summary: String
    if let signature = milestone.signature, signature.notApplicable {
      summary = "Not applicable: \(milestone.title)"
      description += " Marked not applicable on \(signature.on) by \(signature.author)."
      if let note = signature.note { description += " \(note)" }
    } else if let signature = milestone.signature {
      summary = "Done: \(milestone.title)"
      description += " Signed \(signature.whenText) by \(signature.author)."
      if let note = signature.note { description += " \(note)" }
    } else if milestone.status == .notRecorded {
      summary = milestone.title
      description +=
        " Before CareJourney: not recorded (sign it with its real date, or mark it "
        + "done elsewhere: carejourney sign \(milestone.id) --elsewhere)"
    } else {
      summary = milestone.title
      let signer = milestone.rule.signer == .nurse ? "the nurse signs" : "anyone may sign"
      description += " Not signed yet (\(signer)): carejourney sign \(milestone.id)"
    }
    var lines = [
      "BEGIN:VEVENT",
      "UID:\(ICSText.escape(uid(milestone, journey: input.journey)))",
      "DTSTAMP:\(utc(input.now))",
      "DTSTART;VALUE=DATE:\(compact(due))",
      "DTEND;VALUE=DATE:\(compact(due.adding(days: 1)))",
      "SUMMARY:\(ICSText.escape(summary))",
      "DESCRIPTION:\(ICSText.escape(description))",
      "CATEGORIES:\(ICSText.escape(milestone.phase.title))",
      "TRANSP:TRANSPARENT",
    ]
    if milestone.signature == nil, due > input.today {
      lines += [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-PT15H",
        "DESCRIPTION:\(ICSText.escape("Tomorrow: \(milestone.title)"))",
        "END:VALARM",
      ]
    }
    lines.append("END:VEVENT")
    return lines
  }

  /// `follow-up-visit-m9.3f9a0c1d2e4b5a69@carejourney`.
  static func uid(_ milestone: Milestone, journey: Journey) -> String {
    "\(milestone.id).\(journey.exportID)@carejourney"
  }

  /// `20261122` (RFC 5545 DATE).
  static func compact(_ date: LocalDate) -> String {
    date.description.filter { $0 != "-" }
  }

  /// `20261122T080000Z`: the moment in UTC (RFC 5545 DATE-TIME, form 2).
  static func utc(_ moment: Timestamp) -> String {
    let inUTC = Timestamp(unixSeconds: moment.unixSeconds, utcOffset: 0)
    let time = inUTC.description.dropFirst(11).prefix(8).filter { $0 != ":" }
    return "\(compact(inUTC.date))T\(time)Z"
  }
}
