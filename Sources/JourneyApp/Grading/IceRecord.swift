import JourneyCore

/// An ICE score saved (`ice`), with what it alone gives towards ICANS.
public struct IceRecord {
  public let score: ICEScore
  /// The ICANS grade the ICE score alone gives, and why.
  public let icans: Int
  public let reason: String
  public let saved: SavedEntries

  /// What `ice --json` prints.
  public var report: IceReport {
    IceReport(id: saved.entries.first?.id ?? "", total: score.total, icans: icans, reason: reason)
  }

  /// What `ice` prints after the saved lines.
  public var line: String {
    tr("ICANS contribution of the ICE score alone: grade %1$s — %2$s.", String(icans), reason)
  }
}
