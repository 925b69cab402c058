import Foundation
import JourneyApp
import JourneyCore
import NCursesBackend
import TerminalUI

/// Opens the screens in this terminal: the theme, ncurses, and the app loop over the
/// application layer's ``ScreensRunner``, which performs every effect.
struct ScreensCommand {
  let context: AppContext
  let readOnly: Bool
  /// Why the screens are read-only though `--read-only` was not given.
  var reason: String? = nil

  func run(themeOption: String?) throws {
    let theme: Theme
    do {
      theme = try Theme.resolve(
        option: themeOption, environment: context.environment, readFile: Theme.readThemeFile)
    } catch {
      throw AppError("\(error)")
    }
    let runner = ScreensRunner(context: context, readOnly: readOnly)
    // Nobody remembered on this computer and no --name: ask once who is at the keyboard.
    var state = try runner.initialState(askPerson: context.remembered == nil && context.name == nil)
    if let reason { state.notice = AppState.Notice(kind: .error, text: reason) }
    let terminal: NCursesTerminal
    do {
      terminal = try NCursesTerminal.start(environment: context.environment)
    } catch {
      throw AppError(error.message)
    }
    defer { terminal.stop() }
    let history = runner.history
    let ticks = PromptTicks(terminal: terminal, busy: { runner.busy }) {
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
        let data = runner.poll()
        announce()
        return data
      },
      background: { runner.background() },
      perform: { runner.perform($0, $1) })
    loop.run(until: { probe?.firstFrameOnly == true })
  }
}
