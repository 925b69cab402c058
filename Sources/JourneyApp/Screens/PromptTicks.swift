import TerminalUI

/// The terminal, with the loop's ticks every 20 ms while older day files are being read, so
/// they show as soon as they are in.
public final class PromptTicks: TerminalBackend {
  let terminal: any TerminalBackend
  let busy: () -> Bool
  /// Called once, after the first frame is drawn.
  private var firstDrawn: (() -> Void)?

  /// `terminal`, its key reads cut to 20 ms while `busy`; `afterFirstFrame` runs once.
  public init(
    terminal: any TerminalBackend, busy: @escaping () -> Bool,
    afterFirstFrame: @escaping () -> Void
  ) {
    self.terminal = terminal
    self.busy = busy
    firstDrawn = afterFirstFrame
  }

  public var size: Size { terminal.size }
  public var closed: Bool { terminal.closed }

  public func draw(_ buffer: CellBuffer, theme: Theme) {
    terminal.draw(buffer, theme: theme)
    if let firstDrawn {
      self.firstDrawn = nil
      firstDrawn()
    }
  }

  public func readKey(timeoutMilliseconds: Int) -> Key? {
    terminal.readKey(
      timeoutMilliseconds: busy() ? min(timeoutMilliseconds, 20) : timeoutMilliseconds)
  }
}
