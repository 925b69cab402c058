extension ASTCT {
  /// The latest CRS grade of 1 or more recorded before `moment` (struck-out gradings left out, a
  /// corrected one by its new values): what makes "fever masked by treatment" meaningful.
  /// ASTCT 2019 rule 2 (Lee et al.): once a patient *with CRS* receives antipyretic or
  /// anti-cytokine therapy, fever is no longer required; without CRS graded first, a missing
  /// fever is no fever (clinical.md §2).
  public static func earlierCRS(in entries: [Entry], before moment: Timestamp)
    -> (grade: Int, at: Timestamp)?
  {
    let struck = RedFlags.struckOut(in: entries)
    var latest: (grade: Int, at: Timestamp)?
    for entry in entries where !struck.contains(entry.id) && entry.observedAt <= moment {
      guard case .grading(_, let result)? = RedFlags.judgedBody(entry), let crs = result.crs,
        crs >= 1
      else { continue }
      if latest.map({ entry.observedAt > $0.at }) ?? true { latest = (crs, entry.observedAt) }
    }
    return latest
  }

  /// Why "fever masked" is refused at `moment`, or nil when a CRS grade came before it.
  public static func maskedRefusal(entries: [Entry], before moment: Timestamp) -> String? {
    guard earlierCRS(in: entries, before: moment) == nil else { return nil }
    return tr(
      "fever masked by antipyretic or anti-cytokine therapy applies only after CRS was "
        + "graded (ASTCT 2019: fever is no longer required once a patient with CRS is treated); "
        + "no CRS grade of 1 or more is recorded in this journey, so grade without it")
  }
}
