import JourneyCore

/// One folder laid out as a journey's files (`journey.jsonl`, `days/YYYY/DATE.jsonl`): the data
/// folder itself (a journey written before device folders, or restored from a backup), or one
/// device's folder `devices/<id>/`.
public struct LineHome: Equatable, Sendable {
  /// The device that writes here; nil for the data folder's own files.
  public var device: String?
  /// The folder, laid out as a data folder.
  public var folder: DataDirectory
}
