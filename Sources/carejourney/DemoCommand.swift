import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore
import JourneyStore

/// `carejourney demo`: writes the sample journey.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Write a sample journey (screening to Month 6) into the data directory.",
    discussion: """
      A made-up patient: a few days of fever after the infusion, a readmission on Day +16, and
      follow-up visits up to Month 6. It refuses to touch an existing journey; with --force the
      existing data directory is moved aside (never deleted) first, when it holds a CareJourney
      journey and nothing else (never a folder of other files) and no other CareJourney is
      writing to it.

      Example: carejourney --data /tmp/carejourney-demo demo && carejourney --data /tmp/carejourney-demo status
      """)

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Move an existing journey aside (to DIR.before-demo-TIMESTAMP) and write the demo.")
  var force = false

  func run() throws {
    let context = try AppContext(global: global)
    let root = context.store.directory.root
    let lock = context.store.directory.relative(context.store.directory.lockFile)
    // A folder holding nothing but its lock file (left by a refused start) is empty.
    let contents = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    if contents.contains(where: { $0 != lock }) {
      guard force else {
        throw AppError(
          "\(root) already holds data; use another --data directory, or add --force to move it "
            + "aside first")
      }
      let stamp = context.now.description.filter { $0.isNumber }.prefix(14)
      let aside = "\(root).before-demo-\(stamp)"
      do {
        try context.store.moveAside(to: aside)
      } catch let refusal as JourneyStore.NotStartable {
        throw AppError(refusal.description)
      }
      say("Moved the existing data to \(aside).")
    }
    let demo = try context.writeDemo()
    say(
      "Wrote the sample journey of \(DemoJourney.patient.name) (\(demo.events.count) events, "
        + "\(demo.entries.count) entries) to \(root).")
    say("Try: carejourney status · carejourney milestones · carejourney timeline")
  }
}
