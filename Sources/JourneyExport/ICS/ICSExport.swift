import JourneyCore

/// The protocol's milestones and follow-up visits as an RFC 5545 calendar.
///
/// - Each milestone with a due date is an all-day event on that date (`DTSTART;VALUE=DATE`,
///   `DTEND` the next day), so no time zone is involved: a date is the same day wherever the
///   calendar is opened. `DTSTAMP` is the journey's last change (the latest line of
///   `journey.jsonl`, in UTC), never the export's moment: the same data gives the same bytes.
/// - `SEQUENCE` counts the times the milestone's date moved (a new plan, a phase entered on
///   another day, a correction), replaying the journey's lines, so a calendar that imported an
///   earlier export takes the new date.
/// - `SUMMARY` is one line: a newline in a protocol's title becomes a space (calcurse skips an
///   event whose summary holds one). Nothing in the calendar is a command to type.
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
    let exported = milestones(input)
    let sequences = sequences(input, ids: Set(exported.map(\.id)))
    let stamp = input.journey.events.max { $0.recordedAt < $1.recordedAt }?.recordedAt ?? input.now
    for milestone in exported {
      lines += event(milestone, input: input, stamp: stamp, sequence: sequences[milestone.id] ?? 0)
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

  /// For each milestone in `ids`, how many times its due date moved as the journey's lines
  /// were written: the journey replayed line by line, each due date compared with the last.
  static func sequences(_ input: ExportInput, ids: Set<String>) -> [String: Int] {
    let horizon = input.to ?? input.today.adding(days: horizonDays)
    let events = input.journey.events
    var due: [String: LocalDate] = [:]
    var moves: [String: Int] = [:]
    // Only a plan, a phase entered or a correction moves a date: replaying at those alone
    // keeps this to a few folds however many milestones were signed.
    for count in events.indices.dropFirst() {
      switch events[count].body {
      case .planned, .phaseEntered, .corrected: break
      default: continue
      }
      let journey = Journey(events: Array(events[...count]))
      for milestone in journey.milestones(protocol: input.care, today: horizon)
      where ids.contains(milestone.id) {
        guard let date = milestone.due else { continue }
        if let before = due[milestone.id], before != date { moves[milestone.id, default: 0] += 1 }
        due[milestone.id] = date
      }
    }
    return moves
  }

  /// Text on one line: line breaks (CR, LF, NEL, LS, PS) become spaces.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
  }

  static func event(
    _ milestone: Milestone, input: ExportInput, stamp: Timestamp, sequence: Int
  ) -> [String] {
    guard let due = milestone.due else { return [] }
    let day = StudyDay(date: due, journey: input.journey, protocol: input.care)
    var description = "\(day.label) · \(milestone.phase.title)."
    let title = oneLine(milestone.title)
    let summary: String
    if let signature = milestone.signature, signature.notApplicable {
      summary = "Not applicable: \(title)"
      let on = signature.on.map { " on " + Language.current.numericDate($0) } ?? ""
      description += " Marked not applicable\(on) by \(signature.author)."
      if let note = signature.note { description += " \(note)" }
    } else if let signature = milestone.signature {
      summary = "Done: \(title)"
      description += " Signed \(signature.whenText) by \(signature.author)."
      if let note = signature.note { description += " \(note)" }
    } else if milestone.status == .notRecorded {
      summary = title
      description +=
        " Before CareJourney: not recorded; in CareJourney, sign it with its real "
        + "date, or mark it done elsewhere."
    } else {
      summary = title
      let signer = milestone.rule.signer == .nurse ? "the nurse signs it" : "anyone may sign it"
      description += " Not signed yet: \(signer) in CareJourney."
    }
    var lines = [
      "BEGIN:VEVENT",
      "UID:\(ICSText.escape(uid(milestone, journey: input.journey)))",
      "DTSTAMP:\(utc(stamp))",
      "SEQUENCE:\(sequence)",
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
        "DESCRIPTION:\(ICSText.escape("Tomorrow: \(title)"))",
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
