import Foundation
import JourneyCore
import JourneyExport
import JourneyStore
import TerminalUI

/// Performs the screens' effects against the files and reads what they show: the one place
/// where the screens meet the store. The program wires it to ncurses; tests wire it to a
/// ``MemoryBackend`` over a temporary folder, so both run this code.
public final class ScreensRunner {
  public let context: AppContext
  public let readOnly: Bool
  /// The files as read so far; re-read a changed file at a time.
  public let history: ScreenHistory
  private var watcher: ChangeWatcher
  private var exporting: ExportTask?

  /// A runner over `context`'s data directory; `readOnly` refuses every write.
  public init(context: AppContext, readOnly: Bool) {
    self.context = context
    self.readOnly = readOnly
    history = ScreenHistory(context: context)
    watcher = ChangeWatcher(store: context.store, today: context.currentTime().date)
  }

  /// The state the screens open with: the journey as read (nil: the Start screen), the
  /// warning when others may change the data folder, and whether to ask who is typing; its
  /// words in the patient's language (``JourneyData/languages``, else ``startLanguage``).
  public func initialState(askPerson: Bool) throws -> AppState {
    let data = try loadData()
    var state = Language.$current.withValue(data?.languages.patient ?? startLanguage) {
      AppState(
        author: context.author, readOnly: readOnly, data: data, askPerson: askPerson,
        now: context.currentTime())
    }
    if let warning = context.store.directory.permissionWarning() {
      state.notice = AppState.Notice(kind: .error, text: warning)
    }
    return state
  }

  /// The language of the screens before there is a journey (the Start screen): `--lang`,
  /// else the environment's (``LanguageChoice``). With a journey, its own setting comes
  /// before the environment, and the screens follow ``JourneyData/languages``.
  public var startLanguage: Language {
    let choice = try? LanguageChoice.resolve(
      option: context.languageOption, journey: nil, environment: context.environment)
    return choice?.language ?? .english
  }

  /// True while something runs in the background (older days read, an export written): the
  /// loop then ticks often, so its result shows as soon as it is in.
  public var busy: Bool { history.reading || exporting != nil }

  /// Everything the screens show, or nil when there is no journey yet (see ``ScreenHistory``:
  /// only files that changed are read again).
  public func loadData() throws -> JourneyData? {
    try history.read(now: context.currentTime())
  }

  /// The data read again when another terminal wrote or older days came in; nil otherwise.
  public func poll() -> JourneyData? {
    let changed = watcher.changed(today: context.currentTime().date)
    guard changed || history.olderArrived else { return nil }
    return try? loadData()
  }

  /// What finished in the background since last asked: an export's outcome.
  public func background() -> [Action] {
    guard let outcome = exporting?.outcome else { return [] }
    exporting = nil
    return [.finished(outcome)]
  }

  /// An app loop over `backend` wired to this runner (the program adds its own decorations).
  public func loop(state: AppState, backend: any TerminalBackend, theme: Theme) -> AppLoop {
    AppLoop(
      state: state, backend: backend, theme: theme, tickMilliseconds: 500,
      language: startLanguage, clock: { [context] in context.currentTime() },
      poll: { [self] in poll() },
      background: { [self] in background() }, perform: { [self] in perform($0, $1) })
  }

  /// Runs one effect against the files; the result comes back as actions. A failed write says
  /// why and changes nothing, and the screen keeps what was typed.
  public func perform(_ effect: Effect, _ state: AppState) -> [Action] {
    let actions = actions(for: effect, state)
    // Our own writes are not another terminal's.
    watcher.remember(today: context.currentTime().date)
    return actions
  }

  private func actions(for effect: Effect, _ state: AppState) -> [Action] {
    if case .export(let format) = effect { return export(format) }
    do {
      switch effect {
      case .log(let bodies):
        guard !readOnly else { return [.failed(tr("Read-only window: nothing was saved."))] }
        let saved = try journal.save(
          bodies, observedAt: context.currentTime(), author: state.author,
          basis: state.data.map {
            SaveBasis(journey: $0.journey, care: $0.care, entries: $0.entries, complete: false)
          })
        return [.saved(saved.notice), .loaded(try requireData())]
      case .record(let body):
        guard !readOnly else { return [.failed(tr("Read-only window: nothing was saved."))] }
        // Checked again under the lock: another terminal may have moved the journey on.
        let (event, _) = try journal.record(author: state.author) { _ in body }
        return [.saved(Self.savedText(event)), .loaded(try requireData())]
      case .start(let plan, let typist):
        try context.start(plan, typist: typist)
        let data = try requireData()
        var text = tr(
          "Started the journey for %1$s: %2$s since %3$s, %4$s.", plan.patient,
          plan.phase.titleInSentence, Language.current.numericDate(plan.phaseBegan),
          data.dayLabel)
        if !plan.notEntered.isEmpty {
          text +=
            " "
            + tr(
              "Dates not entered: %s (give each later with advance PHASE --on DATE).",
              plan.notEntered.map(\.screenName).joined(separator: ", "))
        }
        do {
          try context.config.remember(KeyboardPerson(author: typist))
        } catch {
          text += " " + tr("Who is typing was not remembered: %s.", "\(error)")
        }
        return [.saved(text), .loaded(data)]
      case .rememberPerson(let person):
        do {
          try context.config.remember(KeyboardPerson(author: person))
        } catch {
          return [
            .failed(
              tr(
                "Not remembered on this computer: %1$s. %2$s is typing for now.", "\(error)",
                person.name))
          ]
        }
        return [
          .saved(tr("Now at the keyboard: %s; remembered on this computer.", person.description))
        ]
      case .openDemo:
        try context.writeDemo()
        return [
          .saved(tr("Opened the demo journey (a made-up patient).")), .loaded(try requireData()),
        ]
      case .correct(let id, let reason, let change):
        guard !readOnly else { return [.failed(tr("Read-only window: nothing was corrected."))] }
        guard let care = state.data?.care else { return [] }
        let corrected = try journal.correct(
          id, reason: reason, change: change, care: care, author: state.author)
        return [.saved(Self.notice(corrected, care: care)), .loaded(try requireData())]
      case .reload:
        let data = try loadData()
        return history.changed ? data.map { [.loaded($0)] } ?? [] : []
      case .quit, .export:
        return []
      }
    } catch {
      return [.failed(tr("Not saved: %s. What you typed is still here.", "\(error)"))]
    }
  }

  /// The export key's effect: starts writing the format to a new file in the home folder
  /// (`~/carejourney-2026-11-22.csv`, never replacing one: `-2`, `-3`...) off the loop, and
  /// says so on the progress line; the notice later gives the full path, or why nothing was
  /// saved.
  func export(_ format: ExportFormat) -> [Action] {
    guard exporting == nil else {
      return [.failed(tr("An export is still being written; wait for it, then try again."))]
    }
    guard let home = context.environment["HOME"], home.hasPrefix("/") else {
      return [.failed(tr("Not saved: HOME is not set, so there is no home folder to save to."))]
    }
    exporting = ExportTask(ExportJob(context, format: format), in: home)
    return [
      .working(
        tr("Exporting %s to your home folder; keys still work meanwhile.", format.rawValue))
    ]
  }

  var journal: Journal { Journal(context) }

  func requireData() throws -> JourneyData {
    guard let data = try loadData() else { throw AppError.noJourney(context.store.directory.root) }
    return data
  }

  /// What a correction says on the screens, with any alert the new value raises.
  static func notice(_ corrected: Journal.Corrected, care: CareProtocol) -> String {
    switch corrected {
    case .event(_, let date):
      return date.map {
        tr("Moved to %s; the old date stays visible.", Language.current.numericDate($0))
      } ?? tr("Struck out; it stays visible, struck through.")
    case .entry(let correction, let replacement, let basis):
      guard let replacement else { return tr("Struck out; it stays visible, struck through.") }
      let journey = basis.journey
      let text = Timeline.describe(replacement, unit: journey.temperatureUnit, care: care).text
      let alerts = RedFlags.alerts(
        for: [correction], in: basis.entries, journey: journey, protocol: care)
      let raised = alerts.first.map { " \($0.symbol) \($0.word): \($0.action)" } ?? ""
      return tr("Corrected to %s; the old value stays visible, struck through.", text) + raised
    }
  }

  /// What the screens say once a journey event is saved: `Saved: milestone signed.`
  static func savedText(_ event: JourneyEvent) -> String {
    switch event.body {
    case .created: tr("Saved: created.")
    case .planned: tr("Saved: planned.")
    case .phaseEntered: tr("Saved: phase entered.")
    case .milestoneSigned: tr("Saved: milestone signed.")
    case .settings: tr("Saved: settings.")
    case .corrected: tr("Saved: corrected.")
    }
  }
}
