import JourneyCore
import Testing

@testable import TerminalUI

/// A key that writes, pressed in a read-only window, says why the window is read-only: started
/// with `--read-only`, or opened so by itself because this computer cannot write to the data
/// folder (issue 17).
@Suite struct ReadOnlyRefusalTests {
  @Test(
    arguments: [
      (
        false,
        "Read-only window: log a temperature is not possible here (started with --read-only)."
      ),
      (
        true,
        "Read-only window: log a temperature is not possible here (this computer cannot write "
          + "to the data folder)."
      ),
    ])
  func aRefusedWriteSaysWhyTheWindowIsReadOnly(folderReadOnly: Bool, text: String) {
    var state = NeuroCheckFormTests.state(readOnly: true)
    state.folderReadOnly = folderReadOnly
    assertTransition(&state, keys: [.character("t")]) {
      $0.notice = AppState.Notice(kind: .error, text: text)
    }
  }
}
