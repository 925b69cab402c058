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

  /// Opens the screens with the theme `--theme` names, accessible with `--accessible` or
  /// `CAREJOURNEY_ACCESSIBLE=1` (``AccessibleMode``).
  func run(themeOption: String?, accessible: Bool = false) throws {
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
    if let reason {
      state.notice = AppState.Notice(kind: .error, text: reason)
      state.folderReadOnly = true
    }
    state.accessible = AccessibleMode.requested(
      flag: accessible, environment: context.environment)
    let terminal: NCursesTerminal
    do {
      terminal = try NCursesTerminal.start(environment: context.environment)
    } catch {
      throw AppError(error.message)
    }
    defer { terminal.stop() }
    runner.run(state: state, on: terminal, theme: theme)
  }
}
