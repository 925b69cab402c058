import Foundation
import JourneyCore
import JourneyStore

extension AppContext {
  /// Writes the sample journey (`demo`) into an empty data directory; with `force`, a folder
  /// holding a journey and nothing else is first moved aside (never deleted). Says what it did
  /// to `say`, each as soon as it is true (the folder moved aside is said even when the demo
  /// then cannot be written).
  public func demo(force: Bool, say: (String) -> Void) throws {
    let root = store.directory.root
    let lock = store.directory.relative(store.directory.lockFile)
    // A folder holding nothing but its lock file (left by a refused start) is empty.
    let contents = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    if contents.contains(where: { $0 != lock }) {
      guard force else {
        throw AppError(
          tr(
            "%s already holds data; use another --data directory, or add --force to move it "
              + "aside first", root))
      }
      let stamp = now.description.filter { $0.isNumber }.prefix(14)
      let aside = "\(root).before-demo-\(stamp)"
      do {
        try store.moveAside(to: aside)
      } catch let refusal as JourneyStore.NotStartable {
        throw AppError(refusal.description)
      }
      say(tr("Moved the existing data to %s.", aside))
    }
    let demo = try writeDemo()
    [
      tr(
        "Wrote the sample journey of %1$s (%2$s, %3$s) to %4$s.", DemoJourney.patient.name,
        trn("%d event", "%d events", count: demo.events.count),
        trn("%d entry", "%d entries", count: demo.entries.count), root),
      tr("Try:") + " carejourney status · carejourney milestones · carejourney timeline",
    ].forEach(say)
  }
}
