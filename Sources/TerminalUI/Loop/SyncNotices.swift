import JourneyCore

/// What several computers sharing one data folder left for the screens to say (issue 17): a
/// sync tool's conflict copies read and merged, lines left out because another line has their
/// id with other content, and journey events the journey's rules refused after the merge.
/// Shown on every screen under the banner, in words, never cut.
public struct SyncNotices: Equatable, Sendable {
  /// Sync tools' conflict copies read and merged by id with the files they copy.
  public var conflictCopies = 0
  /// Lines not shown because an earlier line has their id with other content.
  public var differingLines = 0
  /// Each refused journey event as a line for the nurse (what, by whom, why, what to do).
  public var journeyConflicts: [String] = []

  public init(conflictCopies: Int = 0, differingLines: Int = 0, journeyConflicts: [String] = []) {
    self.conflictCopies = conflictCopies
    self.differingLines = differingLines
    self.journeyConflicts = journeyConflicts
  }

  /// Both counts added, the journey conflicts of both in order.
  public static func + (a: SyncNotices, b: SyncNotices) -> SyncNotices {
    SyncNotices(
      conflictCopies: a.conflictCopies + b.conflictCopies,
      differingLines: a.differingLines + b.differingLines,
      journeyConflicts: a.journeyConflicts + b.journeyConflicts)
  }

  /// The warnings the screens draw, each to be prefixed with `! ` and wrapped: on Today each
  /// journey conflict in full (`today`), elsewhere their count and where they are named.
  public func warnings(today: Bool) -> [String] {
    var lines: [String] = []
    if today {
      lines += journeyConflicts
    } else if !journeyConflicts.isEmpty {
      lines.append(
        trn(
          "Conflict for the nurse: %d journey event from another computer was not applied "
            + "(Today names it): record the right phase or signature, or strike it out "
            + "(carejourney amend).",
          "Conflict for the nurse: %d journey events from other computers were not applied "
            + "(Today names them): record the right phase or signature, or strike them out "
            + "(carejourney amend).", count: journeyConflicts.count))
    }
    if conflictCopies > 0 {
      lines.append(
        trn(
          "%d sync conflict copy was read and merged, so no line is lost: carejourney verify "
            + "names it; keep it.",
          "%d sync conflict copies were read and merged, so no line is lost: carejourney "
            + "verify names them; keep them.", count: conflictCopies))
    }
    if differingLines > 0 {
      lines.append(
        trn(
          "%d line id is used twice with different content (the first is shown): carejourney "
            + "verify names it.",
          "%d line ids are used twice with different content (the first is shown): "
            + "carejourney verify names them.", count: differingLines))
    }
    return lines
  }
}
