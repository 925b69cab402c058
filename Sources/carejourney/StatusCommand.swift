import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore
import JourneyStore

/// `carejourney status`: where the journey stands today.
struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show the phase, the day, milestones due or overdue, and active alerts.",
    discussion: """
      Examples:
        carejourney status
        carejourney status --today 2026-12-01 --json
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "Show the status as on this date, YYYY-MM-DD (default: today).")
  var today: String?

  @Flag(help: "Print one JSON object.")
  var json = false

  func run() throws {
    let context = try AppContext(global: global)
    let day = try today.map { try context.date($0, option: "--today") } ?? context.today
    try StatusCommand.show(context: context, today: day, json: json)
  }

  /// The moment alerts are judged at: now, or the end of another day asked for with --today.
  static func moment(_ today: LocalDate, context: AppContext) -> Timestamp {
    today == context.today
      ? context.now
      : Timestamp(date: today, secondOfDay: 86_399, utcOffset: context.localOffset(today, 86_399))
  }

  static func show(context: AppContext, today: LocalDate, json: Bool) throws {
    let (snapshot, care) = try context.loadStarted()
    let journey = snapshot.journey
    let study = StudyDay(date: today, journey: journey, protocol: care)
    let alerts = RedFlags.active(
      journey: journey, entries: snapshot.entries, protocol: care,
      now: moment(today, context: context))
    let all = journey.phase.isEnd ? [] : journey.milestones(protocol: care, today: today)
    let open = all.filter { $0.status == .due || $0.status == .overdue }
    let before = all.filter { $0.status == .notRecorded }
    let contact = CareContact(journey: journey, protocol: care)
    let warnings = journey.teamPhone == nil ? [CareContact.noTeamPhoneWarning] : []
    if json {
      let report = StatusReport(
        patient: journey.patient ?? "", protocolID: care.id, phase: journey.phase,
        phaseSince: journey.phaseStart, day: study.number, dayLabel: study.dayLabel,
        label: study.label, dayZero: journey.dayZero,
        dayZeroIsPlanned: journey.infusionDate == nil && journey.dayZero != nil,
        teamPhone: journey.teamPhone, emergencyNumber: contact.emergencyNumber,
        warnings: warnings, alerts: alerts.map(AlertReport.init),
        milestones: open.map(MilestoneReport.init), notRecorded: before.count,
        unreadableLines: LineProblem.lineCount(snapshot.problems),
        conflicts: AppContext.conflictLines(journey),
        protocolWarning: try context.protocolWithWarning(for: journey).warning)
      output(try JSONOutput.string(report))
      return
    }
    context.reportProblems(snapshot.problems)
    say("\(journey.patient ?? "") · \(care.name)")
    let since = journey.phaseStart.map { " since \($0)" } ?? ""
    say("Phase: \(journey.phase.title)\(since) · \(study.label) (\(today))")
    if let zero = journey.dayZero {
      say("Day 0: \(zero)\(journey.infusionDate == nil ? " (planned)" : "")")
    }
    for warning in warnings { say("Warning: \(warning)") }
    AppContext.conflictLines(journey).forEach(say)
    if let phone = journey.teamPhone { say("CAR-T team: \(phone)") }
    say("Emergency number: \(contact.emergencyText) (if the team cannot be reached)")
    if alerts.isEmpty {
      say("Alerts: none")
    } else {
      say("Alerts:")
      for alert in alerts { say("  " + alert.line) }
    }
    if open.isEmpty {
      say("Milestones: nothing due or overdue.")
    } else {
      say("Milestones due or overdue:")
      for milestone in open {
        say("  " + MilestonesCommand.row(milestone, journey: journey, care: care))
      }
    }
    if !before.isEmpty { say(MilestonesCommand.beforeLine(before.count)) }
    if !journey.phase.isEnd { say(journey.allowedText.prefix(1).uppercased() + journey.allowedText.dropFirst() + ".") }
  }
}

/// What `status --json` prints.
struct StatusReport: Encodable {
  var patient: String
  var protocolID: String
  var phase: Phase
  @NullWhenAbsent var phaseSince: LocalDate?
  @NullWhenAbsent var day: Int?
  @NullWhenAbsent var dayLabel: String?
  var label: String
  @NullWhenAbsent var dayZero: LocalDate?
  var dayZeroIsPlanned: Bool
  @NullWhenAbsent var teamPhone: String?
  @NullWhenAbsent var emergencyNumber: String?
  /// What needs fixing before alerts can do their job (no team phone recorded).
  var warnings: [String]
  var alerts: [AlertReport]
  var milestones: [MilestoneReport]
  /// Milestones from before the journey was recorded in CareJourney, not signed.
  var notRecorded: Int
  var unreadableLines: Int
  /// Journey events the rules refused (two computers that moved the journey on differently
  /// while apart): for the nurse to resolve.
  var conflicts: [String]
  /// Set when the journey's own protocol is not in use (its protocol.toml is missing or cannot
  /// be read): the alerts above follow the built-in rules only.
  @NullWhenAbsent var protocolWarning: String?

  enum CodingKeys: String, CodingKey {
    case patient, phase, phaseSince, day, dayLabel, label, dayZero, dayZeroIsPlanned, teamPhone
    case emergencyNumber, warnings, alerts, milestones, notRecorded, unreadableLines, conflicts
    case protocolWarning
    case protocolID = "protocol"
  }

}

/// One milestone in JSON output.
struct MilestoneReport: Encodable {
  var id: String
  var title: String
  var phase: Phase
  @NullWhenAbsent var due: LocalDate?
  var status: MilestoneStatus
  var signer: Signer
  @NullWhenAbsent var signedBy: Author?
  @NullWhenAbsent var signedOn: LocalDate?

  init(_ milestone: Milestone) {
    id = milestone.id
    title = milestone.title
    phase = milestone.phase
    due = milestone.due
    status = milestone.status
    signer = milestone.rule.signer
    signedBy = milestone.signature?.author
    signedOn = milestone.signature?.on
  }
}

/// One alert in JSON output: `rule` is the most urgent rule met, `rules` every rule the entry
/// met; `emergency` what to do if the team cannot be reached (urgent alerts only).
struct AlertReport: Encodable {
  var rule: String
  var rules: [String]
  var level: RedFlagRule.Level
  var message: String
  var seen: String
  var action: String
  @NullWhenAbsent var emergency: String?
  var at: Timestamp
  @NullWhenAbsent var entryID: String?

  init(_ alert: Alert) {
    rule = alert.rule.id
    rules = alert.rules.map(\.id)
    level = alert.level
    message = alert.message
    seen = alert.seen
    action = alert.action
    emergency = alert.emergencyLine
    at = alert.at
    entryID = alert.entryID
  }

  enum CodingKeys: String, CodingKey {
    case rule, rules, level, message, seen, action, emergency, at, entryID = "entry"
  }

}
