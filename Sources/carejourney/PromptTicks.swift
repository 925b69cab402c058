import TerminalUI

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
