import JourneyCore
import JourneyStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension AppContext {
  /// Why the screens open read-only by themselves: the data folder is there but this computer
  /// may not write to it (a receive-only copy mounted read-only, a folder of another user);
  /// nil when it may.
  public func readOnlyReason() -> String? {
    let root = store.directory.root
    guard access(root, F_OK) == 0, access(root, W_OK) != 0 else { return nil }
    let why = StoreError.systemReason(errno)
    return tr(
      "Read-only: %1$s cannot be written on this computer (%2$s), so the screens only show the "
        + "journey; nothing can be saved here.", root, why)
  }

  /// Gives this computer's device a new name, shown beside the authors of what it writes, and
  /// records it in its folder when there is a journey. Returns the device.
  public func renameDevice(to name: String) throws -> Device {
    guard let source = store.deviceSource else {
      throw AppError(tr("this store writes as no device"))
    }
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, trimmed.count <= TextLimits.name else {
      throw AppError(
        tr("a device name is 1 to %s characters, e.g. \"Ana's laptop\"", String(TextLimits.name)))
    }
    let device = try source.state.rename(to: trimmed, defaultName: source.defaultName)
    try store.recordDeviceName()
    return device
  }

  /// The refused journey events (two computers that moved the journey on differently while
  /// apart, or an edited file), each as a line for the nurse: who, on which computer, what, and
  /// why the journey's rules refused it after the merge. It stays in its file; recording the
  /// right phase or signature again settles it.
  public static func conflictLines(_ journey: Journey) -> [String] {
    zip(journey.refused, journey.refusals).map { event, why in
      let what =
        "\(event.type.replacingOccurrences(of: "-", with: " ")) \(conflictWhat(event))"
      let by = event.device.map { tr("%1$s on %2$s", "\(event.author)", $0) } ?? "\(event.author)"
      return tr(
        "Conflict for the nurse: %1$s by %2$s, written %3$s, was not applied: %4$s. It is kept "
          + "in the files; record the phase or signature that is right (carejourney advance / "
          + "sign), or strike it out (carejourney amend).", what, by, "\(event.recordedAt)", why)
    }
  }

  private static func conflictWhat(_ event: JourneyEvent) -> String {
    switch event.body {
    case .phaseEntered(let phase, let on, _, _): "\(phase.rawValue)\(on.map { " on \($0)" } ?? "")"
    case .milestoneSigned(let milestone, let on, _, _):
      "\(milestone)\(on.map { " on \($0)" } ?? "")"
    case .planned(let phase, let date): "\(phase.rawValue) for \(date)"
    default: "(\(event.id))"
    }
  }

  /// `carejourney devices`: this computer renamed first when `name` is given (with what to
  /// say about it), and every device's summary.
  public func devices(renamingTo name: String?) throws -> (
    said: [String], summaries: [DeviceSummary]
  ) {
    var said: [String] = []
    if let name {
      let device = try renameDevice(to: name)
      said.append(tr("This computer is now \"%1$s\" (device %2$s).", device.name, device.id))
    }
    return (said, store.deviceSummaries())
  }

  /// One line for each device's summary, this computer marked, and a warning where one
  /// device's folder is written by several computers.
  public func deviceLines(_ summaries: [DeviceSummary]) -> [String] {
    guard !summaries.isEmpty else {
      return [tr("No computer has written to %s yet.", store.directory.root)]
    }
    return summaries.map { summary in
      let row = DeviceRow(summary)
      let who =
        summary.id == nil
        ? tr("this folder's own files (written before device folders, or restored)")
        : tr("%1$s · device %2$s", row.name ?? tr("(no name)"), row.id ?? "")
      let this = summary.isThisComputer ? " · " + tr("this computer") : ""
      let last = row.lastLine.map { tr("newest line %s", $0) } ?? tr("no line yet")
      let hosts =
        summary.hosts.count > 1
        ? " · "
          + tr(
            "WARNING: written by %1$s computers (%2$s); see `carejourney verify`",
            String(summary.hosts.count), summary.hosts.joined(separator: ", "))
        : ""
      let files = trn("%d day file", "%d day files", count: summary.dayFiles)
      return "\(who)\(this) · \(last) · \(files)\(hosts)"
    }
  }
}
