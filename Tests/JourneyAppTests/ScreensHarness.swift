import Foundation
import JourneyApp
import JourneyCore
import JourneyStore
import TerminalUI
import Testing

/// The screens as the program runs them, in this process: the real ``ScreensRunner`` performs
/// every effect against a temporary data folder, with a fixed clock and counted ids, and a
/// ``MemoryBackend`` stands in for the terminal.
final class ScreensHarness {
  static let today = LocalDate(year: 2026, month: 11, day: 22)!
  static let now = Timestamp(date: today, secondOfDay: 9 * 3600, utcOffset: 3600)

  let root: String
  let context: AppContext
  let runner: ScreensRunner
  let backend: MemoryBackend
  let loop: AppLoop

  /// A data folder holding the demo journey (none with `demo` false: the Start screen), and
  /// `role` remembered as the person at the keyboard; the clock stands at `now`, in
  /// Europe/Berlin whatever the machine's zone. `language` is set as `CAREJOURNEY_LANG`, as a
  /// person would choose it.
  init(
    role: Role = .patient, size: Size = Size(width: 80, height: 24), keys: [Key] = [],
    demo: Bool = true, readOnly: Bool = false, now: Timestamp = ScreensHarness.now,
    language: Language? = nil, prepare: (AppContext) throws -> Void = { _ in }
  ) throws {
    root =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("carejourney-app-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    let name = role == .nurse ? "Ana Weber" : "Maria Santos"
    let author = Author(role: role, name: name)
    context = AppContext(
      store: JourneyStore(directory: DataDirectory(root: root + "/data")),
      clock: .fixed(
        now, timeZone: TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600)!),
      ids: .counting(prefix: "t"),
      environment: ["HOME": root, "USER": "tester"].merging(
        language.map { ["CAREJOURNEY_LANG": $0.tag] } ?? [:], uniquingKeysWith: { $1 }),
      config: ConfigFolder(root: root + "/config"), remembered: KeyboardPerson(author: author),
      role: role, name: name)
    // The demo as `writeDemo` writes it, copied from the one written for this moment.
    if demo { try DemoFolders.shared.copy(at: now, to: root + "/data") }
    try prepare(context)
    runner = ScreensRunner(context: context, readOnly: readOnly)
    backend = MemoryBackend(size: size, keys: keys)
    loop = runner.loop(
      state: try runner.initialState(askPerson: false), backend: backend,
      theme: Theme(name: "test", looks: [:]))
    readAllHistory()
  }

  deinit { try? FileManager.default.removeItem(atPath: root) }

  /// Lets the older days be read, as the program does after the first frame, and waits for
  /// them (every test then sees the whole journey).
  func readAllHistory() {
    runner.history.startReadingOlder()
    wait { !self.runner.history.reading }
    if let data = try? runner.loadData() { loop.send(.loaded(data)) }
  }

  /// Sends the loop's ticks until `done` or a deadline of 20 s (never a fixed sleep).
  func wait(_ done: () -> Bool, sourceLocation: SourceLocation = #_sourceLocation) {
    let deadline = Date().addingTimeInterval(20)
    while !done() {
      guard Date() < deadline else {
        Issue.record("waited 20 s in vain", sourceLocation: sourceLocation)
        return
      }
      if let data = runner.poll() { loop.send(.loaded(data)) }
      for action in runner.background() { loop.send(action) }
      Thread.sleep(forTimeInterval: 0.005)
    }
  }

  /// Runs the loop until the scripted keys are used up.
  func run() { loop.run(until: { self.backend.keys.isEmpty }) }

  /// Types `keys` and runs them.
  func type(_ keys: [Key]) {
    backend.keys = keys
    run()
  }

  var screen: [String] { backend.lastFrame?.lines ?? [] }
  var text: String { screen.joined(separator: "\n") }
  /// Every entry in the files now.
  var entries: [Entry] { (try? context.store.load().entries) ?? [] }
  var journey: Journey { (try? context.store.loadJourney().journey) ?? Journey() }
}
