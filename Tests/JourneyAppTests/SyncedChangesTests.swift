import Foundation
import JourneyApp
import JourneyCore
import JourneyStore
import TerminalUI
import Testing

/// The open screens show another computer's lines as a sync tool brings them (issue 17): a new
/// device folder, and a conflict copy of today's file.
@Suite("Screens and synced changes")
struct SyncedChangesTests {
  static func note(_ id: String, _ text: String, minute: Int) -> Entry {
    let time = Timestamp(
      date: ScreensHarness.today, secondOfDay: 8 * 3600 + minute * 60, utcOffset: 3600)
    return Entry(
      id: id, recordedAt: time, observedAt: time, author: Author(role: .caregiver, name: "Ana"),
      body: .note(text: text))
  }

  @Test(
    "another computer's new folder and a conflict copy of today's file show while the screens are open"
  )
  func anotherComputersLinesArrive() throws {
    let app = try ScreensHarness()
    func shown(_ id: String) -> Bool {
      app.loop.state.data?.entries.contains { $0.id == id } == true
    }
    #expect(!shown("from-home"))
    // What Syncthing brings: the other computer's device folder, written by its own store.
    let home = JourneyStore(
      directory: app.context.store.directory,
      deviceSource: DeviceSource(
        state: StateFolder(root: app.root + "/state-home"), defaultName: "Ana's laptop"))
    try home.appendEntries([Self.note("from-home", "gave paracetamol", minute: 30)])
    app.wait { shown("from-home") }
    // One named computer (the demo is the data folder's own files): no name beside authors.
    #expect(app.loop.state.data?.entries.first { $0.id == "from-home" }?.device == nil)

    // A conflict copy of today's own day file, holding a line no other file has.
    let directory = app.context.store.directory
    let today = directory.dayFile(for: ScreensHarness.today)
    let text = (try? String(contentsOfFile: today, encoding: .utf8)) ?? ""
    let copy = today.replacingOccurrences(
      of: ".jsonl", with: ".sync-conflict-20261122-100000-ABCDEFG.jsonl")
    let line = LineCodec.encode(Self.note("in-the-copy", "from the copy", minute: 40))
    try (text + line + "\n").write(toFile: copy, atomically: false, encoding: .utf8)
    app.wait { shown("in-the-copy") }
    let ids = app.loop.state.data?.entries.map(\.id) ?? []
    #expect(Set(ids).count == ids.count, "a line shown twice: \(ids)")
  }
}
