import JourneyCore
import JourneyStore

/// What `carejourney share` prints and writes: the `.stignore` that keeps this computer's own
/// files (the lock, temporary files, an unfinished import) out of Syncthing, and the steps for
/// the second computer.
public struct ShareSetup: Sendable {
  public let directory: DataDirectory

  /// The set-up for sharing `directory`.
  public init(directory: DataDirectory) {
    self.directory = directory
  }

  /// The `.stignore` Syncthing reads in the shared folder's top.
  public static let ignoreText = """
    // CareJourney: what each computer keeps to itself (carejourney share writes this file).
    // The lock only works between windows of one computer.
    .lock
    // Files being written whole (an export, the protocol copy) before they are put in place.
    .*.partial
    // An import that has not finished.
    .import-*

    """

  /// `root/.stignore`.
  public var ignoreFile: String { directory.root + "/.stignore" }

  /// What writing the `.stignore` did.
  public enum Outcome: Equatable, Sendable {
    case written
    case alreadyThere
    /// A `.stignore` of other content is there: it is left alone; its text is in the message.
    case different
  }

  /// Writes `.stignore`, never replacing one the user made: when one is there with other
  /// content, it is left as it is (``Outcome/different``).
  public func writeIgnoreFile() throws -> Outcome {
    if let text = try WholeFile.readText(ignoreFile) {
      return text == ShareSetup.ignoreText ? .alreadyThere : .different
    }
    try directory.ensureExists()
    try WholeFile.write(ignoreFile, contents: ShareSetup.ignoreText, replacing: false)
    return .written
  }

  /// What `carejourney share` prints: the `.stignore`, once written when `writing` (or why it
  /// was not), then the steps.
  public func lines(writing: Bool) throws -> [String] {
    var lines: [String]
    if writing {
      switch try writeIgnoreFile() {
      case .written: lines = [tr("Wrote %s:", ignoreFile)]
      case .alreadyThere: lines = [tr("%s is already there, as below:", ignoreFile)]
      case .different:
        lines = [
          tr(
            "%s is already there with other lines; it was left as it is. Add these lines to it:",
            ignoreFile)
        ]
      }
    } else {
      lines = [
        tr("The .stignore to put in %s (`carejourney share --write` does it):", ignoreFile)
      ]
    }
    lines.append("")
    for line in ShareSetup.ignoreText.split(separator: "\n", omittingEmptySubsequences: false) {
      lines.append("  " + line)
    }
    return lines + steps
  }

  /// The steps, for this data folder.
  public var steps: [String] {
    let root = directory.root
    // Syncthing's own words (Add Folder, Folder Path, Receive Only, Up to Date) stay in
    // English: its screens are in English unless it is set up otherwise.
    return [
      tr(
        "Share %s with Syncthing (https://syncthing.net), one folder for the whole journey:",
        root),
      "",
      tr("On this computer:"),
      "  1. carejourney share --write      " + tr("(writes %s/.stignore, shown above)", root),
      "  2. "
        + tr(
          "Open Syncthing (http://127.0.0.1:8384), Add Folder: Folder Path %s, a Folder Label "
            + "such as \"carejourney\"; under Sharing tick the second computer.", root),
      "",
      tr("On the second computer:"),
      "  3. " + tr("Install Syncthing and CareJourney, then:") + " carejourney share --write",
      "     " + tr("(Syncthing never copies .stignore: each computer needs its own.)"),
      "  4. "
        + tr(
          "In Syncthing, Add Remote Device with this computer's Device ID (Actions > Show ID), "
            + "and accept the folder when asked, with that computer's CareJourney data folder as "
            + "its path (e.g. ~/.local/share/carejourney; no journey may be there). A computer "
            + "that should only read (a doctor's): Folder Type \"Receive Only\"."),
      "  5. " + tr("Wait until Syncthing says \"Up to Date\", then:") + " carejourney devices",
      "     "
        + tr(
          "Each computer writes only its own folder (devices/<id>/), so Syncthing never has two "
            + "versions of one file to choose between; a name for the timeline:"),
      "     carejourney devices --device-name \"Ana's laptop\"",
      "",
      tr(
        "Never copy ~/.local/state/carejourney to another computer: it holds this computer's "
          + "device id. Syncthing encrypts what it sends (TLS); the files on each disk are not "
          + "encrypted by CareJourney: use disk encryption on every computer that holds them."),
    ]
  }
}
