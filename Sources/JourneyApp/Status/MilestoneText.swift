import JourneyCore
import JourneyExport
import TerminalUI

/// How milestones read in plain-text output (`status`, `milestones`).
public enum MilestoneText {
  /// `Before CareJourney: not recorded (17): …`, the one line that counts them.
  public static func beforeLine(_ count: Int) -> String {
    tr(
      "Before CareJourney: not recorded (%1$s): `carejourney milestones` lists them (%2$s); "
        + "sign each with its real date (`sign ID --on DATE`) or `sign ID --elsewhere`.",
      String(count), tr("BEFORE", context: "milestone status"))
  }

  /// `OVERDUE   2026-11-20 Day −5    flu-day-minus-5  Fludarabine … [nurse]`.
  public static func row(_ m: Milestone, journey: Journey, care: CareProtocol) -> String {
    let word =
      switch m.status {
      case .notRecorded: tr("BEFORE", context: "milestone status")
      case .notApplicable: tr("N/A", context: "milestone status")
      case .done: tr("DONE", context: "milestone status")
      case .due: tr("DUE", context: "milestone status")
      case .overdue: tr("OVERDUE", context: "milestone status")
      case .upcoming: tr("UPCOMING", context: "milestone status")
      }
    let status = MilestoneText.padded(word, to: 9)
    let due = m.due?.shown ?? tr("not dated")
    let day =
      m.due.map { StudyDay(date: $0, journey: journey, protocol: care).dayLabel ?? "" } ?? ""
    var text =
      "\(status)\(MilestoneText.padded(due, to: 11))"
      + "\(MilestoneText.padded(day, to: 10))\(m.id)  \(m.title)"
    if let condition = m.rule.appliesIf(in: .current) {
      text += " " + tr("(only if: %s)", condition)
    }
    if m.rule.signer == .nurse { text += " " + tr("[nurse]") }
    if let signature = m.signature {
      let by = "\(signature.author)"
      text +=
        " — "
        + (signature.notApplicable
          ? tr("marked not applicable %1$s by %2$s", signature.whenText, by)
          : tr("signed %1$s by %2$s", signature.whenText, by))
    }
    return text
  }

  /// `text` followed by spaces up to `width` columns (a Chinese character takes two), and one
  /// space at least, so the columns of a list stay apart whatever the language.
  static func padded(_ text: String, to width: Int) -> String {
    let columns = TextWidth.of(text: text)
    return text + String(repeating: " ", count: max(width - columns, text.isEmpty ? 0 : 1))
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
