import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney milestones`: every milestone with its status.
struct MilestonesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "milestones",
    abstract: "List every milestone of the protocol with its due date and status.",
    discussion: """
      Status is done, due (today), overdue, upcoming, not-applicable (N/A): a milestone the
      protocol makes conditional ("only if: ...") that the nurse marked as not applying, with
      `sign ID --not-applicable`; or (BEFORE) from before the journey was recorded in
      CareJourney and not signed: sign those with their real date (`sign ID --on DATE`) or mark
      them done elsewhere (`sign ID --elsewhere`). Repeating milestones (follow-up visits) are
      listed up to the next one after today.

      Example: carejourney milestones --today 2026-12-01 --json
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "Status as on this date, YYYY-MM-DD (default: today).")
  var today: String?

  @Flag(help: "Print a JSON array.")
  var json = false

  func run() throws {
    let context = try AppContext(global: global)
    let day = try today.map { try context.date($0, option: "--today") } ?? context.today
    let (snapshot, care) = try context.loadStarted()
    let milestones = snapshot.journey.milestones(protocol: care, today: day)
    if json {
      output(try JSONOutput.string(milestones.map(MilestoneReport.init)))
      return
    }
    context.reportProblems(snapshot.problems)
    let before = milestones.filter { $0.status == .notRecorded }.count
    if before > 0 { say(Self.beforeLine(before)) }
    for phase in Phase.allCases {
      let rows = milestones.filter { $0.phase == phase }
      guard !rows.isEmpty else { continue }
      say(phase.title)
      for milestone in rows {
        say("  " + Self.row(milestone, journey: snapshot.journey, care: care))
      }
    }
  }

  /// `Before CareJourney: not recorded (17): …`, the one line that counts them.
  static func beforeLine(_ count: Int) -> String {
    "Before CareJourney: not recorded (\(count)): `carejourney milestones` lists them (BEFORE); "
      + "sign each with its real date (`sign ID --on DATE`) or `sign ID --elsewhere`."
  }

  /// `OVERDUE   2026-11-20 Day −5    flu-day-minus-5  Fludarabine … [nurse]`.
  static func row(_ m: Milestone, journey: Journey, care: CareProtocol) -> String {
    let word =
      switch m.status {
      case .notRecorded: "BEFORE"
      case .notApplicable: "N/A"
      default: m.status.rawValue.uppercased()
      }
    let status = word.padding(toLength: 9, withPad: " ", startingAt: 0)
    let due = m.due?.description ?? "not dated"
    let day = m.due.map { StudyDay(date: $0, journey: journey, protocol: care).dayLabel ?? "" } ?? ""
    var text =
      "\(status)\(due.padding(toLength: 11, withPad: " ", startingAt: 0))"
      + "\(day.padding(toLength: 10, withPad: " ", startingAt: 0))\(m.id)  \(m.title)"
    if let condition = m.rule.appliesIf { text += " (only if: \(condition))" }
    if m.rule.signer == .nurse { text += " [nurse]" }
    if let signature = m.signature {
      let what = signature.notApplicable ? "marked not applicable" : "signed"
      text += " — \(what) \(signature.whenText) by \(signature.author)"
    }
    return text
  }
}
