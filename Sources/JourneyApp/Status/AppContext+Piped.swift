import Foundation
import JourneyCore

extension AppContext {
  /// What `carejourney` alone prints where the screens cannot open (its output or input is not
  /// a terminal): the status, or how to begin when there is no journey yet. A damaged or
  /// missing journey file is refused, as every command refuses it.
  public func pipedLines() throws -> [String] {
    if let damaged = damagedJourney() { throw damaged }
    if let missing = missingJourneyFile() { throw missing }
    guard store.hasJourney else {
      // The commands line up after their labels, as wide as the widest label.
      let labels = [tr("Start one:"), tr("Try the sample:"), tr("All commands:")]
      let width = max(18, (labels.map(\.count).max() ?? 0) + 2)
      let label = { (text: String) in
        "  " + text.padding(toLength: width, withPad: " ", startingAt: 0)
      }
      return [
        tr(
          "CareJourney keeps one patient's CAR-T journey: phases, milestones, temperatures, "
            + "symptoms."),
        tr("There is no journey in %s yet.", store.directory.root),
        "",
        label(labels[0]) + "carejourney init --patient \"Your Name\" --team-phone \"+49 ...\"",
        label(labels[1]) + "carejourney demo",
        label(labels[2]) + "carejourney --help",
      ]
    }
    return try statusLines()
  }
}
