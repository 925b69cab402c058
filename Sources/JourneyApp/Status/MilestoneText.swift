import JourneyCore

/// How milestones read in plain-text output (`status`, `milestones`).
public enum MilestoneText {
  /// `Before CareJourney: not recorded (17): …`, the one line that counts them.
  public static func beforeLine(_ count: Int) -> String {
    "Before CareJourney: not recorded (\(count)): `carejourney milestones` lists them (BEFORE); "
      + "sign each with its real date (`sign ID --on DATE`) or `sign ID --elsewhere`."
  }

  /// `OVERDUE   2026-11-20 Day −5    flu-day-minus-5  Fludarabine … [nurse]`.
  public static func row(_ m: Milestone, journey: Journey, care: CareProtocol) -> String {
    let word =
      switch m.status {
      case .notRecorded: "BEFORE"
      case .notApplicable: "N/A"
      default: m.status.rawValue.uppercased()
      }
    let status = word.padding(toLength: 9, withPad: " ", startingAt: 0)
    let due = m.due?.description ?? "not dated"
    let day =
      m.due.map { StudyDay(date: $0, journey: journey, protocol: care).dayLabel ?? "" } ?? ""
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

  /// Every milestone under its phase's title, with the count of those from before CareJourney
  /// first: what `milestones` prints.
  public static func list(_ milestones: [Milestone], journey: Journey, care: CareProtocol)
    -> [String]
  {
    var lines: [String] = []
    let before = milestones.filter { $0.status == .notRecorded }.count
    if before > 0 { lines.append(beforeLine(before)) }
    for phase in Phase.allCases {
      let rows = milestones.filter { $0.phase == phase }
      guard !rows.isEmpty else { continue }
      lines.append(phase.title)
      lines += rows.map { "  " + row($0, journey: journey, care: care) }
    }
    return lines
  }
}
