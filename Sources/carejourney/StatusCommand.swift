import ArgumentParser
import Foundation
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
    let open =
      journey.phase.isEnd
      ? []
      : journey.milestones(protocol: care, today: today).filter {
        $0.status == .due || $0.status == .overdue
      }
    if json {
      let report = StatusReport(
        patient: journey.patient ?? "", protocolID: care.id, phase: journey.phase,
        phaseSince: journey.phaseStart, day: study.number, dayLabel: study.dayLabel,
        label: study.label, dayZero: journey.dayZero,
        dayZeroIsPlanned: journey.infusionDate == nil && journey.dayZero != nil,
        teamPhone: journey.teamPhone, alerts: alerts.map(AlertReport.init),
        milestones: open.map(MilestoneReport.init), unreadableLines: LineProblem.lineCount(snapshot.problems))
      print(try JSONOutput.string(report))
      return
    }
    context.reportProblems(snapshot.problems)
    print("\(journey.patient ?? "") · \(care.name)")
    let since = journey.phaseStart.map { " since \($0)" } ?? ""
    print("Phase: \(journey.phase.title)\(since) · \(study.label) (\(today))")
    if let zero = journey.dayZero {
      print("Day 0: \(zero)\(journey.infusionDate == nil ? " (planned)" : "")")
    }
    if let phone = journey.teamPhone { print("CAR-T team: \(phone)") }
    if alerts.isEmpty {
      print("Alerts: none")
    } else {
      print("Alerts:")
      for alert in alerts { print("  " + alert.line) }
    }
    if open.isEmpty {
      print("Milestones: nothing due or overdue.")
    } else {
      print("Milestones due or overdue:")
      for milestone in open {
        print("  " + MilestonesCommand.row(milestone, journey: journey, care: care))
      }
    }
    if !journey.phase.isEnd { print(journey.allowedText.prefix(1).uppercased() + journey.allowedText.dropFirst() + ".") }
  }
}

/// What `status --json` prints.
struct StatusReport: Encodable {
  var patient: String
  var protocolID: String
  var phase: Phase
  var phaseSince: LocalDate?
  var day: Int?
  var dayLabel: String?
  var label: String
  var dayZero: LocalDate?
  var dayZeroIsPlanned: Bool
  var teamPhone: String?
  var alerts: [AlertReport]
  var milestones: [MilestoneReport]
  var unreadableLines: Int

  enum CodingKeys: String, CodingKey {
    case patient, phase, phaseSince, day, dayLabel, label, dayZero, dayZeroIsPlanned, teamPhone
    case alerts, milestones, unreadableLines
    case protocolID = "protocol"
  }

  // Absent values are written as null, so scripts always find every key.
  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(patient, forKey: .patient)
    try c.encode(protocolID, forKey: .protocolID)
    try c.encode(phase, forKey: .phase)
    try c.encode(phaseSince, forKey: .phaseSince)
    try c.encode(day, forKey: .day)
    try c.encode(dayLabel, forKey: .dayLabel)
    try c.encode(label, forKey: .label)
    try c.encode(dayZero, forKey: .dayZero)
    try c.encode(dayZeroIsPlanned, forKey: .dayZeroIsPlanned)
    try c.encode(teamPhone, forKey: .teamPhone)
    try c.encode(alerts, forKey: .alerts)
    try c.encode(milestones, forKey: .milestones)
    try c.encode(unreadableLines, forKey: .unreadableLines)
  }
}

/// One milestone in JSON output.
struct MilestoneReport: Encodable {
  var id: String
  var title: String
  var phase: Phase
  var due: LocalDate?
  var status: MilestoneStatus
  var signer: Signer
  var signedBy: Author?
  var signedOn: LocalDate?

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

  enum CodingKeys: String, CodingKey { case id, title, phase, due, status, signer, signedBy, signedOn }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(title, forKey: .title)
    try c.encode(phase, forKey: .phase)
    try c.encode(due, forKey: .due)
    try c.encode(status, forKey: .status)
    try c.encode(signer, forKey: .signer)
    try c.encode(signedBy, forKey: .signedBy)
    try c.encode(signedOn, forKey: .signedOn)
  }
}

/// Pretty, key-sorted JSON for machine output.
enum JSONOutput {
  static func string(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}

/// One alert in JSON output.
struct AlertReport: Encodable {
  var rule: String
  var level: RedFlagRule.Level
  var message: String
  var seen: String
  var action: String
  var at: Timestamp
  var entryID: String?

  init(_ alert: Alert) {
    rule = alert.rule.id
    level = alert.level
    message = alert.rule.message
    seen = alert.seen
    action = alert.action
    at = alert.at
    entryID = alert.entryID
  }

  enum CodingKeys: String, CodingKey { case rule, level, message, seen, action, at, entryID = "entry" }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(rule, forKey: .rule)
    try c.encode(level, forKey: .level)
    try c.encode(message, forKey: .message)
    try c.encode(seen, forKey: .seen)
    try c.encode(action, forKey: .action)
    try c.encode(at, forKey: .at)
    try c.encode(entryID, forKey: .entryID)
  }
}
