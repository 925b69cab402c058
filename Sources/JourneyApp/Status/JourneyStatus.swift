import JourneyCore
import JourneyExport
import JourneyStore

/// Where the journey stands on a day: what `status` prints, as text or as JSON, and what the
/// program prints when it is not in a terminal.
public struct JourneyStatus {
  public let snapshot: JourneySnapshot
  public let care: CareProtocol
  public let day: LocalDate
  let study: StudyDay
  let alerts: [Alert]
  /// Milestones due or overdue.
  let open: [Milestone]
  /// Milestones from before the journey was recorded in CareJourney, not signed.
  let before: [Milestone]
  let contact: CareContact
  /// What needs fixing before alerts can do their job (no team phone recorded).
  let warnings: [String]

  /// The status on `day` of a journey read whole, its alerts judged at `moment`.
  init(
    snapshot: JourneySnapshot, care: CareProtocol, day: LocalDate, moment: Timestamp,
    languages: AlertLanguages = .english
  ) {
    self.snapshot = snapshot
    self.care = care
    self.day = day
    let journey = snapshot.journey
    study = StudyDay(date: day, journey: journey, protocol: care)
    alerts = RedFlags.active(
      journey: journey, entries: snapshot.entries, protocol: care, now: moment
    ).map { $0.speaking(languages) }
    let all = journey.phase.isEnd ? [] : journey.milestones(protocol: care, today: day)
    open = all.filter { $0.status == .due || $0.status == .overdue }
    before = all.filter { $0.status == .notRecorded }
    contact = CareContact(journey: journey, protocol: care)
    warnings = journey.teamPhone == nil ? [CareContact.noTeamPhoneWarning] : []
  }

  /// The sync tools' conflict copies read and merged (paths in the data folder), each once.
  var conflictCopies: [String] {
    var seen = Set<String>()
    return snapshot.problems.filter { $0.kind == .conflictCopy }.map(\.file)
      .filter { seen.insert($0).inserted }
  }

  /// What `status --json` prints; `protocolWarning` is set when the journey's own protocol is
  /// not in use.
  public func report(protocolWarning: String?) -> StatusReport {
    let journey = snapshot.journey
    return StatusReport(
      patient: journey.patient ?? "", protocolID: care.id, phase: journey.phase,
      phaseSince: journey.phaseStart, day: study.number, dayLabel: study.dayLabel,
      label: study.label, dayZero: journey.dayZero,
      dayZeroIsPlanned: journey.infusionDate == nil && journey.dayZero != nil,
      teamPhone: journey.teamPhone, emergencyNumber: contact.emergencyNumber,
      warnings: warnings, alerts: alerts.map(AlertReport.init),
      milestones: open.map(MilestoneReport.init), notRecorded: before.count,
      unreadableLines: LineProblem.lineCount(snapshot.problems),
      conflicts: AppContext.conflictLines(journey), conflictCopies: conflictCopies,
      protocolWarning: protocolWarning)
  }

  /// What `status` prints, a line each.
  public var lines: [String] {
    let journey = snapshot.journey
    var lines = ["\(journey.patient ?? "") · \(care.name(in: .current))"]
    let phase =
      journey.phaseStart.map { tr("%1$s since %2$s", journey.phase.title, $0.shown) }
      ?? journey.phase.title
    lines.append(tr("Phase: %1$s · %2$s (%3$s)", phase, study.label, day.shown))
    if let zero = journey.dayZero {
      lines.append(
        journey.infusionDate == nil
          ? tr("Day 0: %s (planned)", zero.shown) : tr("Day 0: %s", zero.shown))
    }
    lines += warnings.map { tr("Warning: %s", $0) }
    lines += AppContext.conflictLines(journey)
    if !conflictCopies.isEmpty {
      // Named by their file names, the first few: `verify` gives every path.
      let names = conflictCopies.map { String($0.split(separator: "/").last ?? "") }
      let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
      lines.append(
        trn(
          "Sync conflict copies: %d read and merged with the file it copies, so no line is "
            + "lost; keep it: %s",
          "Sync conflict copies: %d read and merged with the files they copy, so no line is "
            + "lost; keep them: %s", count: names.count, shown))
    }
    if let phone = journey.teamPhone { lines.append(tr("CAR-T team: %s", phone)) }
    lines.append(
      tr("Emergency number: %s (if the team cannot be reached)", contact.emergencyText))
    if alerts.isEmpty {
      lines.append(tr("Alerts: none"))
    } else {
      lines.append(tr("Alerts:"))
      // The patient's language first, the care team's below it when it differs.
      lines += alerts.flatMap { alert in alert.languages.shown.map { "  " + alert.line(in: $0) } }
    }
    if open.isEmpty {
      lines.append(tr("Milestones: nothing due or overdue."))
    } else {
      lines.append(tr("Milestones due or overdue:"))
      lines += open.map { "  " + MilestoneText.row($0, journey: journey, care: care) }
    }
    if !before.isEmpty { lines.append(MilestoneText.beforeLine(before.count)) }
    if !journey.phase.isEnd { lines.append(journey.allowedSentence) }
    return lines
  }
}
