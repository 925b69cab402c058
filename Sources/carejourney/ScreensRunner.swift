import Foundation
import JourneyCore
import JourneyStore
import NCursesBackend
import TerminalUI

/// Opens the screens: reads the journey, starts ncurses, runs the app loop, and performs its
/// effects against the files. The one place where the screens meet the store.
struct ScreensRunner {
  let context: AppContext
  let readOnly: Bool
  /// The files as read so far; re-read a changed file at a time.
  let history: ScreenHistory

  init(context: AppContext, readOnly: Bool) {
    self.context = context
    self.readOnly = readOnly
    history = ScreenHistory(context: context)
  }

  func run(themeOption: String?) throws {
    let theme: Theme
    do {
      theme = try Theme.resolve(option: themeOption, environment: context.environment)
    } catch {
      throw CLIError("\(error)")
    }
    // Nobody remembered on this computer and no --name: ask once who is at the keyboard.
    let askPerson = context.remembered == nil && context.global.name == nil
    var state = AppState(
      author: context.author, readOnly: readOnly, data: try loadData(), askPerson: askPerson,
      now: context.currentTime())
    if let warning = context.store.directory.permissionWarning() {
      state.notice = AppState.Notice(kind: .error, text: warning)
    }
    let terminal: NCursesTerminal
    do {
      terminal = try NCursesTerminal.start(environment: context.environment)
    } catch {
      throw CLIError(error.message)
    }
    defer { terminal.stop() }
    var watcher = ChangeWatcher(store: context.store, today: context.currentTime().date)
    let history = history
    let ticks = PromptTicks(terminal: terminal, busy: { history.reading }) {
      history.startReadingOlder()
    }
    let probe = BenchmarkProbe(environment: context.environment, terminal: ticks)
    var announced = false
    /// Tells the benchmark, once, that every day file has been read.
    func announce() {
      guard !announced, !history.reading else { return }
      probe?.historyLoaded()
      announced = true
    }
    announce()
    let loop = AppLoop(
      state: state, backend: probe ?? ticks, theme: theme, tickMilliseconds: 500,
      clock: { context.currentTime() },
      poll: {
        let changed = watcher.changed(today: context.currentTime().date)
        guard changed || history.olderArrived else {
          announce()
          return nil
        }
        let data = try? loadData()
        announce()
        return data
      },
      perform: { effect, state in
        let actions = perform(effect, state)
        watcher.remember(today: context.currentTime().date)
        return actions
      })
    loop.run(until: { probe?.firstFrameOnly == true })
  }

  /// Everything the screens show, or nil when there is no journey yet (see ``ScreenHistory``:
  /// only files that changed are read again).
  func loadData() throws -> JourneyData? {
    try history.read(now: context.currentTime())
  }

  /// Runs one effect against the files; the result comes back as actions. A failed write says
  /// why and changes nothing, and the screen keeps what was typed.
  func perform(_ effect: Effect, _ state: AppState) -> [Action] {
    let now = context.currentTime()
    if case .export(let format) = effect { return export(format) }
    do {
      switch effect {
      case .log(let bodies):
        guard !readOnly else { return [.failed("Read-only window: nothing was saved.")] }
        let entries = bodies.map {
          Entry(id: context.newID(), recordedAt: now, observedAt: now, author: state.author, body: $0)
        }
        try context.store.appendEntries(entries)
        let unit = state.data?.journey.temperatureUnit ?? .celsius
        let care = state.data?.care ?? CareProtocol(id: "", name: "")
        let text = bodies.map { Timeline.describe($0, unit: unit, care: care).text }
        return [.saved("Saved: " + text.joined(separator: ", ")), .loaded(try requireData())]
      case .record(let body):
        guard !readOnly else { return [.failed("Read-only window: nothing was saved.")] }
        let event = JourneyEvent(id: context.newID(), recordedAt: now, author: state.author, body: body)
        try context.store.recordEvents { journey in
          // Checked again under the lock: another terminal may have moved the journey on.
          _ = try journey.checkNew(event, today: now.date)
          return [event]
        }
        return [.saved("Saved: \(event.type.replacingOccurrences(of: "-", with: " "))."), .loaded(try requireData())]
      case .start(let plan, let typist):
        try plan.check(today: now.date)
        try context.startJourney(patient: plan.patient, author: typist) { care in
          plan.bodies(protocolID: care.id, unit: .celsius)
        }
        let data = try requireData()
        var text = "Started the journey for \(plan.patient): \(plan.phase.title.lowercased()) "
          + "since \(plan.phaseBegan), \(data.dayLabel)."
        if !plan.notEntered.isEmpty {
          text += " Dates not entered: " + plan.notEntered.map(\.rawValue).joined(separator: ", ")
            + " (give each later with advance PHASE --on DATE)."
        }
        do {
          try context.config.remember(KeyboardPerson(author: typist))
        } catch {
          text += " Who is typing was not remembered: \(error)."
        }
        return [.saved(text), .loaded(data)]
      case .rememberPerson(let person):
        do {
          try context.config.remember(KeyboardPerson(author: person))
        } catch {
          return [
            .failed("Not remembered on this computer: \(error). \(person.name) is typing for now.")
          ]
        }
        let who = "\(person.name) (\(person.role.rawValue))"
        return [.saved("Now at the keyboard: \(who); remembered on this computer.")]
      case .openDemo:
        try context.writeDemo()
        return [.saved("Opened the demo journey (a made-up patient)."), .loaded(try requireData())]
      case .reload:
        let data = try loadData()
        return history.changed ? data.map { [.loaded($0)] } ?? [] : []
      case .quit, .export:
        return []
      }
    } catch {
      return [.failed("Not saved: \(error). What you typed is still here.")]
    }
  }

  func requireData() throws -> JourneyData {
    guard let data = try loadData() else { throw CLIError.noJourney(context.store.directory.root) }
    return data
  }
}

/// Notices when another terminal wrote to the journey: the journey file and today's day file,
/// by size and modification time (cheap enough to check twice a second).
struct ChangeWatcher {
  let store: JourneyStore
  var seen: [String: [Int]] = [:]

  init(store: JourneyStore, today: LocalDate) {
    self.store = store
    remember(today: today)
  }

  func paths(today: LocalDate) -> [String] {
    [store.directory.journeyFile, store.directory.dayFile(for: today),
     store.directory.dayFile(for: today.adding(days: -1))]
  }

  /// The signature of a file that is not there.
  static let missing = [-1]

  static func signature(_ path: String) -> [Int] {
    var info = stat()
    guard stat(path, &info) == 0 else { return missing }
    return [Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_ino)]
  }

  /// True when any watched file changed since last asked (or remembered).
  mutating func changed(today: LocalDate) -> Bool {
    var changed = false
    for path in paths(today: today) {
      let now = ChangeWatcher.signature(path)
      if seen[path, default: [-1]] != now { changed = true }
      seen[path] = now
    }
    return changed
  }

  /// Takes our own writes as seen, so they do not count as another terminal's.
  mutating func remember(today: LocalDate) {
    for path in paths(today: today) { seen[path] = ChangeWatcher.signature(path) }
  }
}

/// The terminal, with the loop's ticks every 20 ms while older day files are being read, so
/// they show as soon as they are in.
final class PromptTicks: TerminalBackend {
  let terminal: any TerminalBackend
  let busy: () -> Bool
  /// Called once, after the first frame is drawn.
  private var firstDrawn: (() -> Void)?

  init(
    terminal: any TerminalBackend, busy: @escaping () -> Bool,
    afterFirstFrame: @escaping () -> Void
  ) {
    self.terminal = terminal
    self.busy = busy
    firstDrawn = afterFirstFrame
  }

  var size: Size { terminal.size }
  var closed: Bool { terminal.closed }

  func draw(_ buffer: CellBuffer, theme: Theme) {
    terminal.draw(buffer, theme: theme)
    if let firstDrawn {
      self.firstDrawn = nil
      firstDrawn()
    }
  }

  func readKey(timeoutMilliseconds: Int) -> Key? {
    terminal.readKey(timeoutMilliseconds: busy() ? min(timeoutMilliseconds, 20) : timeoutMilliseconds)
  }
}
